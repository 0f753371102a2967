import type { JurisdictionPreset } from '../jurisdiction-preset';

/** Spain: 09:00–21:00 on weekdays, no holidays (the consumer-law reference window); Ley 3/2004 for B2B. */
export const spainPreset: JurisdictionPreset = {
  id: 'ES',
  summary:
    '09:00–21:00 Mon–Fri, no public holidays; persistent unwanted contact can be criminal (CP art. 172 ter); B2B ' +
    'late interest ECB + 8 pp and €40 per invoice (Ley 3/2004) where agreed.',
  appliesTo: { country: 'ES', kinds: ['consumer', 'business'] },
  restrictions: {
    window: { start: '09:00', end: '21:00' },
    allowedWeekdays: [1, 2, 3, 4, 5],
    holidays: { publicHolidays: true },
  },
  sources: [
    {
      title: 'Ley 3/2004 de lucha contra la morosidad',
      reference: 'https://www.boe.es/buscar/act.php?id=BOE-A-2004-21990',
    },
    { title: 'Código Penal art. 172 ter (acoso)', reference: 'https://www.boe.es/buscar/act.php?id=BOE-A-1995-25444' },
  ],
};
