import { createOutboxKey } from '../store/outbox-key';
import type { BillingContext } from './billing-context';
import { type OutboxPayload, toStoredPayload } from './outbox-payload';
import { type SendOutcome, sendOutboxEntry } from './send-outbox-entry';

/**
 * Records a send in the outbox under (invoice, stage), then sends it now unless `notBefore` is later. Enqueueing is
 * insert-if-absent: the same stage asked for twice (two workers, a retried request, a replayed webhook) is one send.
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
): Promise<SendOutcome> {
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
  if (entry.notBefore && entry.notBefore > now)
    return { state: 'scheduled', key: entry.key, notBefore: entry.notBefore, reason: 'not-before' };
  return sendOutboxEntry(context, entry.key);
}
