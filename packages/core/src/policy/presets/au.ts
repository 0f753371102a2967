import type { JurisdictionPreset } from '../jurisdiction-preset';

/** Australia, ACCC/ASIC debt collection guideline: applies to creditors collecting their own consumer and commercial debts. */
export const australiaPreset: JurisdictionPreset = {
  id: 'AU',
  summary:
    'Mon–Fri 07:30–21:00, weekends 09:00–21:00 in the debtor’s zone; no contact on public holidays; ≤ 3 reminders ' +
    'a week and ≤ 10 a month, per invoice and per person; opt-out line.',
  appliesTo: { country: 'AU', kinds: ['consumer', 'business'] },
  restrictions: {
    windowsByWeekday: {
      1: { start: '07:30', end: '21:00' },
      2: { start: '07:30', end: '21:00' },
      3: { start: '07:30', end: '21:00' },
      4: { start: '07:30', end: '21:00' },
      5: { start: '07:30', end: '21:00' },
      6: { start: '09:00', end: '21:00' },
      7: { start: '09:00', end: '21:00' },
    },
    holidays: { publicHolidays: true },
    // The guideline counts contacts with the debtor; read per debt it would allow 3 a week for each of a person's
    // debts, so the cap binds per person too (the stricter reading; see docs/compliance.md).
    caps: { perInvoicePerWeek: 3, perInvoicePerMonth: 10, perCustomerPerWeek: 3, perCustomerPerMonth: 10 },
    requireOptOutLine: true,
  },
  sources: [
    {
      title: 'ACCC/ASIC Debt collection guideline, part 2 §4 (hours) and §5 (frequency)',
      reference: 'https://www.accc.gov.au/business/debt-collection/debt-collection-guideline',
    },
  ],
};
