import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import type { BillingContext } from './billing-context';

/** What reconciliation did with the sends whose outcome was unknown. */
export interface ReconcileResult {
  /** Sends found to have gone out (from the message log or a status webhook). */
  readonly confirmed: readonly string[];
  /** Sends found never to have reached the channel, queued again. */
  readonly requeued: readonly string[];
  /** Sends still unknown: left for a status webhook or a person. */
  readonly unresolved: readonly string[];
}

/**
 * Settles sends whose worker died mid-send. Expired leases become `ambiguous`; then each ambiguous send is
 * confirmed when the message log holds its channel message id (the worker died after the channel answered), or
 * queued again only with evidence that it never reached the channel: the channel has since confirmed a delivery that
 * happened after its lease ended (plus a grace period for reordered webhooks) and sent no status for it.
 */
export async function reconcileOutbox(context: BillingContext): Promise<ReconcileResult> {
  const { store } = context;
  const now = context.now();
  for (const entry of await store.recoverExpiredOutbox(now)) {
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
  const requeued: string[] = [];
  const unresolved: string[] = [];
  for (const entry of await store.listOutbox({ states: ['ambiguous'] })) {
    const logged = await store.findMessageByOutboxKey(entry.key);
    if (logged?.channelMessageId) {
      await store.resolveOutbox(entry.key, {
        state: 'sent',
        channelMessageId: logged.channelMessageId,
        at: logged.createdAt,
      });
      await audit(context, entry, 'message.reconciled', { outcome: 'sent', channelMessageId: logged.channelMessageId });
      confirmed.push(entry.key);
    } else if (await neverReachedChannel(context, entry)) {
      await store.resolveOutbox(entry.key, { state: 'pending', at: now, notBefore: now });
      await audit(context, entry, 'message.reconciled', { outcome: 'requeued' });
      requeued.push(entry.key);
    } else {
      unresolved.push(entry.key);
    }
  }
  return { confirmed, requeued, unresolved };
}

async function neverReachedChannel(context: BillingContext, entry: BillingStoreV1OutboxEntry): Promise<boolean> {
  const grace = context.options.ambiguousSendGraceMs ?? 10 * 60_000;
  // Stores clear the lease when they mark a send ambiguous; the time of that change comes after the lease ended.
  const crashedBy = entry.leaseExpiresAt ?? entry.updatedAt;
  if (!Number.isFinite(grace) || Date.parse(context.now()) < Date.parse(crashedBy) + grace) return false;
  // WhatsApp reports a message `sent` within seconds of accepting it. A delivery confirmed after this send crashed
  // proves statuses are flowing; had this one reached WhatsApp, its own status would have come first.
  const later = await context.store.listMessages({
    direction: 'outbound',
    statusSince: crashedBy,
    statuses: ['delivered', 'read'],
    limit: 1,
  });
  return later.length > 0;
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
