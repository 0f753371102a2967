import { calendarDateAt, daysBetween } from '../model/calendar-date';
import type { Invoice } from '../model/invoice';
import type { Money } from '../model/money';
import type { CalendarDate } from '../model/time';

/** How well one currency's receivables are being collected over a period. */
export interface CollectionStats {
  /** ISO 4217 currency. */
  readonly currency: string;
  /** Billed: totals of the invoices issued in the period (not void). */
  readonly billed: Money;
  /** Collected: payments (net of refunds) on those invoices. */
  readonly collected: Money;
  /** collected ÷ billed, 0–1 (rounded to 4 places); 0 when nothing was billed. */
  readonly collectionRate: number;
  /** Average days from due date to full payment, over fully paid invoices (negative: paid early). */
  readonly averageDaysToPay: number | undefined;
  /** Days sales outstanding: receivables at the end ÷ billed × days in the period. */
  readonly daysSalesOutstanding: number;
  /** Promises to pay whose date has passed, and how many were kept (paid by the promised date). */
  readonly promises: {
    /** Promises whose date has passed. */
    readonly due: number;
    /** Of those, paid in full by the promised date. */
    readonly kept: number;
  };
}

/**
 * Collection figures per currency for invoices issued between `from` and `to` (business-calendar dates, inclusive):
 * collection rate, average days to pay, days sales outstanding and promises kept.
 */
export function collectionStats({
  invoices,
  from,
  to,
}: {
  /** The invoices (any status). */
  invoices: readonly Invoice[];
  /** First issue date counted. */
  from: CalendarDate;
  /** Last issue date counted, and the day receivables are measured. */
  to: CalendarDate;
}): CollectionStats[] {
  const days = daysBetween(from, to) + 1;
  const byCurrency = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    if (invoice.status === 'void' || invoice.status === 'draft' || invoice.issueDate < from || invoice.issueDate > to)
      continue;
    byCurrency.set(invoice.currency, [...(byCurrency.get(invoice.currency) ?? []), invoice]);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, list]) => {
      const billed = list.reduce((sum, invoice) => sum + invoice.totals.total.amountMinor, 0);
      const paidOf = (invoice: Invoice) =>
        invoice.payments.reduce((sum, payment) => sum + payment.amount.amountMinor, 0) -
        invoice.refunds.reduce((sum, refund) => sum + refund.amount.amountMinor, 0);
      const collected = list.reduce((sum, invoice) => sum + paidOf(invoice), 0);
      const outstanding = list.reduce((sum, invoice) => sum + invoice.balance.amountMinor, 0);
      const paidDays = list
        .filter((invoice) => invoice.status === 'paid' && invoice.payments.length > 0)
        .map((invoice) => {
          const last =
            invoice.payments
              .map((payment) => payment.receivedAt)
              .sort()
              .at(-1) ?? '';
          return daysBetween(invoice.dueDate, calendarDateAt(last, invoice.businessTimeZone));
        });
      const promised = list.filter((invoice) => invoice.promiseToPay && invoice.promiseToPay.date <= to);
      const kept = promised.filter(
        (invoice) =>
          invoice.payments.some(
            (payment) =>
              calendarDateAt(payment.receivedAt, invoice.businessTimeZone) <= (invoice.promiseToPay?.date ?? ''),
          ) && invoice.balance.amountMinor === 0,
      );
      return {
        currency,
        billed: { amountMinor: billed, currency },
        collected: { amountMinor: collected, currency },
        collectionRate: billed === 0 ? 0 : Math.round((collected / billed) * 10_000) / 10_000,
        averageDaysToPay:
          paidDays.length === 0
            ? undefined
            : Math.round((paidDays.reduce((a, b) => a + b, 0) / paidDays.length) * 10) / 10,
        daysSalesOutstanding: billed === 0 ? 0 : Math.round((outstanding / billed) * days * 10) / 10,
        promises: { due: promised.length, kept: kept.length },
      };
    });
}
