import type { Invoice } from '../model/invoice';
import { toDecimalString } from '../model/money-decimal';

// RFC 4180: quote every field that needs it, double the quotes inside; CRLF line ends, as accounting tools expect.
function row(fields: readonly (string | number | undefined)[]): string {
  return fields
    .map((field) => {
      const text = field === undefined ? '' : String(field);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/** Invoices as CSV for accounting software: one line per invoice, amounts as exact decimal strings. */
export function exportInvoicesCsv(invoices: readonly Invoice[]): string {
  const lines = [
    row([
      'number',
      'customer_id',
      'status',
      'currency',
      'issue_date',
      'due_date',
      'subtotal',
      'tax',
      'total',
      'balance',
      'description',
    ]),
  ];
  for (const invoice of invoices) {
    lines.push(
      row([
        invoice.number,
        invoice.customerId,
        invoice.status,
        invoice.currency,
        invoice.issueDate,
        invoice.dueDate,
        toDecimalString(invoice.totals.subtotal),
        toDecimalString(invoice.totals.tax),
        toDecimalString(invoice.totals.total),
        toDecimalString(invoice.balance),
        invoice.description,
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Payments and refunds as CSV: one line each, refunds negative, with the invoice number and provider ids. */
export function exportPaymentsCsv(invoices: readonly Invoice[]): string {
  const lines = [
    row(['invoice_number', 'kind', 'provider', 'provider_id', 'received_at', 'currency', 'amount', 'method']),
  ];
  for (const invoice of invoices) {
    for (const payment of invoice.payments) {
      lines.push(
        row([
          invoice.number,
          'payment',
          payment.provider,
          payment.providerPaymentId,
          payment.receivedAt,
          payment.amount.currency,
          toDecimalString(payment.amount),
          payment.method,
        ]),
      );
    }
    for (const refund of invoice.refunds) {
      const negative = { ...refund.amount, amountMinor: -refund.amount.amountMinor };
      lines.push(
        row([
          invoice.number,
          'refund',
          refund.provider,
          refund.providerRefundId,
          refund.refundedAt,
          refund.amount.currency,
          toDecimalString(negative),
          undefined,
        ]),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
