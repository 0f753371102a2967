/**
 * `@cobro/stripe`: the Stripe payment provider for cobro. Payment Links limited to one completion (or Checkout
 * Sessions) offering card, OXXO (MXN) and boleto/Pix (BRL); payments read from PaymentIntents; refunds; webhooks
 * verified with `Stripe-Signature`.
 *
 * ```sh
 * npm install @cobro/core @cobro/stripe
 * ```
 *
 * ```ts
 * import { createStripe } from '@cobro/stripe';
 * const stripe = createStripe({ secretKey: process.env.STRIPE_SECRET_KEY });
 * ```
 *
 * @packageDocumentation
 */
export { encodeStripeForm, type StripeFormValue } from './encode-stripe-form';
export { mapStripeEvent } from './map-stripe-event';
export { type StripeLinkType, stripeCapabilities, stripeSessionLifetimeMs } from './stripe-capabilities';
export type { StripeObject } from './stripe-client';
export { scrubStripeMessage, toStripeApiCallError } from './stripe-error';
export { fromStripeAmount, stripeDecimals, toStripeAmount } from './stripe-money';
export { stripeMethodsByCurrency } from './stripe-payment-methods';
export { createStripe, type StripeProviderSettings } from './stripe-provider';
export { stripeApiVersion, stripeProviderId } from './stripe-provider-id';
export { type VerifyStripeSignatureOptions, verifyStripeSignature } from './verify-stripe-signature';
