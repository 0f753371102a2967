import type { ReminderPolicy } from './reminder-policy';

/**
 * The default policy: five reminders from three days before the due date to fourteen days after, escalating
 * from friendly to final; at 10:00 in the customer's zone within 09:00–19:00, Monday to Saturday, never on public
 * holidays; at most one message a day, three a week and eight a month per customer, 20 hours apart; reminders pause
 * for a promise to pay until two days after the promised date. Jurisdiction presets only tighten it.
 */
export const defaultReminderPolicy: ReminderPolicy = {
  stages: [
    { id: 'before-3', offsetDays: -3, messageKey: 'reminder-upcoming', tone: 'friendly' },
    { id: 'due', offsetDays: 0, messageKey: 'reminder-due-today', tone: 'friendly' },
    { id: 'after-3', offsetDays: 3, messageKey: 'reminder-overdue-gentle', tone: 'polite' },
    { id: 'after-7', offsetDays: 7, messageKey: 'reminder-overdue-firm', tone: 'firm' },
    { id: 'after-14', offsetDays: 14, messageKey: 'reminder-final-notice', tone: 'final' },
  ],
  preferredTime: '10:00',
  window: { start: '09:00', end: '19:00' },
  windowsByWeekday: {},
  allowedWeekdays: [1, 2, 3, 4, 5, 6],
  holidays: { publicHolidays: true, bankHolidays: false, closures: [] },
  caps: {
    perInvoice: 6,
    perInvoicePerWeek: 3,
    perInvoicePerMonth: 8,
    perCustomerPerDay: 1,
    perCustomerPerWeek: 3,
    perCustomerPerMonth: 8,
  },
  minimumGapMinutes: 20 * 60,
  promiseGraceDays: 2,
  requireOptIn: true,
  requireOptOutLine: false,
  requireSupplierIdentity: false,
  maxRollForwardDays: 10,
  presets: [],
};
