import type { Customer } from '../model/customer';
import type { CalendarDate } from '../model/time';
import type { ContactAttempt } from './contact-history';
import { holidayType } from './holiday-calendar';
import type { PolicyRuleName, ResolvedReminderPolicy } from './jurisdiction-preset';
import { instantOf, localFields, parseClock, shiftDate, startOfDay } from './local-time';
import type { SendWindow, Weekday } from './reminder-policy';

/** Why the contact gate refused a send. */
export type ContactRefusalReason =
  | 'opted-out'
  | 'no-consent'
  | 'closed-day'
  | 'holiday'
  | 'closure'
  | 'outside-window'
  | 'minimum-gap'
  | 'cap-customer-day'
  | 'cap-customer-week'
  | 'cap-customer-month'
  | 'cap-invoice'
  | 'cap-invoice-week'
  | 'cap-invoice-month';

/** @internal The policy rule behind each refusal, to name the preset that set it. */
export const ruleOfReason: Readonly<Record<ContactRefusalReason, PolicyRuleName>> = {
  'opted-out': 'requireOptIn',
  'no-consent': 'requireOptIn',
  'closed-day': 'allowedWeekdays',
  holiday: 'holidays',
  closure: 'holidays',
  'outside-window': 'window',
  'minimum-gap': 'minimumGapMinutes',
  'cap-customer-day': 'caps.perCustomerPerDay',
  'cap-customer-week': 'caps.perCustomerPerWeek',
  'cap-customer-month': 'caps.perCustomerPerMonth',
  'cap-invoice': 'caps.perInvoice',
  'cap-invoice-week': 'caps.perInvoicePerWeek',
  'cap-invoice-month': 'caps.perInvoicePerMonth',
};

const minute = 60_000;
const day = 24 * 60 * minute;

// Business-initiated collection messages count against caps and the gap; answers to the customer (receipts,
// promise and opt-out confirmations) do not.
const countedKinds: ReadonlySet<ContactAttempt['kind']> = new Set(['invoice', 'reminder', 'statement']);

/** @internal Precomputed view of a resolved policy for one customer: the hot path of planning and gating. */
export interface ContactRules {
  readonly policy: ResolvedReminderPolicy;
  readonly customer: Customer;
  /** Reminders already made (or planned) to this customer, oldest first. */
  readonly counted: ContactAttempt[];
  readonly countedAt: number[];
  /** Why each local day is closed (null: open), filled as days are asked about. */
  readonly closedDays: Map<CalendarDate, 'closed-day' | 'holiday' | 'closure' | null>;
}

/** @internal */
export function createContactRules(
  policy: ResolvedReminderPolicy,
  customer: Customer,
  history: readonly ContactAttempt[],
): ContactRules {
  const counted = history
    .filter((attempt) => countedKinds.has(attempt.kind) && attempt.customerId === customer.id)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    policy,
    customer,
    counted,
    countedAt: counted.map((attempt) => Date.parse(attempt.at)),
    closedDays: new Map(),
  };
}

/** @internal Records a planned send so later candidates respect caps and the gap (`at`: its instant, if known). */
export function countAttempt(rules: ContactRules, attempt: ContactAttempt, at = Date.parse(attempt.at)): void {
  let index = rules.countedAt.length;
  while (index > 0 && (rules.countedAt[index - 1] ?? 0) > at) index--;
  rules.counted.splice(index, 0, attempt);
  rules.countedAt.splice(index, 0, at);
}

// Each policy's windows, parsed once: index 1–7 by ISO weekday.
const parsedWindows = new WeakMap<ResolvedReminderPolicy, readonly { start: number; end: number }[]>();

/** @internal The window for a weekday, in minutes since midnight. */
export function windowFor(policy: ResolvedReminderPolicy, weekday: Weekday): { start: number; end: number } {
  let windows = parsedWindows.get(policy);
  if (!windows) {
    windows = [1, 1, 2, 3, 4, 5, 6, 7].map((day) => {
      const window: SendWindow = policy.windowsByWeekday[day as Weekday] ?? policy.window;
      return { start: parseClock(window.start), end: parseClock(window.end) };
    });
    parsedWindows.set(policy, windows);
  }
  return windows[weekday] as { start: number; end: number };
}

/** @internal Why a local day is closed, or undefined when reminders may go out on it. */
export function closedDayReason(
  rules: ContactRules,
  date: CalendarDate,
  weekday: Weekday,
): 'closed-day' | 'holiday' | 'closure' | undefined {
  const known = rules.closedDays.get(date);
  if (known !== undefined) return known ?? undefined;
  const reason = closedDayReasonOf(rules, date, weekday);
  rules.closedDays.set(date, reason ?? null);
  return reason;
}

function closedDayReasonOf(
  rules: ContactRules,
  date: CalendarDate,
  weekday: Weekday,
): 'closed-day' | 'holiday' | 'closure' | undefined {
  const { policy, customer } = rules;
  if (!policy.allowedWeekdays.includes(weekday)) return 'closed-day';
  const window = windowFor(policy, weekday);
  if (window.end <= window.start) return 'closed-day';
  if (policy.holidays.closures.includes(date)) return 'closure';
  if (policy.holidays.publicHolidays || policy.holidays.bankHolidays) {
    const type = holidayType(date, customer.country, customer.subdivision);
    if (type === 'public' || (type === 'bank' && policy.holidays.bankHolidays)) return 'holiday';
  }
  return undefined;
}

/** @internal The time-of-day rule broken at `at`, if any. */
export function calendarRefusal(rules: ContactRules, at: number): ContactRefusalReason | undefined {
  const local = localFields(at, rules.customer.timeZone);
  const closed = closedDayReason(rules, local.date, local.weekday);
  if (closed) return closed;
  const window = windowFor(rules.policy, local.weekday);
  return local.minutes < window.start || local.minutes >= window.end ? 'outside-window' : undefined;
}

/** @internal A frequency rule broken at `at` and the instant it stops applying (Infinity: never). */
export function frequencyRefusal(
  rules: ContactRules,
  at: number,
  invoiceIds: readonly string[],
): { reason: ContactRefusalReason; until: number } | undefined {
  const { policy, countedAt } = rules;
  const gap = policy.minimumGapMinutes * minute;
  let gapUntil = 0;
  for (const sent of countedAt) if (Math.abs(sent - at) < gap) gapUntil = Math.max(gapUntil, sent + gap);
  if (gapUntil > 0) return { reason: 'minimum-gap', until: gapUntil };

  const zone = rules.customer.timeZone;
  const today = localFields(at, zone).date;
  let sameDay = 0;
  // A local date lasts at most 25 hours, so sends further away than two days cannot share it: skip the look-up.
  for (const sent of countedAt) {
    if (sent > at - 2 * day && sent <= at + day && localFields(sent, zone).date === today) sameDay++;
  }
  if (sameDay >= policy.caps.perCustomerPerDay) {
    return { reason: 'cap-customer-day', until: startOfDay(shiftDate(today, 1), zone) };
  }
  const week = rollingCapUntil(countedAt, at, 7 * day, policy.caps.perCustomerPerWeek);
  if (week) return { reason: 'cap-customer-week', until: week };
  const month = rollingCapUntil(countedAt, at, 30 * day, policy.caps.perCustomerPerMonth);
  if (month) return { reason: 'cap-customer-month', until: month };

  for (const invoiceId of invoiceIds) {
    const refusal = invoiceFrequencyRefusal(rules, at, invoiceId);
    if (refusal) return refusal;
  }
  return undefined;
}

/** @internal A per-invoice cap broken at `at`, and the instant it stops applying (Infinity: never). */
export function invoiceFrequencyRefusal(
  rules: ContactRules,
  at: number,
  invoiceId: string,
): { reason: ContactRefusalReason; until: number } | undefined {
  const { policy, counted, countedAt } = rules;
  const times: number[] = [];
  for (let index = 0; index < counted.length; index++) {
    if ((counted[index] as ContactAttempt).invoiceIds.includes(invoiceId)) times.push(countedAt[index] as number);
  }
  if (times.length >= policy.caps.perInvoice) return { reason: 'cap-invoice', until: Number.POSITIVE_INFINITY };
  const week = rollingCapUntil(times, at, 7 * day, policy.caps.perInvoicePerWeek);
  if (week) return { reason: 'cap-invoice-week', until: week };
  const month = rollingCapUntil(times, at, 30 * day, policy.caps.perInvoicePerMonth);
  if (month) return { reason: 'cap-invoice-month', until: month };
  return undefined;
}

/**
 * @internal When one more send at `at` would put more than `cap` sends (of `times`, sorted) inside some `span`: the
 * instant before which that stays so (Infinity: never), else 0. Sends after `at` count too: the history may hold
 * messages already planned (or sent by another worker) later than the one being checked, and a send slipped in
 * before them must not overfill their span.
 */
export function rollingCapUntil(times: readonly number[], at: number, span: number, cap: number): number {
  if (cap <= 0) return Number.POSITIVE_INFINITY;
  // Only sends less than a span away can share one with `at`; `near` stays sorted, with `at` at `index`.
  let first = 0;
  while (first < times.length && (times[first] as number) <= at - span) first++;
  let end = first;
  while (end < times.length && (times[end] as number) < at + span) end++;
  if (end - first < cap) return 0;
  let index = first;
  while (index < end && (times[index] as number) <= at) index++;
  const near = (position: number) =>
    position < index - first
      ? (times[first + position] as number)
      : position === index - first
        ? at
        : (times[first + position - 1] as number);
  const last = end - first;
  let until = 0;
  // Every run of cap + 1 consecutive sends that includes `at` must span at least `span`. A run too tight stays too
  // tight for any later instant before its first send other than `at` leaves the span.
  for (let start = Math.max(0, index - first - cap); start <= index - first && start + cap <= last; start++) {
    if (near(start + cap) - near(start) >= span) continue;
    const anchor = start === index - first ? near(start + 1) : near(start);
    until = Math.max(until, anchor + span);
  }
  return until;
}

/** @internal The first minute at or after `from` when a day is open and inside its window, aiming at `target` minutes. */
export function nextOpening(rules: ContactRules, from: number, target?: number): number | undefined {
  const zone = rules.customer.timeZone;
  const local = localFields(from, zone);
  for (let offset = 0; offset <= 400; offset++) {
    const date = offset === 0 ? local.date : shiftDate(local.date, offset);
    const weekday = (((local.weekday - 1 + offset) % 7) + 1) as Weekday;
    if (closedDayReason(rules, date, weekday)) continue;
    const window = windowFor(rules.policy, weekday);
    const aim = Math.min(Math.max(target ?? window.start, window.start), window.end - 1);
    if (offset === 0) {
      if (local.minutes >= window.end) continue;
      if (local.minutes >= aim) return Math.ceil(from / minute) * minute;
    }
    return instantOf(date, aim, zone);
  }
  return undefined;
}

/** @internal The first instant at or after `from` that passes the calendar rules (day, holiday, window) alone. */
export function nextCalendarSlot(rules: ContactRules, from: number, target?: number): number | undefined {
  return nextAllowedInstant(rules, from, [], target, false);
}

/**
 * @internal The first instant at or after `from` that passes every calendar and frequency rule for these
 * invoices, or undefined when none exists (a lifetime cap is reached, or no open day within 400 days).
 */
export function nextAllowedInstant(
  rules: ContactRules,
  from: number,
  invoiceIds: readonly string[],
  target?: number,
  checkFrequency = true,
): number | undefined {
  // Wait for the target time of the day rather than sending at the first open minute (planner only).
  const aim = (instant: number) => {
    if (target === undefined) return instant;
    const local = localFields(instant, rules.customer.timeZone);
    const window = windowFor(rules.policy, local.weekday);
    const wanted = Math.min(Math.max(target, window.start), window.end - 1);
    return local.minutes < wanted ? Math.max(instant, instantOf(local.date, wanted, rules.customer.timeZone)) : instant;
  };
  let at = aim(from);
  for (let step = 0; step < 1000; step++) {
    if (calendarRefusal(rules, at)) {
      const opening = nextOpening(rules, at, target);
      if (opening === undefined) return undefined;
      // A DST gap can resolve the wall-clock target outside the window; the loop re-checks and moves on.
      at = opening > at ? opening : at + minute;
      continue;
    }
    const blocked = checkFrequency ? frequencyRefusal(rules, at, invoiceIds) : undefined;
    if (!blocked) return at;
    if (!Number.isFinite(blocked.until)) return undefined;
    at = aim(Math.max(blocked.until, at + minute));
  }
  return undefined;
}
