import { type ConektaEmulator, createConektaEmulator, generateConektaWebhookKeyPair } from '@cobro/testing';
import { afterAll, beforeAll } from 'vitest';
import { createConekta } from '../../src/conekta-provider';

/** The fixed clock of these tests: 2026-11-24T00:00:00Z. */
export const fixedNow = new Date('2026-11-24T00:00:00.000Z');
/** The API key the emulator accepts; test-only, never a real key. */
export const testPrivateKey = 'key_TestOnlyDoNotUse0123456789';
/** One webhook key pair shared by a test file. */
export const webhookKeyPair = generateConektaWebhookKeyPair();

/** Starts a Conekta emulator for the file and returns accessors for it and a provider pointed at it. */
export function useConektaEmulator() {
  let emulator: ConektaEmulator | undefined;
  beforeAll(async () => {
    emulator = await createConektaEmulator({ privateKey: testPrivateKey, webhookKeyPair, now: () => fixedNow });
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
    provider: (overrides: Parameters<typeof createConekta>[0] = {}) =>
      createConekta({
        privateKey: testPrivateKey,
        webhookPublicKey: webhookKeyPair.publicKey,
        baseURL: current().baseURL,
        now: () => fixedNow,
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
  expiresAt: '2026-12-01T18:00:00.000Z',
  successUrl: 'https://shop.example.mx/gracias',
  idempotencyKey: 'cobro:conekta:INV-2026-0042:1:create',
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
