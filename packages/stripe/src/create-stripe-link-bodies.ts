import { type PaymentProviderV1CreateLinkOptions, ValidationError } from '@cobro/core';
import type { StripeFormValue } from './encode-stripe-form';
import { stripeSessionLifetimeMs } from './stripe-capabilities';
import { stripeLinkMetadata } from './stripe-metadata';
import { toStripeAmount } from './stripe-money';
import { toStripePaymentMethodTypes } from './stripe-payment-methods';

/** A form body before encoding. */
export type StripeFormBody = { readonly [key: string]: StripeFormValue };

// Checkout's `locale` enum (spec /v1/checkout/sessions); anything else lets Checkout pick (`auto`).
const checkoutLocales = new Set(
  'bg cs da de el en en-GB es es-419 et fi fil fr fr-CA hr hu id it ja ko lt lv ms mt nb nl pl pt pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW'.split(
    ' ',
  ),
);

/** The Checkout locale for a BCP 47 tag: exact, else Latin American Spanish for `es-XX`, else the language, else `auto`. */
export function toStripeCheckoutLocale(locale: string): string {
  if (checkoutLocales.has(locale)) return locale;
  const [language, region] = locale.split('-');
  if (language === 'es' && region && region !== 'ES') return 'es-419';
  return language && checkoutLocales.has(language) ? language : 'auto';
}

/** What the link bodies share: the checked amount, methods and metadata. */
export interface StripeLinkParts {
  readonly amount: number;
  readonly currency: string;
  readonly methods: ReturnType<typeof toStripePaymentMethodTypes>;
  readonly metadata: Record<string, string>;
}

/**
 * Checks the parts every link needs, collecting every problem into one `ValidationError`.
 *
 * @throws `ValidationError` for a bad amount, currency, method, description or metadata.
 */
export function stripeLinkParts(options: PaymentProviderV1CreateLinkOptions): StripeLinkParts {
  const issues: { path: string; message: string }[] = [];
  const attempt = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (!ValidationError.isInstance(error)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const amount = attempt(() => toStripeAmount(options.amount));
  const methods = attempt(() => toStripePaymentMethodTypes(options.amount.currency, options.allowedMethods));
  const metadata = attempt(() => stripeLinkMetadata(options));
  if (options.description.trim() === '') issues.push({ path: 'description', message: 'must not be empty' });
  if (!Number.isInteger(options.attempt) || options.attempt < 1)
    issues.push({ path: 'attempt', message: 'must be a positive integer' });
  if (issues.length > 0 || amount === undefined || !methods || !metadata) {
    throw new ValidationError({ subject: 'Stripe payment link', issues });
  }
  return { amount, currency: options.amount.currency.toLowerCase(), methods, metadata };
}

/** `POST /v1/prices`: a one-time price with an inline product, for a Payment Link's single line item. */
export function createStripePriceBody(
  options: PaymentProviderV1CreateLinkOptions,
  parts: StripeLinkParts,
): StripeFormBody {
  return {
    currency: parts.currency,
    unit_amount: parts.amount,
    product_data: { name: options.description },
    metadata: parts.metadata,
  };
}

/**
 * `POST /v1/payment_links`: one line item, the allowed methods, cobro's metadata on the link and (through
 * `payment_intent_data`) on the PaymentIntent and charge, completion limited to one, and a redirect when the caller
 * gives a success URL.
 */
export function createStripePaymentLinkBody(
  options: PaymentProviderV1CreateLinkOptions,
  parts: StripeLinkParts,
  priceId: string,
): StripeFormBody {
  return {
    line_items: [{ price: priceId, quantity: 1 }],
    payment_method_types: parts.methods.types,
    metadata: parts.metadata,
    payment_intent_data: { metadata: parts.metadata },
    restrictions: { completed_sessions: { limit: 1 } },
    ...(options.successUrl ? { after_completion: { type: 'redirect', redirect: { url: options.successUrl } } } : {}),
  };
}

/**
 * `POST /v1/checkout/sessions` in `payment` mode with inline `price_data`. `expires_at` is sent only when the caller
 * asks for less than Stripe's 24-hour default; a later request is clamped to the default by leaving it out, which
 * also keeps the body identical when a create is retried (a clock-derived timestamp would change it and make
 * Stripe refuse the idempotency key).
 *
 * @throws `ValidationError` when there is no success URL, or `expiresAt` is unreadable or under 30 minutes away.
 */
export function createStripeCheckoutSessionBody(
  options: PaymentProviderV1CreateLinkOptions,
  parts: StripeLinkParts,
  { nowMs, successUrl }: { nowMs: number; successUrl: string | undefined },
): StripeFormBody {
  const issues: { path: string; message: string }[] = [];
  let expiresAt: number | undefined;
  if (options.expiresAt !== undefined) {
    const at = Date.parse(options.expiresAt);
    if (Number.isNaN(at)) issues.push({ path: 'expiresAt', message: 'must be an ISO 8601 instant' });
    else if (at - nowMs < stripeSessionLifetimeMs.min)
      issues.push({ path: 'expiresAt', message: 'a Checkout Session must stay open at least 30 minutes' });
    else if (at - nowMs < stripeSessionLifetimeMs.max) expiresAt = Math.floor(at / 1000);
  }
  const success = options.successUrl ?? successUrl;
  if (!success)
    issues.push({ path: 'successUrl', message: 'Checkout Sessions need a success URL (or the successUrl setting)' });
  if (issues.length > 0) throw new ValidationError({ subject: 'Stripe Checkout Session', issues });
  return {
    mode: 'payment',
    line_items: [
      {
        price_data: {
          currency: parts.currency,
          unit_amount: parts.amount,
          product_data: { name: options.description },
        },
        quantity: 1,
      },
    ],
    payment_method_types: parts.methods.types,
    ...(options.invoiceReference.length <= 200 ? { client_reference_id: options.invoiceReference } : {}),
    ...(options.customer.email ? { customer_email: options.customer.email } : {}),
    locale: toStripeCheckoutLocale(options.customer.locale),
    metadata: parts.metadata,
    payment_intent_data: { metadata: parts.metadata },
    success_url: success,
    ...(expiresAt === undefined ? {} : { expires_at: expiresAt }),
  };
}
