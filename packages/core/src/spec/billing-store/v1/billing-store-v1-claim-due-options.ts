import type { Instant } from '../../../model/time';

/** Options of `BillingStoreV1.claimDueCustomers`. */
export interface BillingStoreV1ClaimDueOptions {
  /** The worker taking the customers. */
  readonly owner: string;
  /** The current instant: customers due at or before it are taken. */
  readonly now: Instant;
  /** How long the claim holds; a worker that dies loses it after this. */
  readonly leaseMs: number;
  /** At most this many customers (a page). */
  readonly limit: number;
  /** Only these customers (e.g. the one an invoice was just sent to), when due and free. */
  readonly customerIds?: readonly string[];
}
