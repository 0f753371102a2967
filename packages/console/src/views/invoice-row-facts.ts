import { agingBucket, calendarDateAt, type Invoice } from '@cobro/core';
import type { ConsoleContext } from '../console-context';

/** Today on the invoice's business calendar: due dates are calendar dates in that zone. */
export function businessToday(context: ConsoleContext, invoice: Invoice): string {
  return calendarDateAt(context.now.toISOString(), invoice.businessTimeZone);
}

/** Past due with money still owed (derived, never stored). */
export function isOverdue(context: ConsoleContext, invoice: Invoice): boolean {
  const open = invoice.status === 'open' || invoice.status === 'partially_paid';
  return open && invoice.balance.amountMinor > 0 && agingBucket(invoice, businessToday(context, invoice)) !== 'current';
}

/** The aging bucket, for collectable invoices only. */
export function bucketOf(context: ConsoleContext, invoice: Invoice): string {
  const open = invoice.status === 'open' || invoice.status === 'partially_paid';
  return open && invoice.balance.amountMinor > 0 ? agingBucket(invoice, businessToday(context, invoice)) : '—';
}
