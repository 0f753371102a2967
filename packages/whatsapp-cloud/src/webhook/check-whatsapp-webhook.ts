import type { WhatsAppPaymentStatus, WhatsAppWebhookPayload } from './whatsapp-webhook-schema';

// The envelope rules of whatsapp-webhook-schema.ts, written out by hand for the hot path: zod's parse cost more than
// everything else an item of a delivery costs together (issue 16). The zod schema stays the definition and explains
// a refusal; a property test holds the two to the same verdict on generated deliveries.

// Written for the path every item takes: no closure made per call, no regular expression, each rule a plain function
// named for what it holds, so V8 inlines them.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
const isId = (value: unknown) => typeof value === 'string' && value.length > 0;
// zod's `.int()` refuses integers past 2^53 (they are not exact): so does the hand check.
const isInteger = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value);

/** `/^\d+$/`: one or more ASCII digits. */
function isTimestamp(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0) return false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const isMedia = (media: unknown) =>
  media === undefined ||
  (isObject(media) && typeof media.id === 'string' && optionalString(media.mime_type) && optionalString(media.caption));
const isReply = (reply: unknown) =>
  reply === undefined || (isObject(reply) && typeof reply.id === 'string' && typeof reply.title === 'string');
const isText = (text: unknown) => text === undefined || (isObject(text) && typeof text.body === 'string');
const isContext = (context: unknown) => context === undefined || (isObject(context) && optionalString(context.id));
const isButton = (button: unknown) =>
  button === undefined || (isObject(button) && optionalString(button.payload) && typeof button.text === 'string');
const isInteractive = (interactive: unknown) =>
  interactive === undefined ||
  (isObject(interactive) &&
    typeof interactive.type === 'string' &&
    isReply(interactive.button_reply) &&
    isReply(interactive.list_reply));

function isMessage(message: unknown): boolean {
  return (
    isObject(message) &&
    isId(message.id) &&
    optionalString(message.from) &&
    optionalString(message.from_user_id) &&
    optionalString(message.group_id) &&
    isTimestamp(message.timestamp) &&
    isId(message.type) &&
    isText(message.text) &&
    isContext(message.context) &&
    isButton(message.button) &&
    isInteractive(message.interactive) &&
    isMedia(message.image) &&
    isMedia(message.document) &&
    isMedia(message.audio) &&
    isMedia(message.video) &&
    isMedia(message.sticker)
  );
}

const isPaymentState = (status: unknown) => status === 'pending' || status === 'captured' || status === 'failed';
const isMessageState = (status: unknown) =>
  status === 'sent' ||
  status === 'delivered' ||
  status === 'read' ||
  status === 'played' ||
  status === 'failed' ||
  status === 'deleted' ||
  status === 'warning';

const isAmount = (amount: unknown) =>
  amount === undefined || (isObject(amount) && isInteger(amount.value) && isInteger(amount.offset));
const isTransaction = (transaction: unknown) =>
  transaction === undefined || (isObject(transaction) && optionalString(transaction.id));

/** True when a `statuses[]` item is a payment status (`type: "payment"` with its `payment` object), as the schema reads it. */
export function isPaymentStatus(status: unknown): status is WhatsAppPaymentStatus {
  if (!isObject(status) || status.type !== 'payment') return false;
  const payment = status.payment;
  return (
    isId(status.id) &&
    isPaymentState(status.status) &&
    isTimestamp(status.timestamp) &&
    isObject(payment) &&
    typeof payment.reference_id === 'string' &&
    isAmount(payment.amount) &&
    optionalString(payment.currency) &&
    isTransaction(payment.transaction)
  );
}

const isError = (error: unknown) =>
  isObject(error) &&
  (typeof error.code === 'number' || typeof error.code === 'string') &&
  optionalString(error.title) &&
  optionalString(error.message);

function isErrors(errors: unknown): boolean {
  if (errors === undefined) return true;
  if (!Array.isArray(errors)) return false;
  for (const error of errors) if (!isError(error)) return false;
  return true;
}

const isPricing = (pricing: unknown) =>
  pricing === undefined ||
  (isObject(pricing) &&
    (pricing.billable === undefined || typeof pricing.billable === 'boolean') &&
    optionalString(pricing.category));

function isMessageStatus(status: unknown): boolean {
  return (
    isObject(status) &&
    isId(status.id) &&
    isMessageState(status.status) &&
    isTimestamp(status.timestamp) &&
    optionalString(status.recipient_id) &&
    optionalString(status.recipient_user_id) &&
    optionalString(status.biz_opaque_callback_data) &&
    isPricing(status.pricing) &&
    isErrors(status.errors)
  );
}

const isContact = (contact: unknown) =>
  isObject(contact) &&
  optionalString(contact.wa_id) &&
  optionalString(contact.user_id) &&
  (contact.profile === undefined || (isObject(contact.profile) && optionalString(contact.profile.name)));

const isStatus = (status: unknown) => isPaymentStatus(status) || isMessageStatus(status);

// One loop per kind of item, each calling its own rule: a shared loop taking the rule as an argument would make every
// call through it megamorphic.
function areContacts(items: unknown): boolean {
  if (items === undefined) return true;
  if (!Array.isArray(items)) return false;
  for (const item of items) if (!isContact(item)) return false;
  return true;
}

function areMessages(items: unknown): boolean {
  if (items === undefined) return true;
  if (!Array.isArray(items)) return false;
  for (const item of items) if (!isMessage(item)) return false;
  return true;
}

function areStatuses(items: unknown): boolean {
  if (items === undefined) return true;
  if (!Array.isArray(items)) return false;
  for (const item of items) if (!isStatus(item)) return false;
  return true;
}

function isChange(change: unknown): boolean {
  if (!isObject(change) || typeof change.field !== 'string' || !isObject(change.value)) return false;
  const value = change.value;
  return areContacts(value.contacts) && areMessages(value.messages) && areStatuses(value.statuses);
}

function isEntry(entry: unknown): boolean {
  if (!isObject(entry) || typeof entry.id !== 'string' || !Array.isArray(entry.changes)) return false;
  for (const change of entry.changes) if (!isChange(change)) return false;
  return true;
}

/** True when `json` is a WhatsApp webhook delivery by the rules of `whatsappWebhookSchema`. */
export function isWhatsAppWebhook(json: unknown): json is WhatsAppWebhookPayload {
  if (!isObject(json) || json.object !== 'whatsapp_business_account' || !Array.isArray(json.entry)) return false;
  for (const entry of json.entry) if (!isEntry(entry)) return false;
  return true;
}
