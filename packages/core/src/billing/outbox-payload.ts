import type { MessageKey } from '../messages/message-key';
import type { ContactKind } from '../policy/contact-history';
import type { BillingStoreV1JsonValue } from '../spec/billing-store/v1/billing-store-v1-json-value';
import type {
  MessagingChannelV1Content,
  MessagingChannelV1Template,
} from '../spec/messaging-channel/v1/messaging-channel-v1-outbound-message';

/**
 * What an outbox entry holds: the message rendered once, at enqueue time, so a retry after a crash sends exactly
 * what was decided, never a re-render with newer data.
 */
export interface OutboxPayload {
  /** How the send counts for the contact rules. */
  readonly contactKind: ContactKind;
  /** The catalogue key. */
  readonly messageKey: MessageKey;
  /** Every invoice the message is about. */
  readonly invoiceIds: readonly string[];
  /** The reminder slots it covers (reminders only). */
  readonly slotKeys?: readonly string[];
  /** The free-form content, for inside the service window. */
  readonly content: MessagingChannelV1Content;
  /** The approved template, for outside it; absent for replies, which only go inside it. */
  readonly template?: MessagingChannelV1Template;
  /** The text as the customer reads it, for the message log. */
  readonly text: string;
}

/** The payload as stored (JSON). */
export function toStoredPayload(payload: OutboxPayload): BillingStoreV1JsonValue {
  return jsonCopy(payload) as BillingStoreV1JsonValue;
}

// What JSON.parse(JSON.stringify(value)) gives, without writing and reading the text: absent and undefined
// properties dropped, undefined array items and non-finite numbers as null, `toJSON` honoured, a fresh copy.
function jsonCopy(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
  if (typeof value !== 'object') return undefined;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return jsonCopy(toJSON.call(value));
  if (Array.isArray(value)) return value.map((item) => jsonCopy(item) ?? null);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = jsonCopy((value as Record<string, unknown>)[key]);
    if (item !== undefined) copy[key] = item;
  }
  return copy;
}

/** The payload read back from the store. */
export function fromStoredPayload(value: BillingStoreV1JsonValue): OutboxPayload {
  return value as unknown as OutboxPayload;
}

/** Sends that count against caps and the gap, and so pass the whole contact gate. */
export function isCollectionKind(kind: ContactKind): boolean {
  return kind === 'invoice' || kind === 'reminder' || kind === 'statement';
}
