import type { PaymentProviderV1Payment } from '@cobro/core';
import { arrayAt, moneyAt, objectAt, type PayPalJson, stringAt } from './paypal-json';
import { fromPayPalMoney } from './paypal-money';

// Invoice `status` (spec `invoice_status`) → cobro. Only PAID counts as money arrived: INVOICING.INVOICE.PAID also
// fires for partial and pending payments. Anything unknown is `pending`, never paid.
const statusByInvoiceStatus: Readonly<Record<string, PaymentProviderV1Payment['status']>> = {
  PAID: 'succeeded',
  MARKED_AS_PAID: 'succeeded',
  PARTIALLY_PAID: 'pending',
  PAYMENT_PENDING: 'pending',
  DRAFT: 'pending',
  SENT: 'pending',
  SCHEDULED: 'pending',
  UNPAID: 'pending',
  CANCELLED: 'canceled',
  REFUNDED: 'refunded',
  MARKED_AS_REFUNDED: 'refunded',
  PARTIALLY_REFUNDED: 'partially_refunded',
};

/** Maps an invoice `status` to cobro's payment status. */
export function toPayPalInvoicePaymentStatus(status: string | undefined): PaymentProviderV1Payment['status'] {
  return statusByInvoiceStatus[status ?? ''] ?? 'pending';
}

/** True for an invoice id (`INV2-…`): Invoicing v2 ids have this shape, capture and order ids never do. */
export function isPayPalInvoiceId(id: string): boolean {
  return /^INV2-/.test(id);
}

/**
 * Reads an invoice (`GET /v2/invoicing/invoices/{id}` or a webhook's resource) into cobro's payment. In invoice mode
 * the invoice id is both the link id and the payment id; the amount is the invoice total, the refunded amount
 * `refunds.refund_amount`, the invoice reference `detail.reference`.
 */
export function summarizePayPalInvoice(invoice: PayPalJson & { readonly id: string }): PaymentProviderV1Payment {
  const detail = objectAt(invoice, 'detail');
  const currency = stringAt(detail, 'currency_code') ?? moneyAt(invoice, 'amount')?.currency_code ?? 'USD';
  const total = moneyAt(invoice, 'amount') ?? { currency_code: currency, value: '0' };
  const refunded = moneyAt(objectAt(invoice, 'refunds'), 'refund_amount') ?? { currency_code: currency, value: '0' };
  const reference = stringAt(detail, 'reference');
  const paymentTransactions = arrayAt(objectAt(invoice, 'payments'), 'transactions');
  const paidVia = paymentTransactions.at(-1);
  const paidOn = stringAt(paidVia, 'payment_date');
  return {
    id: invoice.id,
    status: toPayPalInvoicePaymentStatus(stringAt(invoice, 'status')),
    amount: fromPayPalMoney(total),
    amountRefunded: fromPayPalMoney(refunded),
    ...(reference ? { invoiceReference: reference } : {}),
    linkId: invoice.id,
    ...(paidVia ? { method: stringAt(paidVia, 'method') === 'PAYPAL' ? ('paypal' as const) : ('other' as const) } : {}),
    // Invoices record only the payment date; midnight UTC of that date is the best instant PayPal gives.
    ...(paidOn && /^\d{4}-\d{2}-\d{2}$/.test(paidOn) ? { paidAt: `${paidOn}T00:00:00.000Z` } : {}),
    raw: invoice,
  };
}

/** The PayPal transaction ids (`payments.transactions[].payment_id`) of PayPal payments on an invoice, newest last. */
export function payPalInvoiceCaptureIds(invoice: PayPalJson): string[] {
  return arrayAt(objectAt(invoice, 'payments'), 'transactions')
    .filter((transaction) => stringAt(transaction, 'method') === 'PAYPAL')
    .map((transaction) => stringAt(transaction, 'payment_id'))
    .filter((id): id is string => id !== undefined);
}
