import { createOutboxKey } from '../store/outbox-key';
import type { BillingContext } from './billing-context';
import { type OutboxPayload, toStoredPayload } from './outbox-payload';
import type { SendOutcome } from './send-outbox-entry';

/**
 * Records a send in the outbox under (invoice, stage); the customer's drain sends it (see `drainCustomer`), so every
 * send of a customer goes through one ordered queue under one claim, where the gap and the caps see all of them.
 * Enqueueing is insert-if-absent: the same stage asked for twice (two workers, a retried request, a replayed webhook)
 * is one send. The store makes the customer due at `notBefore` (or now) in the same write.
 */
export async function enqueueSend(
  context: BillingContext,
  input: {
    readonly invoiceId: string;
    readonly stage: string;
    readonly customerId: string;
    readonly payload: OutboxPayload;
    readonly notBefore?: string;
  },
): Promise<Extract<SendOutcome, { state: 'scheduled' }>> {
  await context.options.beforeSendStep?.('enqueue', createOutboxKey(input.invoiceId, input.stage));
  const now = context.now();
  const { entry } = await context.store.enqueueOutbox({
    invoiceId: input.invoiceId,
    stage: input.stage,
    customerId: input.customerId,
    payload: toStoredPayload(input.payload),
    now,
    ...(input.notBefore ? { notBefore: input.notBefore } : {}),
  });
  return { state: 'scheduled', key: entry.key, notBefore: entry.notBefore ?? now, reason: 'queued' };
}
