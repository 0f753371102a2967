import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import type { BillingContext } from './billing-context';
import type { OutboxPayload } from './outbox-payload';

/** Emits the event of a send that went out. Events are in-process and at most once: the store is the record. */
export async function emitSent(
  context: BillingContext,
  entry: BillingStoreV1OutboxEntry,
  payload: OutboxPayload,
  channelMessageId: string,
  at: string,
): Promise<void> {
  if (payload.contactKind === 'reminder' || payload.contactKind === 'statement') {
    context.events.emit('reminder.sent', {
      customerId: entry.customerId,
      invoiceIds: payload.invoiceIds,
      stage: entry.stage,
      messageKey: payload.messageKey,
      channelMessageId,
      at,
    });
  } else if (payload.contactKind === 'invoice') {
    const invoice = await context.store.getInvoice(entry.invoiceId);
    if (invoice) context.events.emit('invoice.sent', { invoice, channelMessageId, at });
  }
  context.logger.info('cobro: message sent', {
    outboxKey: entry.key,
    customerId: entry.customerId,
    messageKey: payload.messageKey,
    channelMessageId,
  });
}
