import { createPayPalEmulator, type PayPalEmulator } from '@cobro/testing';
import { afterAll, beforeAll } from 'vitest';
import { createPayPal } from '../../src/paypal-provider';
import type { PayPalProviderSettings } from '../../src/paypal-settings';

/** The fixed clock of these tests (after the test certificate's notBefore). */
export const fixedNow = new Date('2026-12-15T12:00:00.000Z');
/** Test-only credentials the emulator accepts; never real ones. */
export const testCredentials = {
  clientId: 'AcobroTestOnlyClientId0123456789',
  clientSecret: 'EcobroTestOnlySecretDoNotUse9876543210',
  webhookId: '8PT597110X687430LKGECATA',
} as const;

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
  expiresAt: '2026-12-31T18:00:00.000Z',
  successUrl: 'https://shop.example.mx/gracias',
  idempotencyKey: 'cobro:paypal:INV-2026-0042:1:create',
  metadata: { tenant: 'acme' },
};

/** Starts a PayPal emulator for the file and returns accessors for it and providers pointed at it. */
export function usePayPalEmulator(options: { readonly clock?: () => Date } = {}) {
  let emulator: PayPalEmulator | undefined;
  const clock = options.clock ?? (() => fixedNow);
  beforeAll(async () => {
    emulator = await createPayPalEmulator({ ...testCredentials, now: clock });
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
    provider: (overrides: PayPalProviderSettings = {}) =>
      createPayPal({
        ...testCredentials,
        baseURL: current().baseURL,
        certificateHostAllowlist: [current().host],
        clock,
        ...overrides,
      }),
  };
}

/** The error `promise` rejects with; fails the test when it resolves. */
export async function rejectionOf<E = unknown>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Spec-shaped PayPal error bodies per status, for injected failures. */
export function payPalErrorFor(status: number): unknown {
  if (status === 401) return { error: 'invalid_token', error_description: 'Token signature verification failed' };
  const name =
    status === 400
      ? 'INVALID_REQUEST'
      : status === 404
        ? 'RESOURCE_NOT_FOUND'
        : status === 422
          ? 'UNPROCESSABLE_ENTITY'
          : status === 429
            ? 'RATE_LIMIT_REACHED'
            : status >= 500
              ? 'SERVICE_UNAVAILABLE'
              : 'INVALID_REQUEST';
  return { name, message: `Injected ${status}.`, debug_id: `dbg${status}`, details: [], links: [] };
}
