import type { Customer } from '../model/customer';
import type { Invoice } from '../model/invoice';
import { daysOverdue, installmentStatuses } from '../model/invoice-amounts';
import type { Money } from '../model/money';
import type { CalendarDate } from '../model/time';
import { shiftDate } from './local-time';
import { type StatutoryRate, statutoryRates } from './statutory-rates';

/** One late charge the law allows on an invoice, with the rate and source to cite. */
export interface StatutoryLateCharge {
  /** Interest or fixed compensation. */
  readonly kind: 'late-interest' | 'fixed-compensation';
  /** The amount, exact, rounded half-up to the minor unit. */
  readonly amount: Money;
  /** The rates applied (interest may span several semesters). */
  readonly rates: readonly StatutoryRate[];
}

/** What {@link statutoryLateCharges} found: charges it computed, and days it could not price for lack of a rate. */
export interface StatutoryLateChargesResult {
  /** Charges that apply. */
  readonly charges: readonly StatutoryLateCharge[];
  /** Overdue days with no known rate: cobro does not guess; add the semester's rate to price them. */
  readonly unpricedDays: readonly CalendarDate[];
}

/**
 * Statutory late charges on an overdue invoice: B2B late interest (simple, daily, actual/365) and fixed
 * compensation where the jurisdiction grants them, on the balance outstanding at `asOf`. Applied only when the business says it claims them
 * (`claimed`) and the customer is of the kind the law covers; consumer fine caps are limits, not charges.
 */
export function statutoryLateCharges({
  invoice,
  customer,
  jurisdiction,
  asOf,
  claimed,
  rates = statutoryRates,
}: {
  /** The invoice. */
  invoice: Invoice;
  /** Its customer. */
  customer: Pick<Customer, 'kind'>;
  /** The preset id whose rates apply, e.g. `IT`. */
  jurisdiction: StatutoryRate['jurisdiction'];
  /** The business-calendar date to compute up to. */
  asOf: CalendarDate;
  /** Whether the business claims statutory charges on this invoice (contract, terms). */
  claimed: boolean;
  /** Rates to use instead of cobro's table. */
  rates?: readonly StatutoryRate[];
}): StatutoryLateChargesResult {
  const debtor = customer.kind ?? 'consumer';
  const overdueDays = daysOverdue(invoice, asOf);
  if (!claimed || overdueDays <= 0) return { charges: [], unpricedDays: [] };
  const applicable = rates.filter((rate) => rate.jurisdiction === jurisdiction && rate.debtor === debtor);
  const inForce = (rate: StatutoryRate, date: CalendarDate) =>
    rate.validFrom <= date && (rate.validTo === undefined || date <= rate.validTo);
  const charges: StatutoryLateCharge[] = [];
  const unpriced: CalendarDate[] = [];

  const interestRates = applicable.filter((rate) => rate.kind === 'late-interest');
  if (interestRates.length > 0) {
    const overdue = installmentStatuses(invoice).find((status) => status.balance.amountMinor > 0);
    const principal = BigInt(invoice.balance.amountMinor);
    // Σ principal × rate% × 1 day / 365, in hundred-thousandths of a percent to stay exact.
    let numerator = 0n;
    const used = new Set<StatutoryRate>();
    for (let offset = 1; offset <= overdueDays; offset++) {
      const date = shiftDate(overdue?.installment.dueDate ?? invoice.dueDate, offset);
      const rate = interestRates.find((candidate) => inForce(candidate, date));
      if (!rate?.ratePercent) {
        unpriced.push(date);
        continue;
      }
      used.add(rate);
      numerator += principal * BigInt(Math.round(Number(rate.ratePercent) * 100_000));
    }
    const denominator = 365n * 100n * 100_000n;
    const amountMinor = Number((numerator * 2n + denominator) / (2n * denominator));
    if (used.size > 0) {
      charges.push({ kind: 'late-interest', amount: { amountMinor, currency: invoice.currency }, rates: [...used] });
    }
  }

  const fixed = applicable.find((rate) => rate.kind === 'fixed-compensation' && inForce(rate, asOf));
  if (fixed?.bands && fixed.currency === invoice.currency) {
    const band = fixed.bands.find((candidate) => invoice.totals.total.amountMinor < candidate.upToMinor);
    if (band)
      charges.push({
        kind: 'fixed-compensation',
        amount: { amountMinor: band.amountMinor, currency: invoice.currency },
        rates: [fixed],
      });
  }
  return { charges, unpricedDays: unpriced };
}
