import type { JurisdictionPreset } from '../jurisdiction-preset';

/** Italy: no statutory contact hours; 09:00–20:00, no Sundays or holidays, a neutral preview (Garante 30-11-2005). */
export const italyPreset: JurisdictionPreset = {
  id: 'IT',
  summary:
    '09:00–20:00, no Sundays or public holidays; nothing that reveals the debt to third parties (neutral preview, ' +
    'never groups); B2B late interest ECB + 8 pp and €40 per invoice (D.Lgs. 231/2002) where agreed.',
  appliesTo: { country: 'IT', kinds: ['consumer', 'business'] },
  restrictions: {
    window: { start: '09:00', end: '20:00' },
    allowedWeekdays: [1, 2, 3, 4, 5, 6],
    holidays: { publicHolidays: true },
  },
  sources: [
    {
      title: 'Garante privacy, provvedimento generale 30 novembre 2005 (recupero crediti)',
      reference: 'https://www.garanteprivacy.it/home/docweb/-/docweb-display/docweb/1213644',
    },
    {
      title: 'D.Lgs. 231/2002 artt. 5–6 (interessi moratori, €40)',
      reference: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2002-10-09;231',
    },
  ],
};
