import type { JurisdictionPreset } from '../jurisdiction-preset';

/**
 * Mexico: CONDUSEF's collection rules (binding on financial entities) adopted as good practice for every
 * business: 07:00–22:00 in the debtor's zone, weekdays only (conservative), at most one reminder a day.
 */
export const mexicoPreset: JurisdictionPreset = {
  id: 'MX',
  summary:
    '07:00–22:00 in the debtor’s zone, Mon–Fri (conservative reading); ≤ 1 message a day; the creditor identifies ' +
    'itself; never third parties; opt-out line for consumers.',
  appliesTo: { country: 'MX', kinds: ['consumer', 'business'] },
  restrictions: {
    window: { start: '07:00', end: '22:00' },
    allowedWeekdays: [1, 2, 3, 4, 5],
    caps: { perCustomerPerDay: 1 },
    requireOptOutLine: true,
  },
  sources: [
    {
      title: 'CONDUSEF, Disposiciones de carácter general en materia de despachos de cobranza (DOF 7-Oct-2014)',
      reference: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5362850&fecha=07/10/2014',
    },
  ],
};
