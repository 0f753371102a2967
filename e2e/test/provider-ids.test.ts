import { createBilling, createMemoryStore } from '@cobro/core';
import { createStripe } from '@cobro/stripe';
import { createInMemoryMessagingChannel } from '@cobro/testing';
import { describe, expectTypeOf, it } from 'vitest';

// Type-level: `pnpm typecheck` fails if a misspelt provider id compiles (the @ts-expect-error lines go unused).
describe('provider ids', () => {
  const billing = createBilling({
    business: { name: 'Ids' },
    channel: createInMemoryMessagingChannel({ webhookSecret: 'whsec_channel' }),
    store: createMemoryStore(),
    providers: [createStripe({ secretKey: 'sk_test_ids', webhookSecret: 'whsec_ids' })],
  });

  it('are the literal ids of the providers given, so a typo is a type error', () => {
    expectTypeOf(billing.paymentWebhookHandler).parameter(0).toEqualTypeOf<'stripe'>();
    expectTypeOf(billing.handlePaymentWebhook).parameter(0).toEqualTypeOf<'stripe'>();
    billing.paymentWebhookHandler('stripe');
    // @ts-expect-error 'strype' is not a provider this billing was given
    billing.paymentWebhookHandler('strype');
  });

  it('are any string for a billing built from providers typed only by the spec', () => {
    const untyped = createBilling({
      business: { name: 'Ids' },
      channel: createInMemoryMessagingChannel({ webhookSecret: 'whsec_channel' }),
    });
    expectTypeOf(untyped.paymentWebhookHandler).parameter(0).toEqualTypeOf<string>();
  });
});
