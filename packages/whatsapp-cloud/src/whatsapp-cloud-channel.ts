import {
  ApiCallError,
  type MessagingChannelV1,
  type MessagingChannelV1OutboundMessage,
  type MessagingChannelV1SendResult,
} from '@cobro/core';
import type { WhatsAppCloudClient } from './client/whatsapp-cloud-client';
import { buildContentMessage, buildTemplateMessage } from './messages/build-messages';
import type { ServiceWindowTracker } from './service-window';
import { parseWhatsAppWebhook } from './webhook/parse-whatsapp-webhook';

/**
 * The `MessagingChannelV1` for the WhatsApp Cloud API. It tracks each customer's 24-hour service window from inbound
 * webhooks and sends the free-form content inside it and the utility template outside it. A 131047 ("re-engagement
 * message") closes the window whether it comes back from the call or in a failed-status webhook; from the call,
 * the template is sent at once (the free-form message was refused, so nothing is sent twice).
 */
export function createWhatsAppCloudChannel({
  client,
  appSecret,
  windows,
  now = () => new Date(),
}: {
  /** The low-level client. */
  client: WhatsAppCloudClient;
  /** The Meta app secret, for webhook signatures. */
  appSecret: string;
  /** Where the service windows are remembered. */
  windows: ServiceWindowTracker;
  /** The current time. */
  now?: () => Date;
}): MessagingChannelV1 {
  const sendTemplate = async (message: MessagingChannelV1OutboundMessage): Promise<MessagingChannelV1SendResult> => {
    if (!message.template) {
      throw new ApiCallError({
        provider: 'whatsapp-cloud',
        kind: 'outside-service-window',
        message: 'The customer service window is closed and no template was given for this message.',
      });
    }
    const sent = await client.sendMessage(buildTemplateMessage(message.template), withReference(message));
    return { messageId: sent.messageId, deliveredAs: 'template' };
  };
  return {
    specificationVersion: 'v1',
    channel: 'whatsapp-cloud',
    async send(message) {
      // The runtime's record of the window is shared by every process; this process's tracker only saw its own webhooks.
      const open = message.serviceWindow?.open ?? windows.state(message.to, now().toISOString()).open;
      if (!open) return sendTemplate(message);
      try {
        const sent = await client.sendMessage(buildContentMessage(message.content), withReference(message));
        return { messageId: sent.messageId, deliveredAs: 'free-form' };
      } catch (error) {
        if (!ApiCallError.isInstance(error) || error.kind !== 'outside-service-window') throw error;
        windows.close(message.to);
        return sendTemplate(message);
      }
    },
    async parseWebhook({ rawBody, headers }) {
      const events = await parseWhatsAppWebhook({ appSecret, rawBody, headers });
      for (const event of events) {
        if (event.type === 'inbound-text' || event.type === 'inbound-button-reply' || event.type === 'inbound-media') {
          windows.inbound(event.from, event.occurredAt);
        } else if (event.type === 'message-status' && event.error?.outsideServiceWindow && event.recipient) {
          windows.close(event.recipient);
        }
      }
      return events;
    },
    async uploadMedia(media) {
      const { id } = await client.uploadMedia(media);
      return { mediaId: id };
    },
    serviceWindow(recipient, at) {
      return windows.state(recipient, at);
    },
  };
}

function withReference(message: MessagingChannelV1OutboundMessage) {
  return { to: message.to, ...(message.reference ? { reference: message.reference } : {}) };
}
