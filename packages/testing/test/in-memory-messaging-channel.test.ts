import { createInMemoryMessagingChannel } from '@cobro/testing';
import { runMessagingChannelContract } from '@cobro/testing/vitest';

runMessagingChannelContract({
  name: 'in-memory reference channel',
  setup: async () => {
    const channel = createInMemoryMessagingChannel({ webhookSecret: 'channel-secret' });
    const recipient = { phone: '+5511987654321' };
    return {
      channel,
      recipient,
      signatureHeader: 'x-cobro-signature',
      inboundText: (text) => channel.inboundText(recipient, text),
      status: (messageId, status, options) => channel.status(messageId, status, options),
      delivered: () => channel.sent.map((entry) => entry.deliveredAs),
      failNextSendOutsideWindow: () => channel.failNextSend('outside-service-window'),
    };
  },
});
