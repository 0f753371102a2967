import type { PaymentProviderV1Capabilities } from '@cobro/core';
import { stripeMethodsByCurrency } from './stripe-payment-methods';

/** Which Stripe object a cobro payment link is. */
export type StripeLinkType = 'payment-link' | 'checkout-session';

/** Stripe's bounds on a Checkout Session's `expires_at`: 30 minutes to 24 hours after creation. */
export const stripeSessionLifetimeMs: {
  /** 30 minutes, in milliseconds. */
  readonly min: number;
  /** 24 hours, in milliseconds. */
  readonly max: number;
} = { min: 30 * 60_000, max: 24 * 3_600_000 };

/**
 * What the Stripe adapter can do. Both link types complete once (a Payment Link is created with
 * `restrictions[completed_sessions][limit]=1`), so neither is reusable; Payment Links never expire by themselves,
 * Checkout Sessions live 30 min – 24 h. Refunds may be partial and are listed per PaymentIntent; one link takes one
 * payment for the whole amount.
 */
export function stripeCapabilities(linkType: StripeLinkType): PaymentProviderV1Capabilities {
  return {
    methodsByCurrency: stripeMethodsByCurrency,
    reusableLinks: false,
    ...(linkType === 'checkout-session'
      ? { minLinkLifetimeMs: stripeSessionLifetimeMs.min, maxLinkLifetimeMs: stripeSessionLifetimeMs.max }
      : {}),
    expireLinks: true,
    refunds: true,
    partialRefunds: true,
    partialPayments: false,
    refundLookup: true,
  };
}
