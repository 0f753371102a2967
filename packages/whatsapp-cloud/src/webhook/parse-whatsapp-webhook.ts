import {
  type MessagingChannelV1Sender,
  type MessagingChannelV1WebhookEvent,
  WebhookVerificationError,
} from '@cobro/core';
import type { RawBody } from '@cobro/core/adapter';
import { isPaymentStatus, isWhatsAppWebhook } from './check-whatsapp-webhook';
import { unixSecondsToIso } from './unix-seconds-to-iso';
import { verifyWhatsAppSignature, verifyWhatsAppSignatureSync } from './verify-whatsapp-signature';
import type { WhatsAppMessageStatus, WhatsAppWebhookPayload } from './whatsapp-webhook-schema';

type MediaKind = 'image' | 'document' | 'audio' | 'video' | 'sticker';
const isMediaKind = (type: string): type is MediaKind =>
  type === 'image' || type === 'document' || type === 'audio' || type === 'video' || type === 'sticker';

const e164 = (waId: string) => (waId.startsWith('+') ? waId : `+${waId}`);

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
  // On Node the whole delivery is handled in one synchronous pass; elsewhere the HMAC is WebCrypto's, awaited.
  if (!verifyWhatsAppSignatureSync(appSecret, rawBody, headers)) {
    await verifyWhatsAppSignature({ appSecret, rawBody, headers });
  }
  const json = readJson(rawBody);
  if (isWhatsAppWebhook(json)) return toEvents(json);
  // Refused by the hand check: the zod schema, loaded on this path only, decides and says where.
  const { checkAgainstSchema } = await import('./check-against-schema');
  return toEvents(checkAgainstSchema(json));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The verified body as JSON, or the refusal of a body that is not UTF-8 JSON. */
function readJson(rawBody: RawBody): unknown {
  let json: unknown;
  try {
    // A string body is text already: parse it as is rather than encode it and decode it back.
    json = JSON.parse(typeof rawBody === 'string' ? rawBody : utf8.decode(rawBody));
  } catch (cause) {
    throw new WebhookVerificationError({
      provider: 'whatsapp-cloud',
      reason: 'malformed-body',
      message: 'the body is not UTF-8 JSON',
      cause,
    });
  }
  return json;
}

// Optional fields are assigned only when present (an absent field stays absent, never `undefined`), on objects built
// in one go: the conditional spreads this replaced cost more than the rest of an item's mapping together.
type Writable = Record<string, unknown>;

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
      if (value.messages) for (const message of value.messages) events.push(messageEvent(message, value.contacts));
      if (value.statuses) for (const status of value.statuses) events.push(statusEvent(status));
    }
  }
  return events;
}

type Message = NonNullable<WhatsAppWebhookPayload['entry'][number]['changes'][number]['value']['messages']>[number];
type Contacts = WhatsAppWebhookPayload['entry'][number]['changes'][number]['value']['contacts'];
type Status = NonNullable<WhatsAppWebhookPayload['entry'][number]['changes'][number]['value']['statuses']>[number];

/** The contact entry of a message's sender (by phone, else by user id): a loop, not a closure made per message. */
function senderContact(
  contacts: NonNullable<Contacts>,
  waId: string | undefined,
  userId: string | undefined,
): NonNullable<Contacts>[number] | undefined {
  for (const candidate of contacts) {
    if ((waId && candidate.wa_id === waId) || (userId && candidate.user_id === userId)) return candidate;
  }
  return undefined;
}

function messageEvent(message: Message, contacts: Contacts): MessagingChannelV1WebhookEvent {
  const waId = message.from;
  const userId = message.from_user_id;
  const profile = contacts === undefined ? undefined : senderContact(contacts, waId, userId);
  const from: Writable = {};
  if (waId) from.phone = e164(waId);
  const senderUserId = userId ?? profile?.user_id;
  if (senderUserId) from.userId = senderUserId;
  if (profile?.profile?.name) from.name = profile.profile.name;
  if (message.group_id) from.groupId = message.group_id;
  const occurredAt = unixSecondsToIso(message.timestamp);
  const sender = from as MessagingChannelV1Sender;
  const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
  if (message.type === 'text' && message.text) {
    return {
      eventId: message.id,
      messageId: message.id,
      occurredAt,
      from: sender,
      type: 'inbound-text',
      text: message.text.body,
    };
  }
  const button = message.type === 'interactive' ? undefined : message.type === 'button' ? message.button : undefined;
  if ((message.type === 'interactive' && reply) || button) {
    const event: Writable = {
      eventId: message.id,
      messageId: message.id,
      occurredAt,
      from: sender,
      type: 'inbound-button-reply',
      buttonId: button ? (button.payload ?? button.text) : reply?.id,
      label: button ? button.text : reply?.title,
    };
    if (message.context?.id) event.inReplyTo = message.context.id;
    return event as unknown as MessagingChannelV1WebhookEvent;
  }
  const mediaKind = isMediaKind(message.type) && message[message.type] ? message.type : undefined;
  if (mediaKind) {
    const media = message[mediaKind]!;
    const event: Writable = {
      eventId: message.id,
      messageId: message.id,
      occurredAt,
      from: sender,
      type: 'inbound-media',
      mediaKind,
      mediaId: media.id,
    };
    if (media.mime_type) event.mimeType = media.mime_type;
    if (media.caption) event.caption = media.caption;
    return event as unknown as MessagingChannelV1WebhookEvent;
  }
  return { eventId: message.id, occurredAt, type: 'unsupported', channelEventType: message.type };
}

function statusEvent(entry: Status): MessagingChannelV1WebhookEvent {
  if (isPaymentStatus(entry)) {
    const { payment } = entry;
    const event: Writable = {
      type: 'payment-status',
      eventId: `${entry.id}:payment:${entry.status}`,
      occurredAt: unixSecondsToIso(entry.timestamp),
      referenceId: payment.reference_id,
      status: entry.status,
    };
    // WhatsApp sends value with offset 100 (minor units of two-decimal currencies such as INR).
    if (payment.amount && payment.currency && payment.amount.offset === 100) {
      event.amount = { amountMinor: payment.amount.value, currency: payment.currency };
    }
    if (payment.transaction?.id) event.transactionId = payment.transaction.id;
    return event as unknown as MessagingChannelV1WebhookEvent;
  }
  const status = entry as WhatsAppMessageStatus;
  if (status.status === 'deleted' || status.status === 'warning') {
    return {
      eventId: `${status.id}:${status.status}`,
      occurredAt: unixSecondsToIso(status.timestamp),
      type: 'unsupported',
      channelEventType: `status:${status.status}`,
    };
  }
  const event: Writable = {
    type: 'message-status',
    eventId: `${status.id}:${status.status}`,
    occurredAt: unixSecondsToIso(status.timestamp),
    messageId: status.id,
    status: status.status,
  };
  if (status.biz_opaque_callback_data) event.reference = status.biz_opaque_callback_data;
  if (status.pricing?.category) {
    event.pricing = { billable: status.pricing.billable ?? true, category: status.pricing.category };
  }
  if (status.recipient_id || status.recipient_user_id) {
    const recipient: Writable = {};
    if (status.recipient_id) recipient.phone = e164(status.recipient_id);
    if (status.recipient_user_id) recipient.userId = status.recipient_user_id;
    event.recipient = recipient;
  }
  const error = status.errors?.[0];
  if (error) {
    event.error = {
      code: String(error.code),
      title: error.title ?? error.message ?? 'failed',
      outsideServiceWindow: String(error.code) === '131047',
    };
  }
  return event as unknown as MessagingChannelV1WebhookEvent;
}
