import type { JurisdictionPreset } from '../jurisdiction-preset';

const cdc = [
  {
    title: 'CDC (Lei 8.078/1990) art. 42 and 42-A: no embarrassment; supplier name, address and CNPJ',
    reference: 'https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm',
  },
  {
    title: 'CDC art. 71: threats and interfering with rest or leisure are a crime',
    reference: 'https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm',
  },
];

/**
 * Brazil, consumers, where no state rule is encoded: the strictest state window (weekdays 09:00–19:00), no
 * holidays, at most one reminder a day and three a week, and the supplier's identity in every message.
 */
export const brazilPreset: JurisdictionPreset = {
  id: 'BR',
  summary:
    'Mon–Fri 09:00–19:00 (the strictest state rule, as no federal one exists); no holidays; ≤ 1 message a day and ' +
    '≤ 3 a week per customer; supplier name, address and CNPJ in every message (CDC art. 42-A); opt-out line.',
  appliesTo: { country: 'BR', kinds: ['consumer'] },
  restrictions: {
    window: { start: '09:00', end: '19:00' },
    allowedWeekdays: [1, 2, 3, 4, 5],
    holidays: { publicHolidays: true },
    caps: { perCustomerPerDay: 1, perCustomerPerWeek: 3 },
    requireSupplierIdentity: true,
    requireOptOutLine: true,
  },
  sources: cdc,
};

/** São Paulo: Lei estadual 15.426/2014: Mon–Fri 08:00–20:00, Saturday 08:00–14:00, never on holidays. */
export const brazilSaoPauloPreset: JurisdictionPreset = {
  id: 'BR-SP',
  summary:
    'Mon–Fri 08:00–20:00, Sat 08:00–14:00, no Sundays or holidays (Lei 15.426/2014); ≤ 1 a day and ≤ 3 a week; ' +
    'supplier identity (CDC art. 42-A); opt-out line.',
  appliesTo: { country: 'BR', subdivision: 'SP', kinds: ['consumer'] },
  restrictions: {
    window: { start: '08:00', end: '20:00' },
    windowsByWeekday: { 6: { start: '08:00', end: '14:00' } },
    allowedWeekdays: [1, 2, 3, 4, 5, 6],
    holidays: { publicHolidays: true },
    caps: { perCustomerPerDay: 1, perCustomerPerWeek: 3 },
    requireSupplierIdentity: true,
    requireOptOutLine: true,
  },
  sources: [
    ...cdc,
    {
      title: 'Lei estadual SP 15.426/2014',
      reference: 'https://www.al.sp.gov.br/repositorio/legislacao/lei/2014/lei-15426-22.05.2014.html',
    },
  ],
};
