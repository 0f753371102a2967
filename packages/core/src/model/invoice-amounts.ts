import { daysBetween } from './calendar-date';
import type { Installment, Invoice } from './invoice';
import type { Money } from './money';
import type { CalendarDate } from './time';

/** @internal Sum of minor units, exact. */
export function sumMinor(amounts: readonly Money[]): number {
  return Number(amounts.reduce((total, amount) => total + BigInt(amount.amountMinor), 0n));
}

/** @internal Recomputes `balance` and `overpaid` from the payments and refunds (see {@link invoiceBalance}). */
export function withDerivedAmounts(invoice: Invoice): Invoice {
  const total = invoice.totals.total.amountMinor;
  const paid = sumMinor(invoice.payments.map((payment) => payment.amount));
  const refunded = sumMinor(invoice.refunds.map((refund) => refund.amount));
  const closed = invoice.status === 'void' || invoice.status === 'refunded';
  const balance = closed ? 0 : Math.max(0, total - paid);
  const overpaid = Math.max(0, paid - refunded - total);
  return {
    ...invoice,
    balance: { amountMinor: balance, currency: invoice.currency },
    overpaid: { amountMinor: overpaid, currency: invoice.currency },
  };
}

/**
 * What the customer still owes: `total − Σ payments`, never below zero, and zero once the invoice is void or
 * refunded. A refund is money the business chose to give back; it does not reopen the debt.
 */
export function invoiceBalance(invoice: Invoice): Money {
  return withDerivedAmounts(invoice).balance;
}

/** Total received so far, net of refunds. */
export function invoiceNetReceived(invoice: Invoice): Money {
  const paid = sumMinor(invoice.payments.map((payment) => payment.amount));
  const refunded = sumMinor(invoice.refunds.map((refund) => refund.amount));
  return { amountMinor: paid - refunded, currency: invoice.currency };
}

/** The state of one installment once payments are applied in due-date order. */
export interface InstallmentStatus {
  /** The installment. */
  readonly installment: Installment;
  /** How much of it has been paid. */
  readonly paid: Money;
  /** How much of it is still owed. */
  readonly balance: Money;
}

/**
 * Each installment with what was paid towards it. Payments settle installments oldest first, whatever
 * installment a payment named, so an early payment never leaves an older installment looking unpaid. An invoice
 * without installments is treated as one installment due on its due date with id `'1'`.
 */
export function installmentStatuses(invoice: Invoice): InstallmentStatus[] {
  const installments: readonly Installment[] =
    invoice.installments.length > 0
      ? invoice.installments
      : [{ id: '1', dueDate: invoice.dueDate, amount: invoice.totals.total }];
  let remaining = sumMinor(invoice.payments.map((payment) => payment.amount));
  const settled = invoice.status === 'void' || invoice.status === 'refunded';
  return installments.map((installment) => {
    const paid = settled ? installment.amount.amountMinor : Math.min(remaining, installment.amount.amountMinor);
    remaining -= Math.min(remaining, paid);
    return {
      installment,
      paid: { amountMinor: paid, currency: invoice.currency },
      balance: { amountMinor: installment.amount.amountMinor - paid, currency: invoice.currency },
    };
  });
}

/** Whether an invoice's status still expects money (open or partially paid). */
export function isCollectable(invoice: Invoice): boolean {
  return invoice.status === 'open' || invoice.status === 'partially_paid';
}

/**
 * Whether the invoice is overdue on `today` (a calendar date in the business's zone): it is collectable and an
 * installment (or the invoice) due before today is not fully paid. Derived, never stored. Due today is not overdue.
 */
export function isOverdue(invoice: Invoice, today: CalendarDate): boolean {
  return daysOverdue(invoice, today) > 0;
}

/** Days since the oldest unpaid installment (or the invoice) fell due; 0 when nothing is overdue. */
export function daysOverdue(invoice: Invoice, today: CalendarDate): number {
  if (!isCollectable(invoice)) return 0;
  const oldestUnpaid = installmentStatuses(invoice).find((status) => status.balance.amountMinor > 0);
  if (oldestUnpaid === undefined) return 0;
  return Math.max(0, daysBetween(oldestUnpaid.installment.dueDate, today));
}

/** The oldest installment with something still owed, or undefined when nothing is owed. */
export function nextUnpaidInstallment(invoice: Invoice): InstallmentStatus | undefined {
  if (!isCollectable(invoice)) return undefined;
  return installmentStatuses(invoice).find((status) => status.balance.amountMinor > 0);
}
