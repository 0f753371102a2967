import type { WhatsAppPaymentStatus, WhatsAppWebhookPayload } from './whatsapp-webhook-schema';

// The envelope rules of whatsapp-webhook-schema.ts, written out by hand for the hot path: zod's parse cost more than
// everything else an item of a delivery costs together (issue 16). The zod schema stays the definition and explains
// a refusal; a property test holds the two to the same verdict on generated deliveries.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
const digits = /^\d+$/;
const isTimestamp = (value: unknown) => typeof value === 'string' && digits.test(value);
const isId = (value: unknown) => typeof value === 'string' && value.length > 0;
const isInteger = (value: unknown) => typeof value === 'number' && Number.isInteger(value);

function optionalObject(value: unknown, check: (value: Json) => boolean): boolean {
  return value === undefined || (isObject(value) && check(value));
}

function optionalArray(value: unknown, check: (value: unknown) => boolean): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!check(item)) return false;
  return true;
}

const isMedia = (media: Json) =>
  typeof media.id === 'string' && optionalString(media.mime_type) && optionalString(media.caption);
const isReply = (reply: Json) => typeof reply.id === 'string' && typeof reply.title === 'string';

function isMessage(message: unknown): boolean {
  return (
    isObject(message) &&
    isId(message.id) &&
    optionalString(message.from) &&
    optionalString(message.from_user_id) &&
    optionalString(message.group_id) &&
    isTimestamp(message.timestamp) &&
    isId(message.type) &&
    optionalObject(message.text, (text) => typeof text.body === 'string') &&
    optionalObject(message.context, (context) => optionalString(context.id)) &&
    optionalObject(message.button, (button) => optionalString(button.payload) && typeof button.text === 'string') &&
    optionalObject(
      message.interactive,
      (interactive) =>
        typeof interactive.type === 'string' &&
        optionalObject(interactive.button_reply, isReply) &&
        optionalObject(interactive.list_reply, isReply),
    ) &&
    optionalObject(message.image, isMedia) &&
    optionalObject(message.document, isMedia) &&
    optionalObject(message.audio, isMedia) &&
    optionalObject(message.video, isMedia) &&
    optionalObject(message.sticker, isMedia)
  );
}

const paymentStates = new Set(['pending', 'captured', 'failed']);
const messageStates = new Set(['sent', 'delivered', 'read', 'played', 'failed', 'deleted', 'warning']);

/** True when a `statuses[]` item is a payment status (`type: "payment"` with its `payment` object), as the schema reads it. */
export function isPaymentStatus(status: unknown): status is WhatsAppPaymentStatus {
  return (
    isObject(status) &&
    isId(status.id) &&
    status.type === 'payment' &&
    typeof status.status === 'string' &&
    paymentStates.has(status.status) &&
    isTimestamp(status.timestamp) &&
    isObject(status.payment) &&
    typeof status.payment.reference_id === 'string' &&
    optionalObject(status.payment.amount, (amount) => isInteger(amount.value) && isInteger(amount.offset)) &&
    optionalString(status.payment.currency) &&
    optionalObject(status.payment.transaction, (transaction) => optionalString(transaction.id))
  );
}

const isError = (error: unknown) =>
  isObject(error) &&
  (typeof error.code === 'number' || typeof error.code === 'string') &&
  optionalString(error.title) &&
  optionalString(error.message);

function isMessageStatus(status: unknown): boolean {
  return (
    isObject(status) &&
    isId(status.id) &&
    typeof status.status === 'string' &&
    messageStates.has(status.status) &&
    isTimestamp(status.timestamp) &&
    optionalString(status.recipient_id) &&
    optionalString(status.recipient_user_id) &&
    optionalString(status.biz_opaque_callback_data) &&
    optionalObject(
      status.pricing,
      (pricing) =>
        (pricing.billable === undefined || typeof pricing.billable === 'boolean') && optionalString(pricing.category),
    ) &&
    optionalArray(status.errors, isError)
  );
}

const isContact = (contact: unknown) =>
  isObject(contact) &&
  optionalString(contact.wa_id) &&
  optionalString(contact.user_id) &&
  optionalObject(contact.profile, (profile) => optionalString(profile.name));

const isStatus = (status: unknown) => isPaymentStatus(status) || isMessageStatus(status);

function isChange(change: unknown): boolean {
  if (!isObject(change) || typeof change.field !== 'string' || !isObject(change.value)) return false;
  const { value } = change;
  return (
    optionalArray(value.contacts, isContact) &&
    optionalArray(value.messages, isMessage) &&
    optionalArray(value.statuses, isStatus)
  );
}

const isEntry = (entry: unknown) =>
  isObject(entry) && typeof entry.id === 'string' && Array.isArray(entry.changes) && entry.changes.every(isChange);

/** True when `json` is a WhatsApp webhook delivery by the rules of `whatsappWebhookSchema`. */
export function isWhatsAppWebhook(json: unknown): json is WhatsAppWebhookPayload {
  return (
    isObject(json) &&
    json.object === 'whatsapp_business_account' &&
    Array.isArray(json.entry) &&
    json.entry.every(isEntry)
  );
}
