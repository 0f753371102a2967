import type { BillingStoreV1OutboxEntry } from './billing-store-v1-outbox-entry';

/** The result of `BillingStoreV1.enqueueOutbox`: the entry for (invoice, stage), and whether this call created it. */
export interface BillingStoreV1EnqueueOutboxResult {
  /** The entry now stored under the key: the new one, or the existing one untouched. */
  readonly entry: BillingStoreV1OutboxEntry;
  /** False when an entry for the same (invoice, stage) already existed; nothing was changed then. */
  readonly created: boolean;
}
