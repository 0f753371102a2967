import type { BillingStoreV1OutboxState } from './billing-store-v1-outbox-state';

/** Filters of `BillingStoreV1.listOutbox`; all given filters must match. Results are in `createdAt` order, then key. */
export interface BillingStoreV1OutboxQuery {
  /** Only entries in these states, e.g. `['ambiguous']` for an operator's review queue. */
  readonly states?: readonly BillingStoreV1OutboxState[];
  /** Only this invoice's entries. */
  readonly invoiceId?: string;
  /** Only this customer's entries. */
  readonly customerId?: string;
  /** Return at most this many. */
  readonly limit?: number;
}
