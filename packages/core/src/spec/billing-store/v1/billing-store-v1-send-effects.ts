import type { BillingStoreV1AuditEntry } from './billing-store-v1-audit-entry';
import type { BillingStoreV1MessageRecord } from './billing-store-v1-message-record';

/**
 * What `BillingStoreV1.finishOutboxSend` writes in the same transaction as the outcome, so a send costs one write
 * after the channel call and a crash never leaves the outcome without its log (or the reverse).
 */
export interface BillingStoreV1SendEffects {
  /** The message to log (as `appendMessage` would: insert-if-absent, pending statuses applied). */
  readonly message?: BillingStoreV1MessageRecord;
  /** Audit entries to append, in order. */
  readonly audit?: readonly Omit<BillingStoreV1AuditEntry, 'sequence'>[];
}
