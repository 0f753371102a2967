import { parseMoney } from '@cobro/core';
import { createInMemoryPaymentProvider } from '@cobro/testing';
import { runPaymentProviderContract } from '@cobro/testing/vitest';

const webhookSecret = 'whsec_in_memory_contract';

runPaymentProviderContract({
  name: 'in-memory reference provider',
  setup: async () => {
    const provider = createInMemoryPaymentProvider({ webhookSecret });
    return {
      provider,
      signatureHeader: 'x-cobro-signature',
      secrets: [webhookSecret],
      linkOptions: (overrides = {}) => ({
        amount: parseMoney('1234.50', 'MXN'),
        invoiceReference: 'inv-1',
        attempt: 1,
        customer: { id: 'c-1', name: 'Ana', locale: 'es-MX', country: 'MX' },
        description: 'Pedido de flores',
        idempotencyKey: 'key-1',
        ...overrides,
      }),
      completePayment: (link) => provider.completePayment(link.id),
      signWithWrongKey: (delivery) =>
        provider.sign(JSON.parse(delivery.rawBody), { secret: 'whsec_not_the_right_one' }),
      injectError: (status) => provider.failNext(status),
      creationCount: () => provider.creations(),
    };
  },
});
