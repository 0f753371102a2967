import type { PaymentProviderV1CreateLinkOptions } from '@cobro/core';
import { toPayPalMoney } from './paypal-money';
import { payPalInvoiceNumber } from './paypal-references';

// PayPal's `language` pattern: a BCP 47 tag such as `es-MX` or `en`.
const localePattern = /^[a-z]{2}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;

/**
 * Builds the `POST /v2/checkout/orders` body (spec `order_request`): `intent: CAPTURE` and one purchase unit whose
 * `reference_id` and `custom_id` (payer-invisible, copied onto the capture and refunds) carry the invoice reference
 * and whose `invoice_id` is the same number an invoice would get. The PayPal wallet experience asks for no shipping
 * address and a "Pay now" button, and returns to `successUrl` when given.
 */
export function createPayPalOrderBody(options: PaymentProviderV1CreateLinkOptions): Record<string, unknown> {
  const amount = toPayPalMoney(options.amount);
  const locale = options.customer.locale;
  return {
    intent: 'CAPTURE',
    purchase_units: [
      {
        reference_id: options.invoiceReference.slice(0, 256),
        custom_id: options.invoiceReference.slice(0, 127),
        invoice_id: payPalInvoiceNumber(options.invoiceReference, options.idempotencyKey),
        description: options.description.slice(0, 127),
        amount,
      },
    ],
    payment_source: {
      paypal: {
        experience_context: {
          shipping_preference: 'NO_SHIPPING',
          user_action: 'PAY_NOW',
          ...(localePattern.test(locale) ? { locale } : {}),
          ...(options.successUrl ? { return_url: options.successUrl, cancel_url: options.successUrl } : {}),
        },
      },
    },
  };
}
