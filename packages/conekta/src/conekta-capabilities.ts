import type { PaymentProviderV1Capabilities } from '@cobro/core';

/** Conekta's limits on a payment link's `expires_at`: 5 minutes to 365 days after creation. */
export const conektaLinkLifetimeMs = { min: 5 * 60_000, max: 365 * 86_400_000 } as const;

/**
 * What the Conekta adapter can do. Pesos take cards, OXXO (and other cash networks) and SPEI; dollars take cards only,
 * because cash and SPEI settle in pesos. Links are single use (`recurrent: false`) and can be cancelled; refunds may
 * be partial.
 */
export const conektaCapabilities: PaymentProviderV1Capabilities = {
  methodsByCurrency: { MXN: ['card', 'oxxo', 'spei'], USD: ['card'] },
  reusableLinks: false,
  minLinkLifetimeMs: conektaLinkLifetimeMs.min,
  maxLinkLifetimeMs: conektaLinkLifetimeMs.max,
  expireLinks: true,
  refunds: true,
  partialRefunds: true,
  partialPayments: false,
  refundLookup: true,
};
