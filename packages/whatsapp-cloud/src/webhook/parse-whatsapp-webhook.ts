import {
  type MessagingChannelV1Sender,
  type MessagingChannelV1WebhookEvent,
  WebhookVerificationError,
} from '@cobro/core';
import { type RawBody, toBytes } from '@cobro/core/adapter';
import { verifyWhatsAppSignature } from './verify-whatsapp-signature';
import {
  type WhatsAppMessageStatus,
  type WhatsAppPaymentStatus,
  type WhatsAppWebhookPayload,
  whatsappWebhookSchema,
} from './whatsapp-webhook-schema';

const mediaKinds = ['image', 'document', 'audio', 'video', 'sticker'] as const;

const instant = (seconds: string) => new Date(Number(seconds) * 1000).toISOString();
const e164 = (waId: string | undefined) => (waId ? `+${waId.replace(/^\+/, '')}` : undefined);

/**
 * Verifies a WhatsApp Cloud API webhook on its raw bytes, then parses it into normalised events: inbound text,
 * button and list replies (including template quick replies), media, and message statuses (with cobro's reference
 * from `biz_opaque_callback_data` and 131047 flagged as outside the service window). Anything else verified but
 * unused comes back as `unsupported`. A delivery that does not match the envelope is refused whole.
 *
 * @throws `WebhookVerificationError` for a bad signature (`missing-header`, `malformed-header`,
 * `bad-signature`) or a body that is not a WhatsApp webhook (`malformed-body`).
 */
export async function parseWhatsAppWebhook({
  appSecret,
  rawBody,
  headers,
}: {
  /** The Meta app's secret. */
  appSecret: string;
  /** The body exactly as received. */
  rawBody: RawBody;
  /** The request's headers. */
  headers: Readonly<Record<string, string | undefined>>;
}): Promise<MessagingChannelV1WebhookEvent[]> {
  await verifyWhatsAppSignature({ appSecret, rawBody, headers });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(toBytes(rawBody)));
  } catch (cause) {
    throw new WebhookVerificationError({
      provider: 'whatsapp-cloud',
      reason: 'malformed-body',
      message: 'the body is not UTF-8 JSON',
      cause,
    });
  }
  const parsed = whatsappWebhookSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue?.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('') ?? '';
    throw new WebhookVerificationError({
      provider: 'whatsapp-cloud',
      reason: 'malformed-body',
      message: `not a WhatsApp webhook: ${where.replace(/^\./, '') || '(body)'} ${issue?.message ?? ''}`.trim(),
    });
  }
  return toEvents(parsed.data);
}

function toEvents(payload: WhatsAppWebhookPayload): MessagingChannelV1WebhookEvent[] {
  const events: MessagingChannelV1WebhookEvent[] = [];
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') {
        events.push({
          type: 'unsupported',
          eventId: `${entry.id}:${change.field}`,
          occurredAt: new Date(0).toISOString(),
          channelEventType: change.field,
        });
        continue;
      }
      const { value } = change;
      const contact = (waId?: string, userId?: string) =>
        value.contacts?.find(
          (candidate) => (waId && candidate.wa_id === waId) || (userId && candidate.user_id === userId),
        );
      for (const message of value.messages ?? []) {
        const profile = contact(message.from, message.from_user_id);
        const from: MessagingChannelV1Sender = {
          ...(message.from ? { phone: e164(message.from) } : {}),
          ...((message.from_user_id ?? profile?.user_id) ? { userId: message.from_user_id ?? profile?.user_id } : {}),
          ...(profile?.profile?.name ? { name: profile.profile.name } : {}),
          ...(message.group_id ? { groupId: message.group_id } : {}),
        };
        const base = { eventId: message.id, messageId: message.id, occurredAt: instant(message.timestamp), from };
        const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
        const mediaKind = mediaKinds.find((kind) => message.type === kind && message[kind]);
        if (message.type === 'text' && message.text) {
          events.push({ ...base, type: 'inbound-text', text: message.text.body });
        } else if (message.type === 'interactive' && reply) {
          events.push({
            ...base,
            type: 'inbound-button-reply',
            buttonId: reply.id,
            label: reply.title,
            ...(message.context?.id ? { inReplyTo: message.context.id } : {}),
          });
        } else if (message.type === 'button' && message.button) {
          events.push({
            ...base,
            type: 'inbound-button-reply',
            buttonId: message.button.payload ?? message.button.text,
            label: message.button.text,
            ...(message.context?.id ? { inReplyTo: message.context.id } : {}),
          });
        } else if (mediaKind) {
          const media = message[mediaKind]!;
          events.push({
            ...base,
            type: 'inbound-media',
            mediaKind,
            mediaId: media.id,
            ...(media.mime_type ? { mimeType: media.mime_type } : {}),
            ...(media.caption ? { caption: media.caption } : {}),
          });
        } else {
          events.push({
            eventId: message.id,
            occurredAt: base.occurredAt,
            type: 'unsupported',
            channelEventType: message.type,
          });
        }
      }
      for (const entry of value.statuses ?? []) {
        if ((entry as { type?: unknown }).type === 'payment') {
          const paid = entry as WhatsAppPaymentStatus;
          const { payment } = paid;
          events.push({
            type: 'payment-status',
            eventId: `${paid.id}:payment:${paid.status}`,
            occurredAt: instant(paid.timestamp),
            referenceId: payment.reference_id,
            status: paid.status,
            // WhatsApp sends value with offset 100 (minor units of two-decimal currencies such as INR).
            ...(payment.amount && payment.currency && payment.amount.offset === 100
              ? { amount: { amountMinor: payment.amount.value, currency: payment.currency } }
              : {}),
            ...(payment.transaction?.id ? { transactionId: payment.transaction.id } : {}),
          });
          continue;
        }
        const status = entry as WhatsAppMessageStatus;
        if (status.status === 'deleted' || status.status === 'warning') {
          events.push({
            eventId: `${status.id}:${status.status}`,
            occurredAt: instant(status.timestamp),
            type: 'unsupported',
            channelEventType: `status:${status.status}`,
          });
          continue;
        }
        const error = status.errors?.[0];
        events.push({
          type: 'message-status',
          eventId: `${status.id}:${status.status}`,
          occurredAt: instant(status.timestamp),
          messageId: status.id,
          status: status.status,
          ...(status.biz_opaque_callback_data ? { reference: status.biz_opaque_callback_data } : {}),
          ...(status.pricing?.category
            ? { pricing: { billable: status.pricing.billable ?? true, category: status.pricing.category } }
            : {}),
          ...(status.recipient_id || status.recipient_user_id
            ? {
                recipient: {
                  ...(status.recipient_id ? { phone: e164(status.recipient_id) } : {}),
                  ...(status.recipient_user_id ? { userId: status.recipient_user_id } : {}),
                },
              }
            : {}),
          ...(error
            ? {
                error: {
                  code: String(error.code),
                  title: error.title ?? error.message ?? 'failed',
                  outsideServiceWindow: String(error.code) === '131047',
                },
              }
            : {}),
        });
      }
    }
  }
  return events;
}
