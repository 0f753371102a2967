export { composePolicy } from './compose-policy';
export { type ContactDecision, checkContact } from './contact-gate';
export { type ContactAttempt, type ContactKind, reminderSlotKey } from './contact-history';
export type { ContactRefusalReason } from './contact-rules';
export { defaultReminderPolicy } from './default-reminder-policy';
export { loadHolidays } from './holiday-calendar';
export type {
  JurisdictionPreset,
  PolicyRestrictions,
  PolicyRuleName,
  PresetSource,
  ResolvedReminderPolicy,
} from './jurisdiction-preset';
export {
  type PlannedMessage,
  type PlannedReminder,
  type PlanRemindersOptions,
  planCustomerReminders,
  planReminders,
  type ReminderPlan,
  type SkippedReminder,
} from './plan-reminders';
export { jurisdictionPresets, presetsForCustomer } from './presets/index';
export type {
  ContactCaps,
  HolidayRule,
  ReminderPolicy,
  ReminderStage,
  ReminderTone,
  SendWindow,
  Weekday,
} from './reminder-policy';
export { resolvePolicy } from './resolve-policy';
export {
  type StatutoryLateCharge,
  type StatutoryLateChargesResult,
  statutoryLateCharges,
} from './statutory-late-charges';
export { type StatutoryRate, statutoryRates } from './statutory-rates';
