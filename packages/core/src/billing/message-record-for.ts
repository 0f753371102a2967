import type { BillingStoreV1MessageRecord } from '../spec/billing-store/v1/billing-store-v1-message-record';
import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import type { BillingContext } from './billing-context';
import type { OutboxPayload } from './outbox-payload';

/** The message-log record of a send from the outbox; its id derives from the outbox key, so logging twice is a no-op. */
export function messageRecordFor(
  context: BillingContext,
  entry: BillingStoreV1OutboxEntry,
  payload: OutboxPayload,
  channelMessageId: string,
  deliveredAs: 'free-form' | 'template',
  at: string,
): BillingStoreV1MessageRecord {
  const [invoiceId, ...related] = payload.invoiceIds;
  return {
    id: `out:${entry.key}`,
    direction: 'outbound',
    customerId: entry.customerId,
    ...(invoiceId ? { invoiceId } : {}),
    ...(related.length > 0 ? { relatedInvoiceIds: related } : {}),
    channel: context.channel.channel,
    channelMessageId,
    outboxKey: entry.key,
    kind: deliveredAs === 'template' ? 'template' : payload.content.kind,
    messageKey: payload.messageKey,
    stage: entry.stage,
    status: 'sent',
    createdAt: at,
    statusAt: at,
    text: payload.text,
    details: {
      contactKind: payload.contactKind,
      ...(deliveredAs === 'template' && payload.template ? { template: payload.template.name } : {}),
    },
  };
}
