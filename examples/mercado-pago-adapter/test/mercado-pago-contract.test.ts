// The payment provider contract, run against the Mercado Pago adapter and the fake Mercado Pago API on loopback.
import { parseMoney } from '@cobro/core';
import { runPaymentProviderContract } from '@cobro/testing/vitest';
import { startFakeMercadoPago } from '../src/fake-mercado-pago/fake-mercado-pago';
import { createMercadoPago } from '../src/mercado-pago-provider';

runPaymentProviderContract({
  name: 'mercadopago example adapter (fake API on loopback)',
  setup: async () => {
    const api = await startFakeMercadoPago();
    const provider = createMercadoPago({
      accessToken: api.accessToken,
      webhookSecret: api.webhookSecret,
      baseURL: api.url,
      notificationUrl: 'https://loja.example.com.br/webhooks/mercadopago',
    });
    return {
      provider,
      linkOptions: (overrides = {}) => ({
        amount: parseMoney('1234.56', 'BRL'),
        invoiceReference: 'PED-2026-0042',
        attempt: 1,
        customer: { id: 'cus_ana', name: 'Ana Souza', locale: 'pt-BR', country: 'BR' },
        description: 'Pedido PED-2026-0042',
        idempotencyKey: 'PED-2026-0042:1',
        ...overrides,
      }),
      completePayment: (link, options) =>
        api.pay(link.id, options?.amount ? { amountMinor: options.amount.amountMinor } : {}),
      signatureHeader: 'x-signature',
      // Mercado Pago's x-signature authenticates the manifest `id:{data.id};request-id:…;ts:…;`, not the body: the
      // adapter trusts nothing in the body but data.id and re-fetches the resource. The kit skips the body checks;
      // test/mercado-pago-webhook.test.ts covers what can be refused (data.id, wrong secret, stale ts, garbage).
      signsBody: false,
      signedDelivery: async (scenario, { link, paymentId, amount }) => {
        if (scenario === 'link-expired') return api.expire(link.id);
        if (scenario === 'payment-failed') return (await api.decline(link.id)).delivery;
        if (!paymentId) throw new Error('a refund needs a payment');
        return api.refundFromPanel(paymentId, amount.amountMinor);
      },
      signWithWrongKey: async (delivery) => api.sign(JSON.parse(delivery.rawBody), 'not-the-webhook-secret'),
      injectError: (status, body) => api.failNext(status, body),
      creationCount: () => api.preferences.size,
      secrets: [api.accessToken, api.webhookSecret],
      teardown: () => api.close(),
    };
  },
});
