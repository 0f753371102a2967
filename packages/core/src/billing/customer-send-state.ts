import type { Customer } from '../model/customer';
import type { BillingStoreV1CustomerWork } from '../spec/billing-store/v1/billing-store-v1-customer-work';
import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';

/**
 * One customer's state as a drain holds it under its claim: read once from the store, then kept current as each send
 * settles, so the gate of every send sees every earlier one (of this run, and of other workers before the claim).
 */
export interface CustomerSendState {
  readonly customer: Customer;
  /** The customer's outbox entries by key. */
  readonly entries: Map<string, BillingStoreV1OutboxEntry>;
  /** The last inbound message (the 24-hour window), as the store knows it. */
  readonly lastInboundAt?: string;
}

/** How far back the caps look: the policy's longest window is a month. */
export const historyWindowMs = 35 * 86_400_000;

/** The send state of a customer's work as read from the store. */
export function sendStateOf(work: BillingStoreV1CustomerWork): CustomerSendState {
  return {
    customer: work.customer,
    entries: new Map(work.outbox.map((entry) => [entry.key, entry])),
    ...(work.lastInboundAt ? { lastInboundAt: work.lastInboundAt } : {}),
  };
}
