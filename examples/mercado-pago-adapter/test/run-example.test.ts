// src/main.ts's scenario: the adapter inside createBilling, the notification POSTed over HTTP to the app.
import { describe, expect, it } from 'vitest';
import { runMercadoPagoExample } from '../src/run-example';

describe('the Mercado Pago adapter in the cobro runtime', () => {
  it('sends the Checkout Pro link, books the verified notification once, and refuses a forged one', async () => {
    const run = await runMercadoPagoExample();
    expect(run.checkoutUrl).toMatch(/\/checkout\/v1\/redirect\?pref_id=\d+-[0-9a-f-]{36}$/);
    expect(run.event).toMatchObject({
      type: 'payment-succeeded',
      provider: 'mercadopago',
      paymentId: run.paymentId,
      invoiceReference: 'as-0301',
      amount: { amountMinor: 32_000, currency: 'BRL' },
    });
    expect(run.statuses).toEqual({ delivered: 200, redelivered: 200, forged: 401 });
    expect(run.outcomes.map((text) => JSON.parse(text).outcome)).toEqual(['booked', 'duplicate']);
    expect(run.invoice.status).toBe('paid');
    expect(run.invoice.balance).toEqual({ amountMinor: 0, currency: 'BRL' });
    expect(run.invoice.payments).toEqual([
      expect.objectContaining({
        provider: 'mercadopago',
        providerPaymentId: run.paymentId,
        amount: { amountMinor: 32_000, currency: 'BRL' },
        method: 'card',
      }),
    ]);
    // The invoice and the payment confirmation, as utility templates (Ana has not written in 24 hours).
    expect(run.whatsappMessages).toEqual(['template', 'template']);
  });
});
