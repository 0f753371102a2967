import { type BusinessProfile, defaultReminderPolicy, type ReminderPolicy } from '@cobro/core';

/** Open every day and hour, so every reminder is due the moment a run starts and pacing alone sets the rate. */
export const alwaysOpenPolicy: ReminderPolicy = {
  ...defaultReminderPolicy,
  preferredTime: '00:00',
  window: { start: '00:00', end: '23:59' },
  allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
  holidays: { publicHolidays: false, bankHolidays: false, closures: [] },
};

/** The business the workloads bill for. */
export const benchBusiness: BusinessProfile = {
  name: 'Pasticceria Rossi',
  legalName: 'Pasticceria Rossi S.A. de C.V.',
  taxId: 'PRO010101AAA',
};
