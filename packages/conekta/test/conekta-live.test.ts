import { ApiCallError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { createConekta } from '../src/conekta-provider';

// Runs against Conekta's real API with a test-mode key (`key_…` from the sandbox dashboard) when CONEKTA_PRIVATE_KEY
// is set; otherwise every test here is reported as skipped, with the reason in the suite name.
const privateKey = process.env.CONEKTA_PRIVATE_KEY;
const title = privateKey
  ? 'Conekta live sandbox (CONEKTA_PRIVATE_KEY is set)'
  : 'Conekta live sandbox (skipped: set CONEKTA_PRIVATE_KEY to a test-mode key to run)';

describe.skipIf(!privateKey)(title, () => {
  it('creates a single-use link for card, OXXO and SPEI, reads it back through the API, and cancels it', async () => {
    const conekta = createConekta({ privateKey });
    const reference = `cobro-live-${Date.now()}`;
    const link = await conekta.createPaymentLink({
      amount: { amountMinor: 10_000, currency: 'MXN' },
      invoiceReference: reference,
      attempt: 1,
      customer: {
        id: 'live',
        name: 'Cliente Prueba',
        phone: '+525512345678',
        email: 'prueba@example.com',
        locale: 'es-MX',
        country: 'MX',
      },
      description: `Factura ${reference}`,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      idempotencyKey: `${reference}:create`,
    });
    expect(link.url).toMatch(/^https:\/\/pay\.conekta\.com\//);
    expect(link.reusable).toBe(false);
    await expect(conekta.expirePaymentLink({ linkId: link.id })).resolves.toBeUndefined();
  });

  it('reports an unknown order as not-found with Conekta code and log id', async () => {
    const conekta = createConekta({ privateKey });
    const error = await conekta.getPayment({ paymentId: 'ord_cobroDoesNotExist' }).catch((caught: unknown) => caught);
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).kind).toBe('not-found');
    expect((error as ApiCallError).message).not.toContain(privateKey);
  });
});
