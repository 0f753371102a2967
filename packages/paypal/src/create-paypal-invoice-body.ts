import type { PaymentProviderV1CreateLinkOptions } from '@cobro/core';
import { toPayPalMoney } from './paypal-money';
import { payPalInvoiceNumber } from './paypal-references';

/**
 * Builds the `POST /v2/invoicing/invoices` body (spec `invoice`): one item for the whole amount (quantity `"1"`, the
 * description as its name), the invoice number from the reference (see `payPalInvoiceNumber`), the reference itself
 * in `detail.reference` (the field cobro reads back), no tips, no partial payments, and the customer's name and
 * e-mail when known. The phone number is never sent: PayPal does not need it for a shared link. A requested expiry
 * becomes the due date, which PayPal shows but does not enforce.
 */
export function createPayPalInvoiceBody(options: PaymentProviderV1CreateLinkOptions): Record<string, unknown> {
  const amount = toPayPalMoney(options.amount);
  const { name, email } = options.customer;
  const billing: Record<string, unknown> = {
    ...(name ? { name: { full_name: name.slice(0, 300) } } : {}),
    ...(email ? { email_address: email } : {}),
  };
  return {
    detail: {
      invoice_number: payPalInvoiceNumber(options.invoiceReference, options.idempotencyKey),
      reference: options.invoiceReference.slice(0, 120),
      currency_code: amount.currency_code,
      note: options.description.slice(0, 4000),
      ...(options.expiresAt ? { payment_term: { due_date: options.expiresAt.slice(0, 10) } } : {}),
    },
    ...(Object.keys(billing).length > 0 ? { primary_recipients: [{ billing_info: billing }] } : {}),
    items: [{ name: options.description.slice(0, 200), quantity: '1', unit_amount: amount }],
    configuration: { allow_tip: false, partial_payment: { allow_partial_payment: false } },
  };
}
