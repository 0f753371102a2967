import type { MessageKey } from '../messages/message-key';
import type { Customer } from '../model/customer';
import { hasOpenDispute, installmentStatuses, isCollectable } from '../model/index';
import type { Invoice } from '../model/invoice';
import type { Money } from '../model/money';
import type { CalendarDate, Instant } from '../model/time';
import { type ContactAttempt, reminderSlotKey } from './contact-history';
import {
  countAttempt,
  createContactRules,
  invoiceFrequencyRefusal,
  nextAllowedInstant,
  nextCalendarSlot,
} from './contact-rules';
import { isoOf, parseInstant } from './instant-strings';
import type { ResolvedReminderPolicy } from './jurisdiction-preset';
import { dateOfDay, dayOfDate, localDay, parseClock, startOfDayNumber, wallClock, wallClockText } from './local-time';
import type { ReminderPolicy, ReminderStage, ReminderTone } from './reminder-policy';
import { resolvePolicy } from './resolve-policy';

/** One stage of one installment, planned at an exact instant. */
export interface PlannedReminder {
  /** The invoice. */
  readonly invoiceId: string;
  /** The installment (`'1'` for an invoice without installments). */
  readonly installmentId: string;
  /** The stage id. */
  readonly stageId: string;
  /** `<invoice>:<installment>:<stage>`: the outbox key; never sent twice. */
  readonly slotKey: string;
  /** The catalogue message for this stage. */
  readonly messageKey: MessageKey;
  /** The stage's tone. */
  readonly tone: ReminderTone;
  /** The installment's (or invoice's) due date, in the business's zone. */
  readonly dueDate: CalendarDate;
  /** The amount still owed on that installment. */
  readonly amountDue: Money;
  /** The business-calendar date the stage is for (due date + offset). */
  readonly stageDate: CalendarDate;
  /** When to send. */
  readonly sendAt: Instant;
  /** The same instant on the customer's wall clock, `YYYY-MM-DDTHH:MM`. */
  readonly localSendTime: string;
  /** True when the stage moved forward from its natural slot (window, closed day, holiday, cap or gap). */
  readonly rolledForward: boolean;
}

/** A stage that will not be sent, and why. */
export interface SkippedReminder {
  /** `<invoice>:<installment>:<stage>`. */
  readonly slotKey: string;
  /** Why. */
  readonly reason:
    | 'already-sent'
    | 'superseded'
    | 'no-slot-before-due-date'
    | 'no-slot-within-roll-forward'
    | 'cap-reached'
    | 'promise-to-pay';
}

/** One WhatsApp message: the reminders of one customer that go out together (one line per invoice). */
export interface PlannedMessage {
  /** The customer. */
  readonly customerId: string;
  /** When to send (the earliest allowed slot of its reminders). */
  readonly sendAt: Instant;
  /** The customer's wall clock at `sendAt`. */
  readonly localSendTime: string;
  /** The message to render: the stage's own key, or `reminder-several-invoices` for more than one invoice. */
  readonly messageKey: MessageKey;
  /** The firmest tone among its reminders. */
  readonly tone: ReminderTone;
  /** The reminders it covers. */
  readonly reminders: readonly PlannedReminder[];
}

/** The output of the planner. */
export interface ReminderPlan {
  /** Messages to send, in time order: one per customer per slot. */
  readonly messages: readonly PlannedMessage[];
  /** Every planned reminder (the messages' reminders, flattened), in time order. */
  readonly reminders: readonly PlannedReminder[];
  /** Stages that will not be sent, and why. */
  readonly skipped: readonly SkippedReminder[];
  /** The presets applied. */
  readonly presets: readonly string[];
}

/** Options of {@link planReminders} and {@link planCustomerReminders}. */
export interface PlanRemindersOptions {
  /** The customer. */
  readonly customer: Customer;
  /** The business's policy (presets for the customer are composed in) or a resolved one. */
  readonly policy: ReminderPolicy | ResolvedReminderPolicy;
  /** Past contacts with this customer: sent stages are not planned again, and caps count them. */
  readonly history: readonly ContactAttempt[];
  /** The planning instant: nothing is planned before it. */
  readonly now: Date | Instant;
  /**
   * Plan only the messages due up to this instant (the runtime passes `now`: it sends what is due and plans again
   * next run). Stages that could only go out later are left out, neither planned nor skipped. The messages up to it
   * are exactly those of a full plan; some after it may be planned too. Default: plan the whole ladder.
   */
  readonly horizon?: Date | Instant;
}

const toneRank: Record<ReminderTone, number> = { friendly: 0, polite: 1, firm: 2, final: 3 };
const day = 86_400_000;

/**
 * Plans the reminders of one invoice: {@link planCustomerReminders} with a single invoice. Load the customer's
 * holidays first (`await loadHolidays(customer.country)`), as for {@link planCustomerReminders}.
 */
export function planReminders(options: PlanRemindersOptions & { readonly invoice: Invoice }): ReminderPlan {
  return planCustomerReminders({ ...options, invoices: [options.invoice] });
}

type CandidateReminder = Omit<PlannedReminder, 'sendAt' | 'localSendTime' | 'rolledForward'>;

/** A stage that may be planned: its reminder, the first instant it may go out (and that instant's local day), and the instant it must go out before. */
interface Candidate {
  readonly reminder: CandidateReminder;
  readonly earliest: number;
  readonly earliestDay: number;
  readonly deadline: number;
}

/** A message being planned: its instant, written once for every reminder it carries. */
interface MessageDraft {
  readonly sendAt: number;
  readonly sendAtIso: Instant;
  readonly localDay: number;
  readonly localSendTime: string;
  readonly reminders: PlannedReminder[];
  readonly invoiceIds: string[];
}

/** A candidate stage placed in `message`: the same fields in the same order, without a spread per reminder. */
function plannedIn(candidate: Candidate, message: MessageDraft): PlannedReminder {
  const { reminder } = candidate;
  return {
    invoiceId: reminder.invoiceId,
    installmentId: reminder.installmentId,
    stageId: reminder.stageId,
    slotKey: reminder.slotKey,
    messageKey: reminder.messageKey,
    tone: reminder.tone,
    dueDate: reminder.dueDate,
    amountDue: reminder.amountDue,
    stageDate: reminder.stageDate,
    sendAt: message.sendAtIso,
    localSendTime: message.localSendTime,
    rolledForward: message.sendAt > candidate.earliest + day || message.localDay !== candidate.earliestDay,
  };
}

/** A message at `at`, its instant and the customer's wall clock written out once. */
function draftAt(at: number, zone: string, invoiceId: string): MessageDraft {
  const wall = wallClock(at, zone);
  const localDayOfAt = Math.floor(wall / day);
  return {
    sendAt: at,
    sendAtIso: isoOf(at),
    localDay: localDayOfAt,
    localSendTime: wallClockText(wall),
    reminders: [],
    invoiceIds: [invoiceId],
  };
}

// Each policy's stages in ladder order, sorted once.
const sortedStages = new WeakMap<ReminderPolicy, readonly ReminderStage[]>();

function stagesOf(policy: ReminderPolicy): readonly ReminderStage[] {
  let stages = sortedStages.get(policy);
  if (!stages) {
    stages = [...policy.stages].sort((a, b) => a.offsetDays - b.offsetDays);
    sortedStages.set(policy, stages);
  }
  return stages;
}

/**
 * Plans the reminders of all of a customer's open invoices, as exact instants. Pure and deterministic.
 *
 * Each unpaid installment gets its own ladder. A stage's date is the due date plus its offset on the business's
 * calendar, and it goes out once that date has begun in both zones, at the policy's preferred time in the
 * **customer's** zone; it rolls forward (never
 * backward) past closed days, holidays, the window, caps and the gap. A stage before or on the due date is
 * dropped rather than sent after the due date has passed in the business's zone, and an overdue stage is dropped
 * once the next stage's date arrives. Missed stages are not all sent at once: only the latest one is.
 * Reminders of several invoices that fall on the same local day go out as one message.
 * Nothing is planned for an invoice that is not open, has an open dispute, or for a customer who opted out or
 * (when the policy requires it) never opted in; a promise to pay holds reminders until its date plus the grace.
 *
 * Synchronous: when the policy skips holidays, the customer's country table must be loaded first with
 * `await loadHolidays(customer.country)` (the runtime does this itself), else it throws `HolidaysNotLoadedError`.
 */
export function planCustomerReminders(
  options: PlanRemindersOptions & { readonly invoices: readonly Invoice[] },
): ReminderPlan {
  const { customer, history } = options;
  const policy = 'ruleSources' in options.policy ? options.policy : resolvePolicy({ policy: options.policy, customer });
  const now = typeof options.now === 'string' ? parseInstant(options.now) : options.now.getTime();
  const skipped: SkippedReminder[] = [];
  const empty = { messages: [], reminders: [], skipped, presets: policy.presets };
  if (customer.optOut || (policy.requireOptIn && !customer.optIn)) return empty;

  const sent = new Set<string>();
  for (const attempt of history) if (attempt.slotKeys) for (const slotKey of attempt.slotKeys) sent.add(slotKey);
  const rules = createContactRules(policy, customer, history);
  const target = parseClock(policy.preferredTime);
  const candidates: Candidate[] = [];
  const customerZone = customer.timeZone;

  const stages = stagesOf(policy);
  const horizon =
    options.horizon === undefined
      ? Number.POSITIVE_INFINITY
      : typeof options.horizon === 'string'
        ? Date.parse(options.horizon)
        : options.horizon.getTime();
  const invoices =
    options.invoices.length > 1 ? [...options.invoices].sort((a, b) => (a.id < b.id ? -1 : 1)) : options.invoices;
  // Calendar dates as day numbers (days since 1970-01-01): the same order as the `YYYY-MM-DD` strings, no strings made.
  for (const invoice of invoices) {
    if (invoice.customerId !== customer.id || !isCollectable(invoice) || hasOpenDispute(invoice)) continue;
    const zone = invoice.businessTimeZone;
    const todayForBusiness = localDay(now, zone);
    const promiseHold =
      invoice.promiseToPay !== undefined
        ? startOfDayNumber(dayOfDate(invoice.promiseToPay.date) + policy.promiseGraceDays + 1, zone)
        : 0;
    for (const status of installmentStatuses(invoice)) {
      if (status.balance.amountMinor <= 0) continue;
      const { installment } = status;
      const dueDay = dayOfDate(installment.dueDate);
      const hasInstallments = invoice.installments.length > 0;
      // Only the latest stage whose date has come is still due; earlier missed ones are superseded.
      // Stages are sorted by offset, so their dates ascend: the current one is the last whose date has come.
      let current: ReminderStage | undefined;
      for (const stage of stages) if (dueDay + stage.offsetDays <= todayForBusiness) current = stage;
      for (let index = 0; index < stages.length; index++) {
        const stage = stages[index] as ReminderStage;
        const slotKey = reminderSlotKey(invoice.id, installment.id, stage.id);
        const stageDay = dueDay + stage.offsetDays;
        if (sent.size > 0 && sent.has(slotKey)) {
          skipped.push({ slotKey, reason: 'already-sent' });
          continue;
        }
        if (stageDay <= todayForBusiness && stage !== current) {
          skipped.push({ slotKey, reason: 'superseded' });
          continue;
        }
        const next = stages[index + 1];
        const deadline =
          stage.offsetDays <= 0
            ? startOfDayNumber(dueDay + 1, zone)
            : Math.min(
                next ? startOfDayNumber(dueDay + next.offsetDays, zone) : Number.POSITIVE_INFINITY,
                startOfDayNumber(stageDay + policy.maxRollForwardDays + 1, zone),
              );
        // The stage's date must have begun for the business and for the customer: "due today" is read on their day.
        const stageStart = startOfDayNumber(stageDay, zone);
        const earliest = Math.max(stageStart, startOfDayNumber(stageDay, customerZone), now, promiseHold);
        if (earliest >= deadline) {
          const reason = promiseHold > stageStart ? 'promise-to-pay' : 'superseded';
          skipped.push({ slotKey, reason });
          continue;
        }
        const messageKey = hasInstallments && stage.offsetDays <= 0 ? 'installment-due' : stage.messageKey;
        candidates.push({
          reminder: {
            invoiceId: invoice.id,
            installmentId: installment.id,
            stageId: stage.id,
            slotKey,
            messageKey,
            tone: stage.tone,
            dueDate: installment.dueDate,
            amountDue: status.balance,
            stageDate: dateOfDay(stageDay),
          },
          earliest,
          earliestDay: localDay(earliest, customerZone),
          deadline,
        });
      }
    }
  }

  candidates.sort((a, b) => a.earliest - b.earliest || (a.reminder.slotKey < b.reminder.slotKey ? -1 : 1));
  const messages: MessageDraft[] = [];
  const zone = customerZone;
  let lastPlaced = 0;
  // The latest planned send of each installment: a later stage never goes out at or before an earlier one.
  const latestOfInstallment = new Map<string, number>();
  for (const candidate of candidates) {
    const { reminder, earliest, deadline } = candidate;
    // Candidates come in order of their earliest instant, and none is placed before it: past the horizon, stop.
    if (earliest > horizon) break;
    const installmentKey = `${reminder.invoiceId}:${reminder.installmentId}`;
    const notBefore = latestOfInstallment.get(installmentKey) ?? Number.NEGATIVE_INFINITY;
    // Join a message already planned between this stage's start and the day it would naturally go out (its first
    // open slot, ignoring caps): one message per customer, never one per invoice. The per-invoice check sees every
    // send of the invoice, later ones already planned included: joining an earlier message must not overfill the
    // span of a send planned after it. The natural slot is searched only once some message could be joined.
    let joinable: MessageDraft | undefined;
    let naturalDay: number | null | undefined;
    for (const message of messages) {
      if (message.sendAt < earliest || message.sendAt <= notBefore || message.sendAt >= deadline) continue;
      if (message.invoiceIds.includes(reminder.invoiceId)) continue;
      if (naturalDay === undefined) {
        const natural = nextCalendarSlot(rules, earliest, target);
        naturalDay = natural === undefined ? null : localDay(natural, zone);
      }
      if (naturalDay === null) break;
      if (message.localDay > naturalDay) continue;
      if (invoiceFrequencyRefusal(rules, message.sendAt, reminder.invoiceId) !== undefined) continue;
      joinable = message;
      break;
    }
    if (joinable) {
      joinable.reminders.push(plannedIn(candidate, joinable));
      // The counted attempt shares this array, so per-invoice caps see the joined invoice too.
      joinable.invoiceIds.push(reminder.invoiceId);
      latestOfInstallment.set(installmentKey, Math.max(notBefore, joinable.sendAt));
      continue;
    }
    // Placing messages in time order keeps every rolling cap evaluated over sends that precede it.
    const at = nextAllowedInstant(rules, Math.max(earliest, lastPlaced), [reminder.invoiceId], target);
    if (at === undefined || at >= deadline) {
      const reason =
        at === undefined
          ? 'cap-reached'
          : reminder.stageDate <= reminder.dueDate
            ? 'no-slot-before-due-date'
            : 'no-slot-within-roll-forward';
      skipped.push({ slotKey: reminder.slotKey, reason });
      continue;
    }
    const message = draftAt(at, zone, reminder.invoiceId);
    message.reminders.push(plannedIn(candidate, message));
    messages.push(message);
    lastPlaced = at;
    latestOfInstallment.set(installmentKey, Math.max(notBefore, at));
    countAttempt(
      rules,
      { at: message.sendAtIso, customerId: customer.id, invoiceIds: message.invoiceIds, kind: 'reminder' },
      at,
    );
  }

  messages.sort((a, b) => a.sendAt - b.sendAt);
  const plannedMessages: PlannedMessage[] = messages.map((message) => {
    const tone = message.reminders.reduce<ReminderTone>(
      (firmest, reminder) => (toneRank[reminder.tone] > toneRank[firmest] ? reminder.tone : firmest),
      'friendly',
    );
    const first = message.reminders[0] as PlannedReminder;
    return {
      customerId: customer.id,
      sendAt: first.sendAt,
      localSendTime: first.localSendTime,
      messageKey: message.reminders.length > 1 ? 'reminder-several-invoices' : first.messageKey,
      tone,
      reminders: message.reminders,
    };
  });
  const reminders: PlannedReminder[] = [];
  for (const message of plannedMessages) for (const reminder of message.reminders) reminders.push(reminder);
  return {
    messages: plannedMessages,
    reminders,
    skipped,
    presets: policy.presets,
  };
}
