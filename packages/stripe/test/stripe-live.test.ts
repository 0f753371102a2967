import { ApiCallError } from '@cobro/core';
import { signStripeWebhook } from '@cobro/testing';
import { runPaymentProviderContract } from '@cobro/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createStripe } from '../src/stripe-provider';
import { stripeApiVersion } from '../src/stripe-provider-id';

// Runs against Stripe's real API with a test-mode key (`sk_test_…`) when STRIPE_SECRET_KEY is set; otherwise every
// test here is reported as skipped, with the reason in the suite name. A Payment Link can only be paid in a browser,
// so `completePayment` confirms a PaymentIntent carrying the link's metadata with Stripe's test card
// (`pm_card_visa`) and signs the `payment_intent.succeeded` event locally with a test-only secret (Stripe delivers
// the real one to a registered endpoint, which a test run does not have).
const secretKey = process.env.STRIPE_SECRET_KEY;
const live = typeof secretKey === 'string' && secretKey.startsWith('sk_test_');
const title = live
  ? 'Stripe live sandbox (STRIPE_SECRET_KEY is a test-mode key)'
  : 'Stripe live sandbox (skipped: set STRIPE_SECRET_KEY to a test-mode sk_test_ key to run)';
const localWebhookSecret = 'whsec_cobroLiveTestLocalOnly';

async function stripeApi(path: string, body?: URLSearchParams): Promise<Record<string, unknown>> {
  const response = await fetch(`https://api.stripe.com${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${secretKey}`, 'stripe-version': stripeApiVersion },
    ...(body ? { body } : {}),
  });
  return (await response.json()) as Record<string, unknown>;
}

describe.skipIf(!live)(title, () => {
  it('reports an unknown PaymentIntent as not-found with a request id and no key', async () => {
    const stripe = createStripe({ secretKey });
    const error = await stripe.getPayment({ paymentId: 'pi_cobroDoesNotExist' }).catch((caught: unknown) => caught);
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'not-found' });
    expect((error as ApiCallError).requestId).toMatch(/^req_/);
    expect((error as ApiCallError).message).not.toContain(secretKey);
  });
});

if (live) {
  runPaymentProviderContract({
    name: 'stripe payment-link (live test mode)',
    live: true,
    setup: async () => {
      const provider = createStripe({ secretKey, webhookSecret: localWebhookSecret });
      const reference = `cobro-live-${Date.now()}`;
      return {
        provider,
        linkOptions: (overrides = {}) => ({
          amount: { amountMinor: 10_000, currency: 'MXN' },
          invoiceReference: reference,
          attempt: 1,
          customer: { id: 'live', name: 'Cliente Prueba', locale: 'es-MX', country: 'MX' },
          description: `Factura ${reference}`,
          idempotencyKey: `${reference}:create`,
          ...overrides,
        }),
        completePayment: async (link) => {
          const plink = await stripeApi(`/v1/payment_links/${link.id}?expand[]=line_items`);
          const price = (plink.line_items as { data: { price: { unit_amount: number; currency: string } }[] }).data[0]
            ?.price;
          const form = new URLSearchParams({
            amount: String(price?.unit_amount),
            currency: String(price?.currency),
            confirm: 'true',
            payment_method: 'pm_card_visa',
            'payment_method_types[0]': 'card',
          });
          for (const [key, value] of Object.entries((plink.metadata ?? {}) as Record<string, string>)) {
            form.set(`metadata[${key}]`, value);
          }
          const intent = await stripeApi('/v1/payment_intents', form);
          const event = {
            id: `evt_local_${intent.id as string}`,
            object: 'event',
            api_version: stripeApiVersion,
            created: Math.floor(Date.now() / 1000),
            type: 'payment_intent.succeeded',
            data: { object: intent },
          };
          const delivery = signStripeWebhook({
            body: event,
            secrets: localWebhookSecret,
            timestampSeconds: Math.floor(Date.now() / 1000),
          });
          return { paymentId: intent.id as string, delivery };
        },
        signatureHeader: 'stripe-signature',
        signWithWrongKey: async (delivery) =>
          signStripeWebhook({
            body: delivery.rawBody,
            secrets: 'whsec_wrong',
            timestampSeconds: Math.floor(Date.now() / 1000),
          }),
        secrets: [secretKey as string, localWebhookSecret],
      };
    },
  });
}
