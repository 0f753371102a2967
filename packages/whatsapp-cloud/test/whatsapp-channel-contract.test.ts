import { createWhatsAppEmulator, type WhatsAppEmulator } from '@cobro/testing';
import { runMessagingChannelContract } from '@cobro/testing/vitest';
import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';

const appSecret = 'contract-app-secret';

runMessagingChannelContract({
  name: 'whatsapp-cloud (emulator on loopback)',
  setup: async () => {
    const emulator: WhatsAppEmulator = await createWhatsAppEmulator({ appSecret });
    const { channel } = createWhatsAppCloud({
      accessToken: emulator.accessToken,
      phoneNumberId: '106540352242922',
      appSecret,
      baseURL: emulator.baseURL,
      pacing: false,
    });
    const phone = '+5215512345678';
    return {
      channel,
      recipient: { phone },
      signatureHeader: 'x-hub-signature-256',
      inboundText: async (text) => emulator.inboundText(phone, text),
      status: async (messageId, status, options) =>
        emulator.status(messageId, status, options?.outsideServiceWindow ? { errorCode: 131047 } : {}),
      delivered: () =>
        emulator.requests
          .filter((request) => request.messageId !== undefined)
          .map((request) => (request.body.type === 'template' ? 'template' : 'free-form')),
      failNextSendOutsideWindow: () => emulator.failNext({ code: 131047 }),
      teardown: () => emulator.close(),
    };
  },
});
