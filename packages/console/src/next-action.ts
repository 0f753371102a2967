import {
  addDays,
  type BillingStoreV1OutboxEntry,
  type ContactAttempt,
  type Customer,
  calendarDateAt,
  checkContact,
  type Invoice,
  loadHolidays,
  planCustomerReminders,
  type ReminderPlan,
  type ResolvedReminderPolicy,
  resolvePolicy,
} from '@cobro/core';
import type { ConsoleContext } from './console-context';
import { contactHistory, payloadOf } from './contact-history';
import { hasCustomerDispute, pausedBy } from './reminder-pause';

/** Why the next action waits: the gate's reason, the preset (or `policy`) whose rule it is, and until when. */
export interface Hold {
  readonly reason: string;
  readonly rule: string;
  readonly until?: string;
}

/** What cobro will do next about an invoice, and what holds it. */
export interface NextAction {
  /** What: a stage of the outbox (`invoice-sent`) or a reminder's message key; absent when nothing is planned. */
  readonly what?: string;
  /** When it may go out. */
  readonly at?: string;
  /** On the customer's wall clock. */
  readonly localTime?: string;
  readonly hold?: Hold;
}

/** A customer's planning state: the resolved policy, history, plan and outbox, shared by the views. */
export interface CustomerPlan {
  readonly policy: ResolvedReminderPolicy;
  readonly history: readonly ContactAttempt[];
  readonly plan: ReminderPlan;
  readonly outbox: readonly BillingStoreV1OutboxEntry[];
}

/** Plans a customer's open invoices with the public planner, exactly as the runtime would at `now`. */
export async function planCustomer(
  context: ConsoleContext,
  customer: Customer,
  invoices: readonly Invoice[],
): Promise<CustomerPlan> {
  const policy = 'ruleSources' in context.policy ? context.policy : resolvePolicy({ policy: context.policy, customer });
  const outbox = await context.store.listOutbox({ customerId: customer.id });
  const history = contactHistory(outbox);
  // The planner and the gate are synchronous; the customer's holiday table is a module loaded on first use.
  await loadHolidays(customer.country);
  const plan = planCustomerReminders({ customer, policy, history, now: context.now, invoices });
  return { policy, history, plan, outbox };
}

const collectable = (invoice: Invoice) => invoice.status === 'open' || invoice.status === 'partially_paid';

/** The next action for one invoice of a planned customer. */
export function nextActionFor(
  context: ConsoleContext,
  customer: Customer,
  invoice: Invoice,
  planned: CustomerPlan,
): NextAction {
  if (!collectable(invoice)) return {};
  const by = pausedBy(invoice);
  if (by !== undefined) return { hold: { reason: 'paused', rule: `console (by ${by})` } };
  if (hasCustomerDispute(invoice)) return { hold: { reason: 'dispute', rule: 'policy' } };
  const pending = planned.outbox.find(
    (entry) => entry.state === 'pending' && (payloadOf(entry).invoiceIds ?? [entry.invoiceId]).includes(invoice.id),
  );
  const reminder = planned.plan.reminders.find((each) => each.invoiceId === invoice.id);
  const next = pending
    ? { what: pending.stage, at: pending.notBefore ?? pending.updatedAt }
    : reminder
      ? { what: reminder.messageKey, at: reminder.sendAt, localTime: reminder.localSendTime }
      : undefined;
  // A reminder whose stage date has not come yet is scheduled, not held: only one that is due and still waits is.
  const today = calendarDateAt(context.now.toISOString(), invoice.businessTimeZone);
  if (!pending && reminder && reminder.stageDate > today) return next ?? {};
  if (next === undefined) {
    const promise = planned.plan.skipped.find(
      (each) => each.reason === 'promise-to-pay' && each.slotKey.startsWith(`${invoice.id}:`),
    );
    if (promise && invoice.promiseToPay)
      return {
        hold: {
          reason: 'promise-to-pay',
          rule: 'policy',
          until: addDays(invoice.promiseToPay.date, planned.policy.promiseGraceDays),
        },
      };
    // With nothing planned, only a refusal that stops every message (opt-out, no consent) is worth naming.
    const refusal = checkContact({ customer, policy: planned.policy, history: planned.history, at: context.now });
    return refusal.allowed || (refusal.reason !== 'opted-out' && refusal.reason !== 'no-consent')
      ? {}
      : { hold: { reason: refusal.reason, rule: refusal.rule } };
  }
  const decision = checkContact({
    customer,
    policy: planned.policy,
    history: planned.history,
    at: context.now,
    invoiceIds: [invoice.id],
  });
  if (decision.allowed) return next;
  // The planner already rolled a due reminder forward to its first lawful slot: that slot is when the hold ends.
  const until = reminder && !pending ? reminder.sendAt : (decision.nextAllowedAt ?? next.at);
  return { ...next, hold: { reason: decision.reason, rule: decision.rule, until } };
}
