import type { Instant } from '../../../model/time';

/** Options of `BillingStoreV1.settleDueCustomer`. */
export interface BillingStoreV1SettleDueOptions {
  /** The customer. */
  readonly customerId: string;
  /** The worker that claimed it. */
  readonly owner: string;
  /** `dueSequence` as claimed. */
  readonly dueSequence: number;
  /** The next instant anything may be due for the customer; absent when nothing is scheduled. */
  readonly nextDueAt?: Instant;
}
