import { catalogFor } from '../messages/catalogs';
import type { MessageKey } from '../messages/message-key';
import { calendarDateAt } from '../model/calendar-date';
import type { Customer } from '../model/customer';
import { recordOptOut } from '../model/customer-consent';
import type { Invoice } from '../model/invoice';
import { recordPromiseToPay } from '../model/invoice-transitions';
import { normalizePhoneNumber } from '../model/phone';
import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import type { MessagingChannelV1WebhookEvent } from '../spec/messaging-channel/v1/messaging-channel-v1-webhook-event';
import type { PaymentProviderV1WebhookRequest } from '../spec/payment-provider/v1/payment-provider-v1-webhook-event';
import type { BillingContext } from './billing-context';
import { composeMessage, parseQuickReplyButtonId } from './compose-message';
import { enqueueSend } from './enqueue-send';
import { ensurePaymentLinks } from './ensure-payment-links';
import { messageRecordFor } from './message-record-for';
import { fromStoredPayload, type OutboxPayload } from './outbox-payload';
import { readReplyIntent } from './reply-intent';
import { updateInvoice } from './update-invoice';

/** What cobro made of one event of a channel webhook. */
export interface ChannelEventResult {
  /** The event's type. */
  readonly type: MessagingChannelV1WebhookEvent['type'];
  /** For inbound messages: what cobro read and did (`opt-out`, `balance`, `promise`, `already-paid`, `pay-on-date`, `talk-to-someone`, `other`, `unknown-sender`, `group`, `duplicate`). */
  readonly intent?: string;
  /** The customer, when identified. */
  readonly customerId?: string;
}

const holdAfterAlreadyPaidDays = 3;

/**
 * Verifies a channel webhook (nothing is parsed before the signature checks out) and handles each event: statuses
 * update the message log and settle ambiguous sends; replies are acted on (opt-out, balance, promise to pay, the
 * reminder buttons) and everything else reaches the app as `inbound.message`. Nothing is ever sent to a group.
 *
 * @throws WebhookVerificationError when the signature is missing or wrong.
 */
export async function handleChannelWebhook(
  context: BillingContext,
  request: PaymentProviderV1WebhookRequest,
): Promise<ChannelEventResult[]> {
  const events = await context.channel.parseWebhook(request);
  const results: ChannelEventResult[] = [];
  for (const event of events) results.push(await handleChannelEvent(context, event));
  return results;
}

/** Handles one parsed channel event (for apps that verify and parse deliveries themselves). */
export async function handleChannelEvent(
  context: BillingContext,
  event: MessagingChannelV1WebhookEvent,
): Promise<ChannelEventResult> {
  switch (event.type) {
    case 'message-status':
      return handleStatus(context, event);
    case 'inbound-text':
    case 'inbound-button-reply':
    case 'inbound-media':
      return handleInbound(context, event);
    default:
      return { type: event.type };
  }
}

async function handleStatus(
  context: BillingContext,
  event: Extract<MessagingChannelV1WebhookEvent, { type: 'message-status' }>,
): Promise<ChannelEventResult> {
  const { store } = context;
  const entry = event.reference ? await store.getOutbox(event.reference) : undefined;
  const unsettled = entry?.state === 'ambiguous' || entry?.state === 'sending';
  if (entry && unsettled && event.status !== 'failed') {
    // Evidence about this very message: the channel took it. Whether its worker died after the call (ambiguous) or
    // has not written back yet (sending), it went out: record it as sent, never send it again.
    const payload = fromStoredPayload(entry.payload);
    const resolved = await store.resolveOutbox(entry.key, {
      state: 'sent',
      channelMessageId: event.messageId,
      at: event.occurredAt,
    });
    if (resolved) await settledByStatus(context, entry, payload, event.messageId, event.occurredAt);
  }
  if (event.status === 'played') return { type: event.type };
  const record = await store.updateMessageStatus({
    channelMessageId: event.messageId,
    status: event.status,
    at: event.occurredAt,
    ...(event.error ? { error: { code: event.error.code, message: event.error.title } } : {}),
  });
  context.events.emit('message.status', {
    channelMessageId: event.messageId,
    status: event.status,
    ...(record?.customerId ? { customerId: record.customerId } : {}),
    ...(record?.invoiceId ? { invoiceId: record.invoiceId } : {}),
    at: event.occurredAt,
  });
  return { type: event.type, ...(record ? { customerId: record.customerId } : {}) };
}

/** Logs and audits a send that a status webhook proved went out, and has the customer planned again. */
async function settledByStatus(
  context: BillingContext,
  entry: BillingStoreV1OutboxEntry,
  payload: OutboxPayload,
  channelMessageId: string,
  at: string,
): Promise<void> {
  const { store } = context;
  await store.appendMessage(messageRecordFor(context, entry, payload, channelMessageId, 'free-form', at));
  await store.appendAudit({
    at: context.now(),
    actor: 'system',
    action: 'message.reconciled',
    invoiceId: entry.invoiceId,
    customerId: entry.customerId,
    details: { outboxKey: entry.key, outcome: 'sent', channelMessageId },
  });
  // An invoice message settled here frees its reminders; the customer's next due instant may be now.
  await store.markCustomerDue(entry.customerId, context.now());
}

type InboundEvent = Extract<
  MessagingChannelV1WebhookEvent,
  { type: 'inbound-text' | 'inbound-button-reply' | 'inbound-media' }
>;

async function handleInbound(context: BillingContext, event: InboundEvent): Promise<ChannelEventResult> {
  const { store } = context;
  const now = context.now();
  const result = (intent: string, customer?: Customer): ChannelEventResult => {
    context.events.emit('inbound.message', {
      ...(customer ? { customerId: customer.id } : {}),
      channelMessageId: event.messageId,
      kind: event.type,
      ...(event.type === 'inbound-text' ? { text: event.text } : {}),
      ...(event.type === 'inbound-button-reply' ? { text: event.label } : {}),
      intent,
      receivedAt: event.occurredAt,
    });
    return { type: event.type, intent, ...(customer ? { customerId: customer.id } : {}) };
  };
  if (event.from.groupId) return result('group');
  const { stored } = await store.rememberIdempotencyKey(`inbound:${event.messageId}`, true, { now });
  if (!stored) return { type: event.type, intent: 'duplicate' };
  const customer = await findSender(context, event);
  if (!customer) return result('unknown-sender');
  // The 24-hour window lives in the store, so every process sends free-form or template alike.
  await store.recordInbound(customer.id, event.occurredAt);
  await store.appendMessage({
    id: `in:${event.messageId}`,
    direction: 'inbound',
    customerId: customer.id,
    channel: context.channel.channel,
    channelMessageId: event.messageId,
    kind: event.type,
    status: 'received',
    createdAt: event.occurredAt,
    statusAt: event.occurredAt,
    ...(event.type === 'inbound-text' ? { text: event.text } : {}),
    ...(event.type === 'inbound-button-reply' ? { text: event.label } : {}),
  });
  const open = await store.listInvoices({ customerId: customer.id, statuses: ['open', 'partially_paid'] });
  const byDue = [...open].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const reply = (key: MessageKey, invoices: readonly Invoice[], kind: 'reply' | 'opt-out-confirmation' = 'reply') =>
    answer(context, customer, event.messageId, key, invoices, kind);

  if (event.type === 'inbound-button-reply') {
    const button = parseQuickReplyButtonId(event.buttonId) ?? labelToReply(context, event.buttonId, event.label);
    const invoice = open.find((each) => each.id === button?.invoiceId) ?? byDue[0];
    if (button?.reply === 'already-paid' && invoice) {
      const today = calendarDateAt(now, invoice.businessTimeZone);
      const hold = new Date(Date.parse(`${today}T00:00:00Z`) + holdAfterAlreadyPaidDays * 86_400_000)
        .toISOString()
        .slice(0, 10);
      await promise(context, customer, invoice, hold, 'customer-says-paid');
      await reply('reply-acknowledged', [invoice]);
      return result('already-paid', customer);
    }
    if (button?.reply === 'pay-on-date' && invoice) {
      await reply('promise-date-requested', [invoice]);
      return result('pay-on-date', customer);
    }
    if (button?.reply === 'talk-to-someone') {
      await reply('reply-acknowledged', invoice ? [invoice] : []);
      return result('talk-to-someone', customer);
    }
    return result('other', customer);
  }
  if (event.type === 'inbound-media') return result('media', customer);

  const asked = await awaitingDateFor(context, customer);
  const primary = open.find((each) => each.id === asked) ?? byDue[0];
  const intent = readReplyIntent(event.text, {
    today: calendarDateAt(now, customer.timeZone),
    locale: customer.locale,
    expectingDate: asked !== undefined,
  });
  if (intent.kind === 'opt-out') {
    const updated = recordOptOut(customer, { at: event.occurredAt, source: 'whatsapp-reply', evidence: event.text });
    await store.putCustomer(updated);
    await store.appendAudit({
      at: now,
      actor: 'customer',
      action: 'customer.opted-out',
      customerId: customer.id,
      details: { evidence: event.text, channelMessageId: event.messageId },
    });
    if (updated.optOut) context.events.emit('customer.opted-out', { customerId: customer.id, optOut: updated.optOut });
    await answer(context, updated, event.messageId, 'opt-out-confirmed', byDue.slice(0, 1), 'opt-out-confirmation');
    return result('opt-out', updated);
  }
  if (intent.kind === 'balance') {
    if (byDue.length === 0) await reply('reply-acknowledged', []);
    else await reply('statement', byDue);
    return result('balance', customer);
  }
  if (intent.kind === 'promise' && primary) {
    await promise(context, customer, primary, intent.date, 'whatsapp-reply');
    const updated = (await store.getInvoice(primary.id)) ?? primary;
    await reply('promise-confirmed', [updated]);
    return result('promise', customer);
  }
  return result('other', customer);
}

async function answer(
  context: BillingContext,
  customer: Customer,
  inboundMessageId: string,
  key: MessageKey,
  invoices: readonly Invoice[],
  kind: 'reply' | 'opt-out-confirmation',
): Promise<void> {
  const margin = context.options.linkRenewalMarginMs ?? 2 * 86_400_000;
  const withLinks = key === 'statement' || key === 'promise-date-requested';
  const links = new Map(
    await Promise.all(
      invoices.map(
        async (invoice) =>
          [
            invoice.id,
            withLinks ? await ensurePaymentLinks(context, invoice, customer, Date.parse(context.now()) + margin) : [],
          ] as const,
      ),
    ),
  );
  const payload = composeMessage(context, { key, contactKind: kind, customer, invoices, links, at: context.now() });
  await enqueueSend(context, {
    invoiceId: invoices[0]?.id ?? `customer:${customer.id}`,
    stage: `reply:${inboundMessageId}`,
    customerId: customer.id,
    payload,
  });
}

async function promise(
  context: BillingContext,
  customer: Customer,
  invoice: Invoice,
  date: string,
  source: string,
): Promise<void> {
  const recorded = { date, recordedAt: context.now(), source };
  const { invoice: updated } = await updateInvoice(context, invoice.id, (current) => ({
    invoice: recordPromiseToPay(current, recorded),
  }));
  await context.store.appendAudit({
    at: context.now(),
    actor: 'customer',
    action: 'promise.recorded',
    invoiceId: invoice.id,
    customerId: customer.id,
    details: { date, source },
  });
  if (updated.promiseToPay)
    context.events.emit('promise.recorded', {
      customerId: customer.id,
      invoiceId: invoice.id,
      promise: updated.promiseToPay,
    });
}

/** The invoice cobro asked this customer a payment date for in the last 24 hours, if that was its last message. */
async function awaitingDateFor(context: BillingContext, customer: Customer): Promise<string | undefined> {
  const since = new Date(Date.parse(context.now()) - 86_400_000).toISOString();
  const recent = await context.store.listMessages({ customerId: customer.id, direction: 'outbound', since });
  const last = recent.at(-1);
  return last?.messageKey === 'promise-date-requested' ? last.invoiceId : undefined;
}

async function findSender(context: BillingContext, event: InboundEvent): Promise<Customer | undefined> {
  const { userId, phone } = event.from;
  if (userId) {
    const [match] = await context.store.listCustomers({ whatsappUserId: userId, limit: 1 });
    if (match) return match;
  }
  if (!phone) return undefined;
  const normalized = normalizePhoneNumber(phone.startsWith('+') ? phone : `+${phone}`);
  if (!normalized.ok) return undefined;
  const [match] = await context.store.listCustomers({ phone: normalized.e164, limit: 1 });
  return match;
}

/** A template's quick-reply button comes back with its label as payload: read it in any catalogue language. */
function labelToReply(
  context: BillingContext,
  payload: string,
  label: string,
): { reply: string; invoiceId: string } | undefined {
  for (const locale of Object.keys(context.catalogs)) {
    const labels = catalogFor(locale, context.catalogs).quickReplyLabels;
    for (const [reply, text] of Object.entries(labels))
      if (text === payload || text === label) return { reply, invoiceId: '' };
  }
  return undefined;
}
