import type { Customer } from '../../../model/customer';
import type { Invoice } from '../../../model/invoice';
import type { Instant } from '../../../model/time';
import type { BillingStoreV1OutboxEntry } from './billing-store-v1-outbox-entry';
import type { BillingStoreV1PaymentLinkRecord } from './billing-store-v1-payment-link-record';

/**
 * Everything the runtime reads to plan and send for one customer, in one call (one round trip on a database): the
 * customer, its collectable invoices, the outbox entries that make its contact history, their links and the last
 * inbound message (the 24-hour service window).
 */
export interface BillingStoreV1CustomerWork {
  /** The customer. */
  readonly customer: Customer;
  /** Its invoices in status `open` or `partially_paid`, in ascending id order. */
  readonly invoices: readonly Invoice[];
  /**
   * Its outbox entries, in `createdAt` order then key: every entry about one of `invoices`, every entry not yet in a
   * final state, and every entry created or changed at or after `outboxSince`.
   */
  readonly outbox: readonly BillingStoreV1OutboxEntry[];
  /** The payment links of `invoices`, oldest first. */
  readonly paymentLinks: readonly BillingStoreV1PaymentLinkRecord[];
  /** When the customer last wrote to the business (see `recordInbound`), if ever. */
  readonly lastInboundAt?: Instant;
}
