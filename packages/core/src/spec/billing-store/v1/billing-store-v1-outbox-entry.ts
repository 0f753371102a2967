import type { Instant } from '../../../model/time';
import type { BillingStoreV1ErrorInfo } from './billing-store-v1-error-info';
import type { BillingStoreV1JsonValue } from './billing-store-v1-json-value';
import type { BillingStoreV1OutboxState } from './billing-store-v1-outbox-state';

/** One send in the outbox, keyed by (invoice, stage): there is never more than one entry per pair. */
export interface BillingStoreV1OutboxEntry {
  /** `createOutboxKey(invoiceId, stage)`; unique. Also sent to the channel as callback data where it allows. */
  readonly key: string;
  /** The invoice the send is about. */
  readonly invoiceId: string;
  /** The stage, e.g. `invoice-sent`, `reminder:+3`, `installment:2:reminder:0`, `payment-received:pi_123`. */
  readonly stage: string;
  /** The customer the message goes to. */
  readonly customerId: string;
  /** Where the send is. */
  readonly state: BillingStoreV1OutboxState;
  /** What to send (the rendered message or what is needed to render it again identically). */
  readonly payload: BillingStoreV1JsonValue;
  /** How many times a worker began sending it. */
  readonly attempts: number;
  /** When it was enqueued. */
  readonly createdAt: Instant;
  /** When it last changed. */
  readonly updatedAt: Instant;
  /** Not to be sent before this instant (retry back-off, or the customer's send window). */
  readonly notBefore?: Instant;
  /** The worker holding it while `sending` (and the last one that did, afterwards). */
  readonly owner?: string;
  /** When the current lease ends; a `sending` entry past it is recovered as `ambiguous`. */
  readonly leaseExpiresAt?: Instant;
  /** The channel's message id once sent. */
  readonly channelMessageId?: string;
  /** When the channel accepted it. */
  readonly sentAt?: Instant;
  /** The last error, for `pending` retries, `ambiguous` and `failed`. */
  readonly lastError?: BillingStoreV1ErrorInfo;
}
