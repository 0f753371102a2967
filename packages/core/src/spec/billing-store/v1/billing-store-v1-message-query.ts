import type { Instant } from '../../../model/time';
import type { BillingStoreV1MessageStatus } from './billing-store-v1-message-status';

/** Filters of `BillingStoreV1.listMessages`; all given filters must match. Results are in `createdAt` order, then id. */
export interface BillingStoreV1MessageQuery {
  /** Only messages about this invoice (as `invoiceId` or among `relatedInvoiceIds`). */
  readonly invoiceId?: string;
  /** Only this customer's messages. */
  readonly customerId?: string;
  /** Only one direction. */
  readonly direction?: 'outbound' | 'inbound';
  /** Only messages created at or after this instant (for caps: "messages to this customer this week"). */
  readonly since?: Instant;
  /** Only messages whose status last changed at or after this instant (the channel's time of the status). */
  readonly statusSince?: Instant;
  /** Only messages in these statuses. */
  readonly statuses?: readonly BillingStoreV1MessageStatus[];
  /** Return at most this many. */
  readonly limit?: number;
}
