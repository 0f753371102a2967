import type { MessageKey } from '../messages/message-key';
import type { CalendarDate } from '../model/time';

/** How a reminder sounds. Escalates over days, never over hours: friendly → polite → firm → final. */
export type ReminderTone = 'friendly' | 'polite' | 'firm' | 'final';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A span of wall-clock time in the customer's zone, `HH:MM`–`HH:MM` (end exclusive, same day). */
export interface SendWindow {
  /** First minute a message may go out, e.g. `09:00`. */
  readonly start: string;
  /** The minute from which nothing may go out any more, e.g. `20:00`. */
  readonly end: string;
}

/** One step of the reminder ladder, relative to the due date. */
export interface ReminderStage {
  /** Stable id, unique in the policy, e.g. `before-3`, `due`, `after-7`. Used as the outbox key with the invoice id. */
  readonly id: string;
  /** Days from the due date: negative before, 0 on, positive after (calendar days in the business's zone). */
  readonly offsetDays: number;
  /** The catalogue message to send. */
  readonly messageKey: MessageKey;
  /** How it sounds. */
  readonly tone: ReminderTone;
}

/** Limits on how often a customer is contacted, counted over collection messages (invoices, reminders, statements), never receipts or confirmations. */
export interface ContactCaps {
  /** Reminders per invoice, ever. */
  readonly perInvoice: number;
  /** Reminders per invoice in any 7 × 24 h (US-MA: 2 per debt per 7 days). */
  readonly perInvoicePerWeek: number;
  /** Reminders per invoice in any 30 × 24 h (AU: 10 per month per account). */
  readonly perInvoicePerMonth: number;
  /** Messages to the customer per local calendar day, across all their invoices. */
  readonly perCustomerPerDay: number;
  /** Messages to the customer in any 7 × 24 h, across all their invoices. */
  readonly perCustomerPerWeek: number;
  /** Messages to the customer in any 30 × 24 h, across all their invoices. */
  readonly perCustomerPerMonth: number;
}

/** Which days are closed for reminders. */
export interface HolidayRule {
  /** Skip public holidays of the customer's country and its subdivision (the generated tables, 2024–2035). */
  readonly publicHolidays: boolean;
  /** Also skip bank holidays (e.g. Brazil's Carnaval). */
  readonly bankHolidays: boolean;
  /** Business-defined closures (patron saints' days, the shop's own holidays), in the customer's calendar. */
  readonly closures: readonly CalendarDate[];
}

/**
 * A reminder policy is data: what to send when, and the rules every send obeys. Compose it with jurisdiction
 * presets with {@link resolvePolicy}; the stricter rule always wins.
 */
export interface ReminderPolicy {
  /** The ladder, relative to each due date (each installment gets its own). */
  readonly stages: readonly ReminderStage[];
  /** Preferred local send time, e.g. `10:00`; clamped into the day's window. */
  readonly preferredTime: string;
  /** Default window for every allowed weekday, in the customer's zone. */
  readonly window: SendWindow;
  /** Per-weekday windows that replace `window` on that day (AU: weekends 09:00–21:00). */
  readonly windowsByWeekday: Readonly<Partial<Record<Weekday, SendWindow>>>;
  /** Days on which reminders may go out. */
  readonly allowedWeekdays: readonly Weekday[];
  /** Holidays and closures. */
  readonly holidays: HolidayRule;
  /** Frequency caps. */
  readonly caps: ContactCaps;
  /** Minimum time between two messages to one customer, in minutes. */
  readonly minimumGapMinutes: number;
  /** Days after a promised date before reminders resume. */
  readonly promiseGraceDays: number;
  /** Business-initiated messages need an opt-in record (WhatsApp policy). */
  readonly requireOptIn: boolean;
  /** Append the opt-out line ("Reply STOP…") to every reminder. */
  readonly requireOptOutLine: boolean;
  /** Show the supplier's legal name, address and tax id in every collection message (Brazil, CDC art. 42-A). */
  readonly requireSupplierIdentity: boolean;
  /** How many days a stage may roll forward looking for an allowed slot before it is dropped. */
  readonly maxRollForwardDays: number;
  /** Ids of the presets composed into this policy, in order (filled by {@link resolvePolicy}). */
  readonly presets: readonly string[];
}
