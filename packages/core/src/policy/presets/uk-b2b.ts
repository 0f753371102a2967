import type { JurisdictionPreset } from '../jurisdiction-preset';

/** United Kingdom, business customers: business hours, no bank holidays; statutory interest and fixed sums where due. */
export const ukBusinessPreset: JurisdictionPreset = {
  id: 'UK-B2B',
  summary:
    'Business hours Mon–Fri 09:00–17:30, no bank holidays; Late Payment of Commercial Debts Act: BoE base + 8 % ' +
    'and £40/£70/£100 by invoice size, where claimed.',
  appliesTo: { country: 'GB', kinds: ['business'] },
  restrictions: {
    window: { start: '09:00', end: '17:30' },
    allowedWeekdays: [1, 2, 3, 4, 5],
    holidays: { publicHolidays: true, bankHolidays: true },
  },
  sources: [
    {
      title: 'Late Payment of Commercial Debts (Interest) Act 1998',
      reference: 'https://www.legislation.gov.uk/ukpga/1998/20',
    },
  ],
};
