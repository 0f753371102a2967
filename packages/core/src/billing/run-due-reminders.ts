import { calendarDateAt } from '../model/calendar-date';
import type { Customer } from '../model/customer';
import type { Invoice } from '../model/invoice';
import { isPromiseBroken } from '../model/invoice-transitions';
import { type PlannedMessage, planCustomerReminders } from '../policy/plan-reminders';
import type { BillingContext } from './billing-context';
import { composeMessage } from './compose-message';
import { contactHistoryFromOutbox } from './contact-history-from-outbox';
import { enqueueSend } from './enqueue-send';
import { ensurePaymentLinks } from './ensure-payment-links';
import { forEachConcurrently } from './for-each-concurrently';
import { type ReconcileResult, reconcileOutbox } from './reconcile-outbox';
import { type SendOutcome, sendOutboxEntry } from './send-outbox-entry';

/** What one run of `billing.runDueReminders()` did. */
export interface RunDueRemindersResult {
  /** Every send attempted in this run (planned now, or pending from before), with how it ended. */
  readonly outcomes: readonly SendOutcome[];
  /** How many went out. */
  readonly sent: number;
  /** Sends with an unknown outcome settled at the start of the run. */
  readonly reconciled: ReconcileResult;
  /** Customers another worker was already handling. */
  readonly customersSkipped: number;
}

const page = 1_000;

/**
 * Plans, gates, renders, sends and records every reminder due at the context's instant. Safe to run from several
 * workers at once: each customer is planned under a claim, each send is one outbox entry taken under a lease, and
 * pending sends left by an earlier run (a crash, a retry after a 5xx, a slot outside the window) go out here too.
 */
export async function runDueReminders(context: BillingContext): Promise<RunDueRemindersResult> {
  const { store } = context;
  const reconciled = await reconcileOutbox(context);
  const outcomes: SendOutcome[] = [];
  let customersSkipped = 0;
  let afterId: string | undefined;
  let batch: Invoice[] = [];
  const flush = async (customerId: string, invoices: Invoice[]) => {
    const done = await remindCustomer(context, customerId, invoices);
    if (done === undefined) customersSkipped++;
    else outcomes.push(...done);
  };
  // Invoices come in id order, not grouped by customer: group the open ones per customer across pages.
  const byCustomer = new Map<string, Invoice[]>();
  do {
    batch = [
      ...(await store.listInvoices({
        statuses: ['open', 'partially_paid'],
        limit: page,
        ...(afterId ? { afterId } : {}),
      })),
    ];
    for (const invoice of batch) {
      const list = byCustomer.get(invoice.customerId) ?? [];
      list.push(invoice);
      byCustomer.set(invoice.customerId, list);
    }
    afterId = batch.at(-1)?.id;
  } while (batch.length === page);
  const concurrency = context.options.concurrency ?? 16;
  await forEachConcurrently(byCustomer, concurrency, ([customerId, invoices]) => flush(customerId, invoices));

  const now = context.now();
  const attempted = new Set(outcomes.filter((outcome) => outcome.state !== 'scheduled').map((outcome) => outcome.key));
  const pending = (await store.listOutbox({ states: ['pending'] })).filter(
    (entry) => !(entry.notBefore && entry.notBefore > now) && !attempted.has(entry.key),
  );
  await forEachConcurrently(pending, concurrency, async (entry) => {
    outcomes.push(await sendOutboxEntry(context, entry.key));
  });
  return {
    outcomes,
    sent: outcomes.filter((outcome) => outcome.state === 'sent').length,
    reconciled,
    customersSkipped,
  };
}

async function remindCustomer(
  context: BillingContext,
  customerId: string,
  invoices: readonly Invoice[],
): Promise<SendOutcome[] | undefined> {
  const { store, owner } = context;
  const now = context.now();
  const claimKey = `reminders:${customerId}`;
  if (!(await store.claim(claimKey, owner, context.sendLeaseMs, now))) return undefined;
  try {
    const customer = await store.getCustomer(customerId);
    if (!customer) return [];
    for (const invoice of invoices) await notePromiseBroken(context, customer, invoice);
    const history = contactHistoryFromOutbox(await store.listOutbox({ customerId }));
    const plan = planCustomerReminders({ customer, invoices, policy: context.policy, history, now, horizon: now });
    await noteSkipped(context, customer, plan.skipped);
    const outcomes: SendOutcome[] = [];
    for (const message of plan.messages) {
      if (message.sendAt > now) break;
      outcomes.push(await sendReminder(context, customer, invoices, message));
    }
    return outcomes;
  } finally {
    await store.release(claimKey, owner);
  }
}

async function sendReminder(
  context: BillingContext,
  customer: Customer,
  invoices: readonly Invoice[],
  message: PlannedMessage,
): Promise<SendOutcome> {
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
          [invoice.id, await ensurePaymentLinks(context, invoice, customer, Date.parse(now) + margin)] as const,
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
  return enqueueSend(context, {
    invoiceId: invoice.id,
    stage: `reminder:${slotKeys.join('+')}`,
    customerId: customer.id,
    payload,
  });
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
