import type { Instant } from '../../../model/time';
import type { BillingStoreV1JsonValue } from './billing-store-v1-json-value';

/** Input of `BillingStoreV1.enqueueOutbox`. */
export interface BillingStoreV1EnqueueOutboxInput {
  /** The invoice the send is about. */
  readonly invoiceId: string;
  /** The stage (see `BillingStoreV1OutboxEntry.stage`). */
  readonly stage: string;
  /** The customer the message goes to. */
  readonly customerId: string;
  /** What to send. */
  readonly payload: BillingStoreV1JsonValue;
  /** The current instant. */
  readonly now: Instant;
  /** Not to be sent before this instant. */
  readonly notBefore?: Instant;
  /**
   * The worker that holds the customer's due claim and enqueues this as part of its drain: it accounts for the entry
   * when it settles the customer, so the write leaves the due index alone (otherwise the customer would be due again
   * at once, for work already in hand). Without it, or when that worker no longer holds the claim, the write makes
   * the customer due as usual.
   */
  readonly claimedBy?: string;
}
