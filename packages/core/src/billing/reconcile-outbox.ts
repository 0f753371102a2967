import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import type { BillingContext } from './billing-context';

/** What reconciliation did with the sends whose outcome was unknown. */
export interface ReconcileResult {
  /** Sends found to have gone out (from the message log or a status webhook). */
  readonly confirmed: readonly string[];
  /** Sends still unknown: left for a status webhook or a person. */
  readonly unresolved: readonly string[];
}

/**
 * Settles sends whose worker died mid-send. Expired leases become `ambiguous`; each ambiguous send is then confirmed
 * when the message log holds its channel message id (the worker died after logging). Nothing else re-queues one:
 * only evidence about that very message settles it (a status webhook carrying its outbox key: see
 * `handleChannelWebhook`), or a person (`resolveOutbox`, the console's review queue). Statuses can come hours late or
 * never, so silence is no proof that a message did not go out, and WhatsApp has no idempotency key to send it safely
 * again.
 */
export async function reconcileOutbox(context: BillingContext): Promise<ReconcileResult> {
  const { store } = context;
  const now = context.now();
  const recovered = await store.recoverExpiredOutbox(now);
  for (const entry of recovered) {
    await store.appendAudit({
      at: now,
      actor: 'system',
      action: 'message.ambiguous',
      invoiceId: entry.invoiceId,
      customerId: entry.customerId,
      details: { outboxKey: entry.key, reason: 'lease-expired', owner: entry.owner ?? '' },
    });
  }
  const confirmed: string[] = [];
  const unresolved: string[] = [];
  // Only the sends recovered now: an older ambiguous send already had this look and waits for evidence or a person.
  for (const entry of recovered) {
    const logged = await store.findMessageByOutboxKey(entry.key);
    if (logged?.channelMessageId) {
      await store.resolveOutbox(entry.key, {
        state: 'sent',
        channelMessageId: logged.channelMessageId,
        at: logged.createdAt,
      });
      await audit(context, entry, 'message.reconciled', { outcome: 'sent', channelMessageId: logged.channelMessageId });
      confirmed.push(entry.key);
    } else {
      unresolved.push(entry.key);
    }
  }
  return { confirmed, unresolved };
}

async function audit(
  context: BillingContext,
  entry: BillingStoreV1OutboxEntry,
  action: string,
  details: Record<string, string>,
): Promise<void> {
  await context.store.appendAudit({
    at: context.now(),
    actor: 'system',
    action,
    invoiceId: entry.invoiceId,
    customerId: entry.customerId,
    details: { outboxKey: entry.key, ...details },
  });
}
