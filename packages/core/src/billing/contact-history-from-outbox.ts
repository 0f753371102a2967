import type { ContactAttempt } from '../policy/contact-history';
import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import { fromStoredPayload } from './outbox-payload';

/**
 * A customer's contact history, read from the outbox: every send goes through it, so it is complete even when a
 * crash came between the send and the message log. Entries not yet sent count at the instant they may go out, so
 * the planner never plans their slots again; failed ones do not count (a refusal is not a contact).
 */
export function contactHistoryFromOutbox(
  entries: readonly BillingStoreV1OutboxEntry[],
  exceptKey?: string,
): ContactAttempt[] {
  const history: ContactAttempt[] = [];
  for (const entry of entries) {
    if (entry.state === 'failed' || entry.key === exceptKey) continue;
    const payload = fromStoredPayload(entry.payload);
    history.push({
      at: entry.sentAt ?? entry.notBefore ?? entry.createdAt,
      customerId: entry.customerId,
      invoiceIds: payload.invoiceIds,
      kind: payload.contactKind,
      ...(payload.slotKeys ? { slotKeys: payload.slotKeys } : {}),
    });
  }
  return history;
}
