/** Provider id used in every error and event of this adapter. */
export const stripeProviderId = 'stripe';

/**
 * The Stripe API version every request pins with `Stripe-Version`. It is the version of the official OpenAPI spec
 * the emulator validates against (stripe/openapi @63a67463), so the shapes the adapter reads are the shapes tested.
 * Create the webhook endpoint with the same version so event payloads match.
 */
export const stripeApiVersion = '2023-08-16';
