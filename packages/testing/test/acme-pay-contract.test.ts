// The contract run against a third-party-style adapter over real HTTP (a loopback fake API): the example that
// docs/custom-payment-adapter.md walks through.
import { runPaymentProviderContract } from '@cobro/testing/vitest';
import { createAcmeFakeApi } from './acme-pay/acme-pay-fake-api';
import { type AcmePayment, createAcmePay } from './acme-pay/acme-pay-provider';

const apiKey = 'sk_test_acme_4242424242';
const webhookSecret = 'whsec_acme_contract';

runPaymentProviderContract({
  name: 'acme-pay example adapter (fake API on loopback)',
  setup: async () => {
    const api = await createAcmeFakeApi({ apiKey, webhookSecret });
    const provider = createAcmePay({ apiKey, webhookSecret, baseURL: api.server.url });
    return {
      provider,
      linkOptions: (overrides = {}) => ({
        amount: { amountMinor: 4_990, currency: 'EUR' },
        invoiceReference: 'INV-2026-0001',
        attempt: 1,
        customer: { id: 'cus_1', name: 'Giulia Rossi', locale: 'it-IT', country: 'IT' },
        description: 'Fattura INV-2026-0001',
        idempotencyKey: 'INV-2026-0001:1',
        ...overrides,
      }),
      completePayment: (link) => api.pay(link.id),
      signatureHeader: 'acme-signature',
      signedDelivery: async (scenario, { link, paymentId, amount }) => {
        const created = Math.floor(Date.now() / 1000);
        const stored = api.links.get(link.id);
        if (!stored) throw new Error(`unknown link ${link.id}`);
        if (scenario === 'link-expired') {
          const data = { link: { id: link.id, reference: stored.reference } };
          return api.signEvent({ id: `evt_expired_${link.id}`, type: 'link.expired', created, data });
        }
        const payment = paymentId
          ? ((await provider.getPayment({ paymentId })).raw as AcmePayment)
          : { ...api.draftPayment(link.id), status: 'paid' as const };
        if (scenario === 'payment-failed') {
          const data = { payment, failure_reason: 'card_declined' };
          return api.signEvent({ id: `evt_failed_${link.id}`, type: 'payment.failed', created, data });
        }
        const data = { payment, refund: { id: `re_${payment.id}`, amount: amount.amountMinor } };
        return api.signEvent({ id: `evt_refund_${payment.id}`, type: 'payment.refunded', created, data });
      },
      signWithWrongKey: (delivery) => api.signEvent(JSON.parse(delivery.rawBody), 'whsec_someone_else'),
      injectError: (status) =>
        api.server.failNext({
          status,
          body: { error: { code: `injected_${status}`, message: `Injected ${status}.` } },
        }),
      creationCount: () => api.links.size,
      secrets: [apiKey, webhookSecret],
      teardown: () => api.server.close(),
    };
  },
});
