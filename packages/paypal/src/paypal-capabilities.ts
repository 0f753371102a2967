import type { PaymentMethod, PaymentProviderV1Capabilities } from '@cobro/core';

/** Which PayPal API makes the link: an Invoicing v2 invoice (default) or an Orders v2 checkout. */
export type PayPalLinkType = 'invoice' | 'order';

// PayPal's currency-codes reference (REST APIs), minus RUB which PayPal no longer supports.
const payPalCurrencies = [
  'AUD',
  'BRL',
  'CAD',
  'CNY',
  'CZK',
  'DKK',
  'EUR',
  'HKD',
  'HUF',
  'ILS',
  'JPY',
  'MYR',
  'MXN',
  'TWD',
  'NZD',
  'NOK',
  'PHP',
  'PLN',
  'GBP',
  'SGD',
  'SEK',
  'CHF',
  'THB',
  'USD',
] as const;

// The payer pays with their PayPal balance or wallet, or by card as a guest on PayPal's page.
const methods: readonly PaymentMethod[] = ['paypal', 'card'];

/** How long an Orders v2 approve link stays usable by default: 3 hours (PayPal's `links` description). */
export const payPalOrderLinkLifetimeMs = 3 * 3_600_000;

/**
 * What the PayPal adapter can do, per link type. Invoices do not expire (the due date is shown, not enforced) and can
 * be cancelled; orders lapse after 3 hours and have no cancel call, so `expireLinks` is false for them. Refunds go
 * through the capture, may be partial, and are re-read from the invoice or the capture's order. Links take one
 * payment; partial payments are switched off.
 */
export function payPalCapabilities(linkType: PayPalLinkType): PaymentProviderV1Capabilities {
  return {
    methodsByCurrency: Object.fromEntries(payPalCurrencies.map((currency) => [currency, methods])),
    reusableLinks: false,
    ...(linkType === 'order' ? { maxLinkLifetimeMs: payPalOrderLinkLifetimeMs } : {}),
    expireLinks: linkType === 'invoice',
    refunds: true,
    partialRefunds: true,
    partialPayments: false,
    refundLookup: true,
  };
}
