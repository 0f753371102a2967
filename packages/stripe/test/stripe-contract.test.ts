import { createStripeEmulator, type StripeEmulator, signStripeWebhook } from '@cobro/testing';
import { runPaymentProviderContract } from '@cobro/testing/vitest';
import type { StripeLinkType } from '../src/stripe-capabilities';
import { createStripe } from '../src/stripe-provider';
import { linkInput, testSecretKey, testWebhookSecret } from './support/setup';

// Spec-shaped error bodies per status (`api_errors.type` and the codes Stripe documents for them).
const errorBodies: Record<number, { type: string; code?: string }> = {
  400: { type: 'invalid_request_error', code: 'parameter_invalid' },
  401: { type: 'invalid_request_error', code: 'api_key_invalid' },
  429: { type: 'invalid_request_error', code: 'rate_limit' },
  503: { type: 'api_error' },
};

for (const linkType of ['payment-link', 'checkout-session'] as const satisfies readonly StripeLinkType[]) {
  runPaymentProviderContract({
    name: `stripe ${linkType} (emulator on loopback)`,
    setup: async () => {
      const emulator: StripeEmulator = await createStripeEmulator({
        secretKey: testSecretKey,
        webhookSecret: testWebhookSecret,
      });
      const provider = createStripe({
        secretKey: testSecretKey,
        webhookSecret: testWebhookSecret,
        baseURL: emulator.baseURL,
        linkType,
      });
      return {
        provider,
        linkOptions: (overrides = {}) => ({ ...linkInput, ...overrides }),
        completePayment: async (link) => {
          const { paymentIntent, webhook } = emulator.pay(link.id, { method: 'card' });
          return { paymentId: paymentIntent.id as string, delivery: webhook };
        },
        signatureHeader: 'stripe-signature',
        signedDelivery: async (scenario, { link, paymentId }) => {
          if (scenario === 'payment-refunded') {
            const intent = emulator.paymentIntents.get(paymentId!)!;
            const charge = emulator.charges.get(intent.latest_charge as string)!;
            return emulator.emit('charge.refunded', { ...charge, amount_refunded: charge.amount, refunded: true });
          }
          if (scenario === 'payment-failed') {
            const { session } = emulator.pay(link.id, { method: 'oxxo', async: true });
            return emulator.failAsync(session.id as string);
          }
          // The link may already be spent by the failed attempt above, so announce its end from the stored object.
          if (link.id.startsWith('plink_')) {
            return emulator.emit('payment_link.updated', { ...emulator.paymentLinks.get(link.id), active: false });
          }
          return emulator.emit('checkout.session.expired', { ...emulator.sessions.get(link.id), status: 'expired' });
        },
        signWithWrongKey: async (delivery) =>
          signStripeWebhook({
            body: delivery.rawBody,
            secrets: 'whsec_notTheEndpointSecret000000000000',
            timestampSeconds: Math.floor(Date.now() / 1000),
          }),
        injectError: (status, body) => {
          const { type, code } = errorBodies[status] ?? { type: 'api_error' };
          emulator.failNext({
            status,
            body: body ?? { error: { type, ...(code ? { code } : {}), message: `Injected ${status}.` } },
            headers: { 'request-id': `req_injected${status}`, ...(status === 429 ? { 'retry-after': '1' } : {}) },
          });
        },
        creationCount: () =>
          linkType === 'payment-link' ? emulator.counts().paymentLinks : emulator.counts().sessions,
        secrets: [testSecretKey, testWebhookSecret],
        teardown: () => emulator.close(),
      };
    },
  });
}
