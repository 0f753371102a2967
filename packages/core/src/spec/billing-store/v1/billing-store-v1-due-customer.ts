import type { Instant } from '../../../model/time';

/**
 * A customer with work due, taken by `BillingStoreV1.claimDueCustomers` under a lease. The runtime plans and sends
 * for it, then hands it back with `settleDueCustomer` and the next instant anything may be due.
 */
export interface BillingStoreV1DueCustomer {
  /** The customer. */
  readonly customerId: string;
  /** The instant its work fell due. */
  readonly dueAt: Instant;
  /**
   * The due index's change counter when it was claimed. A write that made the customer due again meanwhile moved it
   * on, so `settleDueCustomer` keeps the earlier instant instead of overwriting it with the runtime's plan.
   */
  readonly dueSequence: number;
}
