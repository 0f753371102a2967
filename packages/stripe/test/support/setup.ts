import { createStripeEmulator, type StripeEmulator } from '@cobro/testing';
import { afterAll, beforeAll } from 'vitest';
import { createStripe, type StripeProviderSettings } from '../../src/stripe-provider';

/** The fixed clock of these tests: 2026-11-24T00:00:00Z. */
export const fixedNow = new Date('2026-11-24T00:00:00.000Z');
/** The API key the emulator accepts; test-only, never a real key. */
export const testSecretKey = 'sk_test_cobroEmulatorOnly0123456789';
/** The webhook endpoint secret of these tests. */
export const testWebhookSecret = 'whsec_cobroTestOnly0123456789abcdefABCDEF';

/** Starts a Stripe emulator for the file (fixed clock) and returns accessors for it and a provider pointed at it. */
export function useStripeEmulator() {
  let emulator: StripeEmulator | undefined;
  beforeAll(async () => {
    emulator = await createStripeEmulator({
      secretKey: testSecretKey,
      webhookSecret: testWebhookSecret,
      now: () => fixedNow,
    });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  const current = () => {
    if (!emulator) throw new Error('emulator not started');
    return emulator;
  };
  return {
    emulator: current,
    provider: (overrides: StripeProviderSettings = {}) =>
      createStripe({
        secretKey: testSecretKey,
        webhookSecret: testWebhookSecret,
        baseURL: current().baseURL,
        clock: () => fixedNow,
        ...overrides,
      }),
  };
}

/** A typical create-link input for an MXN invoice. */
export const linkInput = {
  amount: { amountMinor: 123_450, currency: 'MXN' },
  invoiceReference: 'INV-2026-0042',
  attempt: 1,
  customer: {
    id: 'cus_1',
    name: 'Jorge López',
    phone: '+525512345678',
    email: 'jorge@example.mx',
    locale: 'es-MX',
    country: 'MX',
  },
  description: 'Factura INV-2026-0042',
  successUrl: 'https://shop.example.mx/gracias',
  idempotencyKey: 'cobro:stripe:INV-2026-0042:1:create',
  metadata: { tenant: 'acme' },
};

/** The error `promise` rejects with; fails the test when it resolves. */
export async function rejectionOf<E = unknown>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
