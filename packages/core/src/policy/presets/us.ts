import type { JurisdictionPreset } from '../jurisdiction-preset';

/**
 * United States, consumer debts: Regulation F's safe harbour, applied to first-party creditors too although it
 * binds debt collectors: 08:00–21:00 at the consumer's location, at most 7 attempts per debt in 7 days, and an
 * opt-out in every electronic message.
 */
export const usPreset: JurisdictionPreset = {
  id: 'US',
  summary:
    '08:00–21:00 in the consumer’s zone; ≤ 7 reminders per invoice in any 7 days; opt-out line in every message.',
  appliesTo: { country: 'US', kinds: ['consumer'] },
  restrictions: { window: { start: '08:00', end: '21:00' }, caps: { perInvoicePerWeek: 7 }, requireOptOutLine: true },
  sources: [
    {
      title: '12 CFR 1006.6(b)(1)(i): inconvenient times',
      reference: 'https://www.ecfr.gov/current/title-12/part-1006/section-1006.6',
    },
    {
      title: '12 CFR 1006.14(b)(2): 7 attempts in 7 days',
      reference: 'https://www.ecfr.gov/current/title-12/part-1006/section-1006.14',
    },
    {
      title: '12 CFR 1006.6(e): opt-out in electronic communications',
      reference: 'https://www.ecfr.gov/current/title-12/part-1006/section-1006.6',
    },
  ],
};
