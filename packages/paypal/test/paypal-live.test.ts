import { ApiCallError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { createPayPal } from '../src/paypal-provider';

// Runs against PayPal's sandbox (api-m.sandbox.paypal.com) when PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET hold a
// sandbox REST app's credentials; otherwise every test here is reported as skipped, with the reason in the suite name.
const clientId = process.env.PAYPAL_CLIENT_ID;
const clientSecret = process.env.PAYPAL_CLIENT_SECRET;
const configured = Boolean(clientId && clientSecret);
const title = configured
  ? 'PayPal live sandbox (PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET are set)'
  : 'PayPal live sandbox (skipped: set PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET to sandbox REST app credentials to run)';

const customer = { id: 'live', name: 'Cliente Prueba', email: 'buyer@example.com', locale: 'es-MX', country: 'MX' };

describe.skipIf(!configured)(title, () => {
  it('creates and shares an invoice without e-mail, reads it back, and cancels it', async () => {
    const paypal = createPayPal({ clientId, clientSecret, environment: 'sandbox' });
    const reference = `cobro-${Date.now().toString(36)}`;
    const link = await paypal.createPaymentLink({
      amount: { amountMinor: 10_000, currency: 'MXN' },
      invoiceReference: reference,
      attempt: 1,
      customer,
      description: `Factura ${reference}`,
      idempotencyKey: `${reference}:create`,
    });
    expect(link.url).toMatch(/^https:\/\/www\.sandbox\.paypal\.com\//);
    const payment = await paypal.getPayment({ paymentId: link.id });
    expect(payment).toMatchObject({
      status: 'pending',
      invoiceReference: reference,
      amount: { amountMinor: 10_000, currency: 'MXN' },
    });
    await expect(paypal.expirePaymentLink({ linkId: link.id })).resolves.toBeUndefined();
  });

  it('creates an order with an approve link', async () => {
    const paypal = createPayPal({ clientId, clientSecret, environment: 'sandbox', linkType: 'order' });
    const reference = `cobro-${Date.now().toString(36)}`;
    const link = await paypal.createPaymentLink({
      amount: { amountMinor: 1_000, currency: 'USD' },
      invoiceReference: reference,
      attempt: 1,
      customer: { ...customer, locale: 'en-US', country: 'US' },
      description: `Invoice ${reference}`,
      idempotencyKey: `${reference}:create`,
    });
    expect(link.url).toMatch(/^https:\/\/www\.sandbox\.paypal\.com\//);
  });

  it('reports an unknown invoice as not-found with a debug id and no secret', async () => {
    const paypal = createPayPal({ clientId, clientSecret, environment: 'sandbox' });
    const error = await paypal.getPayment({ paymentId: 'INV2-AAAA-BBBB-CCCC-DDDD' }).catch((caught: unknown) => caught);
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).kind).toBe('not-found');
    expect((error as ApiCallError).message).not.toContain(String(clientSecret));
  });
});
