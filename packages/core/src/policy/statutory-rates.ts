import type { CalendarDate } from '../model/time';
import type { PresetSource } from './jurisdiction-preset';

/** A statutory late-payment rate or sum, valid for a period, with its source. Data, not a constant: rates change. */
export interface StatutoryRate {
  /** The preset it belongs to. */
  readonly jurisdiction: 'IT' | 'ES' | 'UK-B2B' | 'BR';
  /** Who owes it: business debtors (late-payment directives) or consumers. */
  readonly debtor: 'business' | 'consumer';
  /** Annual late interest, a fixed compensation per invoice, or the cap on a contractual late fine. */
  readonly kind: 'late-interest' | 'fixed-compensation' | 'late-fine-cap';
  /** Annual rate or fine cap, as a percentage decimal string (`'10.15'`). */
  readonly ratePercent?: string;
  /** Fixed sums by invoice total: the first band whose `upToMinor` exceeds the total applies. */
  readonly bands?: readonly {
    /** The band applies to invoice totals below this, in minor units. */
    readonly upToMinor: number;
    /** The sum owed, in minor units. */
    readonly amountMinor: number;
  }[];
  /** ISO 4217 currency of `bands`. */
  readonly currency?: string;
  /** First day it applies. */
  readonly validFrom: CalendarDate;
  /** Last day it applies (inclusive); absent while in force. */
  readonly validTo?: CalendarDate;
  /** Where it comes from. */
  readonly source: PresetSource;
}

const it231 = {
  title: 'D.Lgs. 231/2002 art. 5 (ECB rate + 8 pp, each semester)',
  reference: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2002-10-09;231',
};
const es3 = {
  title: 'Ley 3/2004 art. 7 and the rate published each semester in the BOE (BOE-A-2025-13217)',
  reference: 'https://www.boe.es/diario_boe/txt.php?id=BOE-A-2025-13217',
};

/**
 * The statutory rates cobro knows, with validity periods. Periods with no entry have no rate: cobro never guesses
 * one (add newer semesters as they are published, or pass your own table).
 */
export const statutoryRates: readonly StatutoryRate[] = [
  {
    jurisdiction: 'IT',
    debtor: 'business',
    kind: 'late-interest',
    ratePercent: '11.15',
    validFrom: '2025-01-01',
    validTo: '2025-06-30',
    source: it231,
  },
  {
    jurisdiction: 'IT',
    debtor: 'business',
    kind: 'late-interest',
    ratePercent: '10.15',
    validFrom: '2025-07-01',
    validTo: '2025-12-31',
    source: it231,
  },
  {
    jurisdiction: 'IT',
    debtor: 'business',
    kind: 'fixed-compensation',
    bands: [{ upToMinor: Number.MAX_SAFE_INTEGER, amountMinor: 4000 }],
    currency: 'EUR',
    validFrom: '2013-01-01',
    source: { title: 'D.Lgs. 231/2002 art. 6 (€40 per invoice)', reference: it231.reference },
  },
  {
    jurisdiction: 'ES',
    debtor: 'business',
    kind: 'late-interest',
    ratePercent: '10.15',
    validFrom: '2025-07-01',
    validTo: '2025-12-31',
    source: es3,
  },
  {
    jurisdiction: 'ES',
    debtor: 'business',
    kind: 'fixed-compensation',
    bands: [{ upToMinor: Number.MAX_SAFE_INTEGER, amountMinor: 4000 }],
    currency: 'EUR',
    validFrom: '2013-02-24',
    source: {
      title: 'Ley 3/2004 art. 8 (€40 per invoice)',
      reference: 'https://www.boe.es/buscar/act.php?id=BOE-A-2004-21990',
    },
  },
  {
    jurisdiction: 'UK-B2B',
    debtor: 'business',
    kind: 'fixed-compensation',
    bands: [
      { upToMinor: 100_000, amountMinor: 4000 },
      { upToMinor: 1_000_000, amountMinor: 7000 },
      { upToMinor: Number.MAX_SAFE_INTEGER, amountMinor: 10_000 },
    ],
    currency: 'GBP',
    validFrom: '2013-03-16',
    source: {
      title: 'Late Payment of Commercial Debts (Interest) Act 1998 s. 5A',
      reference: 'https://www.legislation.gov.uk/ukpga/1998/20/section/5A',
    },
  },
  {
    jurisdiction: 'BR',
    debtor: 'consumer',
    kind: 'late-fine-cap',
    ratePercent: '2',
    validFrom: '1996-08-02',
    source: {
      title: 'CDC art. 52 §1 (multa de mora ≤ 2%)',
      reference: 'https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm',
    },
  },
];
