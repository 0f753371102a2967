import { calendarDateAt } from '../model/calendar-date';
import type { Customer } from '../model/customer';
import type { Invoice } from '../model/invoice';
import { isPromiseBroken } from '../model/invoice-transitions';
import { loadHolidays } from '../policy/holiday-calendar';
import { type PlannedMessage, planCustomerReminders } from '../policy/plan-reminders';
import type { BillingStoreV1DueCustomer } from '../spec/billing-store/v1/billing-store-v1-due-customer';
import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import type { BillingStoreV1PaymentLinkRecord } from '../spec/billing-store/v1/billing-store-v1-payment-link-record';
import type { BillingStoreV1SettleDueOptions } from '../spec/billing-store/v1/billing-store-v1-settle-due-options';
import { createOutboxKey } from '../store/outbox-key';
import type { BillingContext } from './billing-context';
import { composeMessage } from './compose-message';
import { contactHistoryFromOutbox } from './contact-history-from-outbox';
import { type CustomerSendState, historyWindowMs, sendStateOf } from './customer-send-state';
import { enqueueSend } from './enqueue-send';
import { ensurePaymentLinks } from './ensure-payment-links';
import type { WorkReader } from './page-of-customers';
import { type SendOutcome, sendOutboxEntry, waitForSlot } from './send-outbox-entry';

// How far ahead a drain looks for the customer's next reminder; with nothing planned in it, it looks again then.
const lookaheadMs = 7 * 86_400_000;
// A drain that failed (a store or provider outage) tries the customer again after this.
const retryMs = 60_000;

/**
 * Everything due for one claimed customer, as one ordered queue: first what waits in the outbox (the invoice message,
 * replies, confirmations, retries), oldest first, then the reminders the planner adds, each through the contact gate
 * with the whole history, so a reminder never overtakes an invoice message and the gap and caps count every send.
 * Reminders of an invoice wait until its invoice message went out. Hands the customer back with the next instant
 * anything may be due.
 */
export async function drainCustomer(
  context: BillingContext,
  due: BillingStoreV1DueCustomer,
  options: DrainOptions = {},
): Promise<SendOutcome[]> {
  // One drain of a customer at a time in this process: a second one waits for the first, then reads the work afresh
  // (what the run read before the wait is stale by then).
  const before = context.draining.get(due.customerId);
  const drain = before
    ? before.then(
        () => drainClaimed(context, due, { settle: options.settle }),
        () => drainClaimed(context, due, { settle: options.settle }),
      )
    : drainClaimed(context, due, options);
  context.draining.set(due.customerId, drain);
  try {
    return await drain;
  } finally {
    if (context.draining.get(due.customerId) === drain) context.draining.delete(due.customerId);
  }
}

async function drainClaimed(
  context: BillingContext,
  due: BillingStoreV1DueCustomer,
  options: DrainOptions,
): Promise<SendOutcome[]> {
  const { store } = context;
  const now = context.now();
  const outcomes: SendOutcome[] = [];
  let nextDueAt: string | undefined;
  try {
    const since = new Date(Date.parse(now) - historyWindowMs).toISOString();
    const work = options.work
      ? await options.work()
      : await store.getCustomerWork(due.customerId, { outboxSince: since });
    if (work) {
      const state = sendStateOf(work);
      // Its holiday table is a module of its own, imported the first time a customer of that country is planned.
      await loadHolidays(state.customer.country);
      for (const invoice of work.invoices) await notePromiseBroken(context, state.customer, invoice);
      for (const entry of waitingInOrder(state, now)) {
        // A document follows its invoice message, never goes before it.
        if (entry.stage === 'invoice-document' && !invoiceMessageWentOut(state, entry.invoiceId)) continue;
        outcomes.push(await sendOutboxEntry(context, entry.key, state));
      }
      const plannable = work.invoices.filter((invoice) => invoiceMessageWentOut(state, invoice.id));
      const plan = planCustomerReminders({
        customer: state.customer,
        invoices: plannable,
        policy: context.policy,
        history: contactHistoryFromOutbox([...state.entries.values()]),
        now,
        horizon: now,
      });
      await noteSkipped(context, state.customer, plan.skipped);
      for (const message of plan.messages) {
        if (message.sendAt > now) break;
        outcomes.push(await sendReminder(context, state, work.invoices, work.paymentLinks, message));
      }
      nextDueAt = nextDueOf(context, state, plannable, now);
    }
  } catch (error) {
    // Handed back to be tried again shortly; the run reports the failure (a store or provider outage).
    nextDueAt = new Date(Date.parse(now) + retryMs).toISOString();
    throw error;
  } finally {
    const settle = {
      customerId: due.customerId,
      owner: context.owner,
      dueSequence: due.dueSequence,
      ...(nextDueAt ? { nextDueAt } : {}),
    };
    if (options.settle) await options.settle(settle);
    else await store.settleDueCustomer(settle);
  }
  return outcomes;
}

/** How a run hands a drain what it batches across customers. */
export interface DrainOptions {
  /** Reads the customer's work (a run reads a few customers' at once); `store.getCustomerWork` when absent. */
  readonly work?: WorkReader | undefined;
  /** Hands the customer back (a run settles its page in one call); `store.settleDueCustomer` when absent. */
  readonly settle?: (settle: BillingStoreV1SettleDueOptions) => Promise<void>;
}

// Sends that follow another one enqueued with them: the document after its invoice, the order card after the thanks.
const followUps = ['invoice-document', 'order-status:'];

/** The customer's sends waiting in the outbox and due, oldest first; a message before the follow-ups it came with. */
function waitingInOrder(state: CustomerSendState, now: string): BillingStoreV1OutboxEntry[] {
  const rank = (entry: BillingStoreV1OutboxEntry) => (followUps.some((stage) => entry.stage.startsWith(stage)) ? 1 : 0);
  return [...state.entries.values()]
    .filter((entry) => entry.state === 'pending' && (entry.notBefore === undefined || entry.notBefore <= now))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || rank(a) - rank(b) || (a.key < b.key ? -1 : 1));
}

/** True unless the invoice has an invoice message that has not gone out (yet). */
function invoiceMessageWentOut(state: CustomerSendState, invoiceId: string): boolean {
  for (const entry of state.entries.values())
    if (entry.invoiceId === invoiceId && entry.stage === 'invoice-sent') return entry.state === 'sent';
  return true;
}

/** The earliest of: a waiting send's `notBefore`, the next planned reminder, or a look again after the lookahead. */
function nextDueOf(
  context: BillingContext,
  state: CustomerSendState,
  plannable: readonly Invoice[],
  now: string,
): string | undefined {
  let next: string | undefined;
  const consider = (at: string) => {
    if (next === undefined || at < next) next = at;
  };
  for (const entry of state.entries.values()) {
    if (entry.state !== 'pending') continue;
    // A pending entry this drain could not take (another worker held it) is looked at again shortly.
    consider(
      entry.notBefore && entry.notBefore > now ? entry.notBefore : new Date(Date.parse(now) + retryMs).toISOString(),
    );
  }
  if (plannable.length > 0 && !state.customer.optOut) {
    const horizon = new Date(Date.parse(now) + lookaheadMs).toISOString();
    const ahead = planCustomerReminders({
      customer: state.customer,
      invoices: plannable,
      policy: context.policy,
      history: contactHistoryFromOutbox([...state.entries.values()]),
      now,
      horizon,
    });
    consider(ahead.messages.find((message) => message.sendAt > now)?.sendAt ?? horizon);
  }
  return next;
}

async function sendReminder(
  context: BillingContext,
  state: CustomerSendState,
  invoices: readonly Invoice[],
  paymentLinks: readonly BillingStoreV1PaymentLinkRecord[],
  message: PlannedMessage,
): Promise<SendOutcome> {
  const { customer } = state;
  const now = context.now();
  const ids = [...new Set(message.reminders.map((reminder) => reminder.invoiceId))];
  // Oldest due first: the message's payment button is the first invoice's link.
  const covered = ids
    .map((id) => invoices.find((invoice) => invoice.id === id))
    .filter((each) => each !== undefined)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const margin = context.options.linkRenewalMarginMs ?? 2 * 86_400_000;
  const links = new Map(
    await Promise.all(
      covered.map(
        async (invoice) =>
          [
            invoice.id,
            await ensurePaymentLinks(
              context,
              invoice,
              customer,
              Date.parse(now) + margin,
              paymentLinks.filter((link) => link.invoiceId === invoice.id),
            ),
          ] as const,
      ),
    ),
  );
  const invoice = covered[0];
  const first = message.reminders.find((reminder) => reminder.invoiceId === invoice?.id);
  if (!first || !invoice) throw new Error('A planned message without reminders.');
  const installmentIndex = invoice.installments.findIndex((each) => each.id === first.installmentId);
  const slotKeys = message.reminders.map((reminder) => reminder.slotKey);
  const payload = composeMessage(context, {
    key: message.messageKey,
    contactKind: 'reminder',
    customer,
    invoices: covered,
    links,
    at: now,
    slotKeys,
    ...(message.messageKey === 'installment-due' && installmentIndex >= 0
      ? {
          installment: {
            number: installmentIndex + 1,
            count: invoice.installments.length,
            amount: first.amountDue,
            dueDate: first.dueDate,
          },
        }
      : {}),
  });
  const key = createOutboxKey(invoice.id, `reminder:${slotKeys.join('+')}`);
  // Enqueued and taken for sending in one write, once a send slot is in hand; without one it just waits queued.
  const unavailable = await waitForSlot(context, key);
  if (!unavailable) await context.options.beforeSendStep?.('begin', key);
  const queued = await enqueueSend(context, {
    invoiceId: invoice.id,
    stage: `reminder:${slotKeys.join('+')}`,
    customerId: customer.id,
    payload,
    claimed: true,
    begin: !unavailable,
  });
  state.entries.set(queued.key, queued.entry);
  if (unavailable) return unavailable;
  // Taken in the same write when new; an entry enqueued before (another worker, a crash) goes the usual way.
  const taken = queued.entry.state === 'sending' && queued.entry.owner === context.owner;
  return sendOutboxEntry(context, queued.key, state, taken ? queued.entry : undefined);
}

/** Emits `reminder.skipped` once per slot the planner gave up on (not for slots sent or superseded: that is routine). */
async function noteSkipped(
  context: BillingContext,
  customer: Customer,
  skipped: ReturnType<typeof planCustomerReminders>['skipped'],
): Promise<void> {
  for (const slot of skipped) {
    if (slot.reason === 'already-sent' || slot.reason === 'superseded' || slot.reason === 'promise-to-pay') continue;
    const { stored } = await context.store.rememberIdempotencyKey(`skipped:${slot.slotKey}`, slot.reason, {
      now: context.now(),
    });
    if (!stored) continue;
    const invoiceId = slot.slotKey.split(':').slice(0, -2).join(':');
    await context.store.appendAudit({
      at: context.now(),
      actor: 'system',
      action: 'reminder.skipped',
      invoiceId,
      customerId: customer.id,
      details: { slot: slot.slotKey, reason: slot.reason },
    });
    context.events.emit('reminder.skipped', {
      customerId: customer.id,
      invoiceId,
      stage: slot.slotKey,
      reason: slot.reason,
      at: context.now(),
    });
  }
}

async function notePromiseBroken(context: BillingContext, customer: Customer, invoice: Invoice): Promise<void> {
  const promise = invoice.promiseToPay;
  if (!promise || !isPromiseBroken(invoice, calendarDateAt(context.now(), invoice.businessTimeZone))) return;
  const { stored } = await context.store.rememberIdempotencyKey(`promise-broken:${invoice.id}:${promise.date}`, true, {
    now: context.now(),
  });
  if (!stored) return;
  await context.store.appendAudit({
    at: context.now(),
    actor: 'system',
    action: 'promise.broken',
    invoiceId: invoice.id,
    customerId: customer.id,
    details: { promiseDate: promise.date },
  });
  context.events.emit('promise.broken', { customerId: customer.id, invoiceId: invoice.id, promise });
}

/**
 * Drains one customer now if nobody else is (after `sendInvoice`): the same ordered queue as a run, so a send made
 * here is gated with the same history. Empty when another worker holds the customer: its drain, or the next run,
 * sends what was queued.
 */
export async function drainCustomerNow(context: BillingContext, customerId: string): Promise<SendOutcome[]> {
  const [due] = await context.store.claimDueCustomers({
    owner: context.owner,
    now: context.now(),
    leaseMs: context.sendLeaseMs,
    limit: 1,
    customerIds: [customerId],
  });
  return due ? drainCustomer(context, due) : [];
}
