import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import { createOutboxKey } from '../store/outbox-key';
import type { BillingContext } from './billing-context';
import { type OutboxPayload, toStoredPayload } from './outbox-payload';
import type { SendOutcome } from './send-outbox-entry';

/**
 * Records a send in the outbox under (invoice, stage); the customer's drain sends it (see `drainCustomer`), so every
 * send of a customer goes through one ordered queue under one claim, where the gap and the caps see all of them.
 * Enqueueing is insert-if-absent: the same stage asked for twice (two workers, a retried request, a replayed webhook)
 * is one send. The store makes the customer due at `notBefore` (or now) in the same write.
 *
 * @returns the outcome (`scheduled`) with the entry as stored (which may be an earlier one for the same stage).
 */
export async function enqueueSend(
  context: BillingContext,
  input: {
    readonly invoiceId: string;
    readonly stage: string;
    readonly customerId: string;
    readonly payload: OutboxPayload;
    readonly notBefore?: string;
    /** Set by a drain holding the customer's due claim: the entry is in hand, the customer need not be due again. */
    readonly claimed?: boolean;
  },
): Promise<Extract<SendOutcome, { state: 'scheduled' }> & { readonly entry: BillingStoreV1OutboxEntry }> {
  await context.options.beforeSendStep?.('enqueue', createOutboxKey(input.invoiceId, input.stage));
  const now = context.now();
  const { entry } = await context.store.enqueueOutbox({
    invoiceId: input.invoiceId,
    stage: input.stage,
    customerId: input.customerId,
    payload: toStoredPayload(input.payload),
    now,
    ...(input.notBefore ? { notBefore: input.notBefore } : {}),
    ...(input.claimed ? { claimedBy: context.owner } : {}),
  });
  return { state: 'scheduled', key: entry.key, notBefore: entry.notBefore ?? now, reason: 'queued', entry };
}
