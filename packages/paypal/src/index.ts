/**
 * `@cobro/paypal`: the PayPal payment provider for cobro. Payment links as Invoicing v2 invoices shared by URL (or
 * Orders v2 checkouts), payments and refunds, and webhooks verified against PayPal's certificate before parsing.
 *
 * ```sh
 * npm install @cobro/core @cobro/paypal
 * ```
 *
 * ```ts
 * import { createPayPal } from '@cobro/paypal';
 * const paypal = createPayPal({ environment: 'live' }); // PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET, PAYPAL_WEBHOOK_ID
 * ```
 *
 * @packageDocumentation
 */
export type { PayPalWebhookVerification } from './create-paypal-webhook-parser';
export { type PayPalLinkType, payPalCapabilities } from './paypal-capabilities';
export { checkPayPalCertificateURL, payPalCertificateHosts } from './paypal-certificate-store';
export { fromPayPalMoney, type PayPalMoney, payPalDecimals, toPayPalMoney } from './paypal-money';
export { createPayPal, type PayPalProvider } from './paypal-provider';
export type { PayPalProviderSettings } from './paypal-settings';
export type { PayPalTransmission } from './paypal-webhook-headers';
export { payPalVerifySignatureBody } from './verify-paypal-webhook-api';
export { payPalSignedMessage } from './verify-paypal-webhook-offline';
