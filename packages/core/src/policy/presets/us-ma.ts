import type { JurisdictionPreset } from '../jurisdiction-preset';

/** Massachusetts overlay: binds creditors too; at most 2 communications per debt in 7 days; 08:00–21:00. */
export const usMassachusettsPreset: JurisdictionPreset = {
  id: 'US-MA',
  summary: '08:00–21:00; ≤ 2 reminders per invoice in any 7 days (940 CMR 7.04 binds creditors); opt-out line.',
  appliesTo: { country: 'US', subdivision: 'MA', kinds: ['consumer'] },
  restrictions: { window: { start: '08:00', end: '21:00' }, caps: { perInvoicePerWeek: 2 }, requireOptOutLine: true },
  sources: [
    {
      title: '940 CMR 7.04–7.05 (Massachusetts debt collection regulations)',
      reference: 'https://www.mass.gov/regulations/940-CMR-7-debt-collection-regulations',
    },
  ],
};
