import type { Invoice } from '../model/invoice';
import { daysOverdue, isCollectable } from '../model/invoice-amounts';
import type { Money } from '../model/money';
import type { CalendarDate } from '../model/time';

/** The aging buckets, by days past due. */
export type AgingBucket = 'current' | '1-30' | '31-60' | '61-90' | '90+';

/** Receivables of one currency, by bucket. Amounts never mix currencies. */
export interface AgingReportRow {
  /** ISO 4217 currency. */
  readonly currency: string;
  /** Amount owed per bucket, exact. */
  readonly buckets: Readonly<Record<AgingBucket, Money>>;
  /** Open invoices per bucket. */
  readonly counts: Readonly<Record<AgingBucket, number>>;
  /** Everything owed in this currency. */
  readonly total: Money;
}

const buckets: readonly AgingBucket[] = ['current', '1-30', '31-60', '61-90', '90+'];

/** Which bucket an invoice falls in on `asOf`, from its oldest unpaid installment. */
export function agingBucket(invoice: Invoice, asOf: CalendarDate): AgingBucket {
  const days = daysOverdue(invoice, asOf);
  if (days <= 0) return 'current';
  if (days <= 30) return '1-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

/**
 * Receivables aging on `asOf` (a business-calendar date): the balance of every open or partially paid invoice, in
 * buckets by days past due (current, 1–30, 31–60, 61–90, 90+), one row per currency, sorted by currency.
 */
export function agingReport({
  invoices,
  asOf,
}: {
  invoices: readonly Invoice[];
  asOf: CalendarDate;
}): AgingReportRow[] {
  const rows = new Map<string, { buckets: Record<AgingBucket, number>; counts: Record<AgingBucket, number> }>();
  for (const invoice of invoices) {
    if (!isCollectable(invoice) || invoice.balance.amountMinor <= 0) continue;
    const row = rows.get(invoice.currency) ?? {
      buckets: Object.fromEntries(buckets.map((bucket) => [bucket, 0])) as Record<AgingBucket, number>,
      counts: Object.fromEntries(buckets.map((bucket) => [bucket, 0])) as Record<AgingBucket, number>,
    };
    const bucket = agingBucket(invoice, asOf);
    row.buckets[bucket] += invoice.balance.amountMinor;
    row.counts[bucket] += 1;
    rows.set(invoice.currency, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, row]) => ({
      currency,
      buckets: Object.fromEntries(
        buckets.map((bucket) => [bucket, { amountMinor: row.buckets[bucket], currency }]),
      ) as Record<AgingBucket, Money>,
      counts: row.counts,
      total: { amountMinor: buckets.reduce((sum, bucket) => sum + row.buckets[bucket], 0), currency },
    }));
}
