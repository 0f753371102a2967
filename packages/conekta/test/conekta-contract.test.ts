import {
  type ConektaEmulator,
  createConektaEmulator,
  generateConektaWebhookKeyPair,
  signConektaWebhook,
} from '@cobro/testing';
import { runPaymentProviderContract } from '@cobro/testing/vitest';
import { createConekta } from '../src/conekta-provider';
import { linkInput, testPrivateKey } from './support/setup';

// Spec-shaped error bodies per status (types from the spec's `error` examples and Conekta's documented error types).
const errorTypes: Record<number, string> = {
  400: 'parameter_validation_error',
  401: 'authentication_error',
  402: 'processing_error',
  404: 'resource_not_found_error',
  422: 'parameter_validation_error',
  429: 'too_many_requests_error',
  500: 'api_error',
  503: 'api_error',
};

runPaymentProviderContract({
  name: 'conekta (emulator on loopback)',
  setup: async () => {
    const webhookKeyPair = generateConektaWebhookKeyPair();
    const wrongKeyPair = generateConektaWebhookKeyPair();
    const emulator: ConektaEmulator = await createConektaEmulator({ privateKey: testPrivateKey, webhookKeyPair });
    const provider = createConekta({
      privateKey: testPrivateKey,
      webhookPublicKey: webhookKeyPair.publicKey,
      baseURL: emulator.baseURL,
    });
    return {
      provider,
      linkOptions: (overrides = {}) => {
        const { expiresAt: _fixedClockExpiry, ...options } = linkInput;
        return { ...options, ...overrides };
      },
      completePayment: async (link) => {
        const { order, webhook } = emulator.pay(link.id);
        return { paymentId: order.id as string, delivery: webhook };
      },
      signatureHeader: 'digest',
      signWithWrongKey: async (delivery) =>
        signConektaWebhook({ body: delivery.rawBody, privateKey: wrongKeyPair.privateKey }),
      injectError: (status) =>
        emulator.failNext({
          status,
          body: {
            details: [
              {
                message: `Injected ${status}.`,
                debug_message: `Injected ${status}.`,
                code: `conekta.errors.injected.${status}`,
              },
            ],
            log_id: `log-${status}`,
            object: 'error',
            type: errorTypes[status] ?? 'api_error',
          },
          ...(status === 429 ? { headers: { 'retry-after': '1' } } : {}),
        }),
      creationCount: () => emulator.checkouts.size,
      secrets: [testPrivateKey, webhookKeyPair.privateKey],
      teardown: () => emulator.close(),
    };
  },
});
