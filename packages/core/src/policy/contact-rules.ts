import type { Customer } from '../model/customer';
import type { ContactAttempt } from './contact-history';
import { type HolidayCalendar, holidayCalendar, holidayTypeOfDay } from './holiday-calendar';
import { parseInstant } from './instant-strings';
import type { PolicyRuleName, ResolvedReminderPolicy } from './jurisdiction-preset';
import { dateOfDay, instantOfDay, parseClock, startOfDayNumber, wallClock, weekdayOfDay } from './local-time';
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
const dayMs = 24 * 60 * minute;

// Business-initiated collection messages count against caps and the gap; answers to the customer (receipts,
// promise and opt-out confirmations) do not.
const countedKinds: ReadonlySet<ContactAttempt['kind']> = new Set(['invoice', 'reminder', 'statement']);

type ClosedReason = 'closed-day' | 'holiday' | 'closure';

/** @internal Precomputed view of a resolved policy for one customer: the hot path of planning and gating. */
export interface ContactRules {
  readonly policy: ResolvedReminderPolicy;
  readonly customer: Customer;
  /** The customer's zone: every window, day and cap is read on their wall clock. */
  readonly zone: string;
  /** Reminders already made (or planned) to this customer, oldest first. */
  readonly counted: ContactAttempt[];
  readonly countedAt: number[];
  /** Why each local day (by day number) is closed (null: open), filled as days are asked about. */
  readonly closedDays: Map<number, ClosedReason | null>;
}

// Whether a day is closed depends only on the policy and the customer's country and subdivision, not on the
// customer: one map per resolved policy (resolvePolicy hands out one object per jurisdiction) and region, shared by
// every customer there and by the planner and the gate.
const closedDaysByPolicy = new WeakMap<ResolvedReminderPolicy, Map<string, Map<number, ClosedReason | null>>>();

// The planner and then the gate ask for the same customer's rules in a row: the last answer is kept.
let lastPolicy: ResolvedReminderPolicy | undefined;
let lastCountry: string | undefined;
let lastSubdivision: string | undefined;
let lastDays: Map<number, ClosedReason | null> = new Map();

function closedDaysOf(policy: ResolvedReminderPolicy, customer: Customer): Map<number, ClosedReason | null> {
  if (policy === lastPolicy && customer.country === lastCountry && customer.subdivision === lastSubdivision) {
    return lastDays;
  }
  let byRegion = closedDaysByPolicy.get(policy);
  if (!byRegion) {
    byRegion = new Map();
    closedDaysByPolicy.set(policy, byRegion);
  }
  const region = customer.subdivision ? `${customer.country}-${customer.subdivision}` : customer.country;
  let days = byRegion.get(region);
  if (!days || days.size > 50_000) {
    days = new Map();
    byRegion.set(region, days);
  }
  lastPolicy = policy;
  lastCountry = customer.country;
  lastSubdivision = customer.subdivision;
  lastDays = days;
  return days;
}

/** @internal */
export function createContactRules(
  policy: ResolvedReminderPolicy,
  customer: Customer,
  history: readonly ContactAttempt[],
): ContactRules {
  const counted: ContactAttempt[] = [];
  const countedAt: number[] = [];
  for (const attempt of history) {
    if (!countedKinds.has(attempt.kind) || attempt.customerId !== customer.id) continue;
    const at = parseInstant(attempt.at);
    // Oldest first, by insertion (a history holds a few sends, mostly in order already); sends at the same instant
    // keep the history's order.
    let index = countedAt.length;
    while (index > 0 && (countedAt[index - 1] as number) > at) index--;
    if (index === countedAt.length) {
      counted.push(attempt);
      countedAt.push(at);
    } else {
      counted.splice(index, 0, attempt);
      countedAt.splice(index, 0, at);
    }
  }
  return {
    policy,
    customer,
    zone: customer.timeZone,
    counted,
    countedAt,
    closedDays: closedDaysOf(policy, customer),
  };
}

/** @internal Records a planned send so later candidates respect caps and the gap (`at`: its instant, if known). */
export function countAttempt(rules: ContactRules, attempt: ContactAttempt, at = parseInstant(attempt.at)): void {
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

/** @internal Why a local day (a day number) is closed, or undefined when reminders may go out on it. */
export function closedDayReason(rules: ContactRules, day: number, weekday: Weekday): ClosedReason | undefined {
  const known = rules.closedDays.get(day);
  if (known !== undefined) return known ?? undefined;
  const reason = closedDayReasonOf(rules, day, weekday);
  rules.closedDays.set(day, reason ?? null);
  return reason;
}

function closedDayReasonOf(rules: ContactRules, day: number, weekday: Weekday): ClosedReason | undefined {
  const { policy, customer } = rules;
  if (!policy.allowedWeekdays.includes(weekday)) return 'closed-day';
  const window = windowFor(policy, weekday);
  if (window.end <= window.start) return 'closed-day';
  if (policy.holidays.closures.length > 0 && policy.holidays.closures.includes(dateOfDay(day))) return 'closure';
  if (policy.holidays.publicHolidays || policy.holidays.bankHolidays) {
    const calendar: HolidayCalendar | null = holidayCalendar(customer.country, customer.subdivision);
    const type = holidayTypeOfDay(calendar, day, customer.country, customer.subdivision);
    if (type === 'public' || (type === 'bank' && policy.holidays.bankHolidays)) return 'holiday';
  }
  return undefined;
}

/** @internal The time-of-day rule broken at `at`, if any. */
export function calendarRefusal(rules: ContactRules, at: number): ContactRefusalReason | undefined {
  const wall = wallClock(at, rules.zone);
  const day = Math.floor(wall / dayMs);
  const weekday = weekdayOfDay(day);
  const closed = closedDayReason(rules, day, weekday);
  if (closed) return closed;
  const window = windowFor(rules.policy, weekday);
  const minutes = Math.floor((wall - day * dayMs) / minute);
  return minutes < window.start || minutes >= window.end ? 'outside-window' : undefined;
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

  const zone = rules.zone;
  const today = Math.floor(wallClock(at, zone) / dayMs);
  let sameDay = 0;
  // A local date lasts at most 25 hours, so sends further away than two days cannot share it: skip the look-up.
  for (const sent of countedAt) {
    if (sent > at - 2 * dayMs && sent <= at + dayMs && Math.floor(wallClock(sent, zone) / dayMs) === today) sameDay++;
  }
  if (sameDay >= policy.caps.perCustomerPerDay) {
    return { reason: 'cap-customer-day', until: startOfDayNumber(today + 1, zone) };
  }
  const week = rollingCapUntil(countedAt, at, 7 * dayMs, policy.caps.perCustomerPerWeek);
  if (week) return { reason: 'cap-customer-week', until: week };
  const month = rollingCapUntil(countedAt, at, 30 * dayMs, policy.caps.perCustomerPerMonth);
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
  const week = rollingCapUntil(times, at, 7 * dayMs, policy.caps.perInvoicePerWeek);
  if (week) return { reason: 'cap-invoice-week', until: week };
  const month = rollingCapUntil(times, at, 30 * dayMs, policy.caps.perInvoicePerMonth);
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
  const last = end - first;
  let until = 0;
  // Every run of cap + 1 consecutive sends that includes `at` must span at least `span`. A run too tight stays too
  // tight for any later instant before its first send other than `at` leaves the span.
  for (let start = Math.max(0, index - first - cap); start <= index - first && start + cap <= last; start++) {
    if (nearAt(times, first, index, at, start + cap) - nearAt(times, first, index, at, start) >= span) continue;
    const anchor =
      start === index - first ? nearAt(times, first, index, at, start + 1) : nearAt(times, first, index, at, start);
    until = Math.max(until, anchor + span);
  }
  return until;
}

/** The `position`th of the sends near `at` (`times[first…]`) with `at` inserted at `index`, in time order. */
function nearAt(times: readonly number[], first: number, index: number, at: number, position: number): number {
  return position < index - first
    ? (times[first + position] as number)
    : position === index - first
      ? at
      : (times[first + position - 1] as number);
}

/** @internal The first minute at or after `from` when a day is open and inside its window, aiming at `target` minutes. */
export function nextOpening(rules: ContactRules, from: number, target?: number): number | undefined {
  const zone = rules.zone;
  const wall = wallClock(from, zone);
  const today = Math.floor(wall / dayMs);
  const minutesNow = Math.floor((wall - today * dayMs) / minute);
  for (let offset = 0; offset <= 400; offset++) {
    const day = today + offset;
    const weekday = weekdayOfDay(day);
    if (closedDayReason(rules, day, weekday)) continue;
    const window = windowFor(rules.policy, weekday);
    const aim = Math.min(Math.max(target ?? window.start, window.start), window.end - 1);
    if (offset === 0) {
      if (minutesNow >= window.end) continue;
      if (minutesNow >= aim) return Math.ceil(from / minute) * minute;
    }
    return instantOfDay(day, aim, zone);
  }
  return undefined;
}

/** @internal The first instant at or after `from` that passes the calendar rules (day, holiday, window) alone. */
export function nextCalendarSlot(rules: ContactRules, from: number, target?: number): number | undefined {
  return nextAllowedInstant(rules, from, [], target, false);
}

/** Waits for the target time of the day rather than sending at the first open minute (planner only). */
function aimAt(rules: ContactRules, instant: number, target: number | undefined): number {
  if (target === undefined) return instant;
  const wall = wallClock(instant, rules.zone);
  const day = Math.floor(wall / dayMs);
  const window = windowFor(rules.policy, weekdayOfDay(day));
  const wanted = Math.min(Math.max(target, window.start), window.end - 1);
  return Math.floor((wall - day * dayMs) / minute) < wanted
    ? Math.max(instant, instantOfDay(day, wanted, rules.zone))
    : instant;
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
  let at = aimAt(rules, from, target);
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
    at = aimAt(rules, Math.max(blocked.until, at + minute), target);
  }
  return undefined;
}
