import type { PaymentProviderV1CreateLinkOptions } from '@cobro/core';
import {
  createInMemoryPaymentProvider,
  type InMemoryPaymentProvider,
  type InMemoryPaymentProviderOptions,
} from './in-memory-payment-provider';
import type { PaymentProviderContractHarness } from './payment-contract/payment-contract-harness';

/** The in-memory provider's contract harness, with the provider itself for direct inspection. */
export interface InMemoryPaymentProviderHarness extends PaymentProviderContractHarness {
  /** The provider under test. */
  readonly provider: InMemoryPaymentProvider;
}

/**
 * Builds the in-memory reference provider and the harness `runPaymentProviderContract` needs for it: every optional
 * member is implemented, so it shows what a complete harness looks like. Links default to 1,234.50 MXN.
 */
export function createInMemoryPaymentProviderHarness(
  options: InMemoryPaymentProviderOptions,
): InMemoryPaymentProviderHarness {
  const provider = createInMemoryPaymentProvider(options);
  let eventSequence = 0;
  const eventId = () => `evt_scenario_${String(++eventSequence).padStart(6, '0')}`;
  const occurredAt = () => (options.now ?? (() => new Date()))().toISOString();
  return {
    provider,
    signatureHeader: 'x-cobro-signature',
    secrets: [options.webhookSecret],
    linkOptions: (overrides = {}): PaymentProviderV1CreateLinkOptions => ({
      amount: { amountMinor: 123_450, currency: 'MXN' },
      invoiceReference: 'inv-1',
      attempt: 1,
      customer: { id: 'c-1', name: 'Ana', locale: 'es-MX', country: 'MX' },
      description: 'Pedido de flores',
      idempotencyKey: 'key-1',
      ...overrides,
    }),
    completePayment: (link, payment) => provider.completePayment(link.id, payment),
    signedDelivery: (scenario, { link, paymentId, amount }) => {
      const base = { eventId: eventId(), provider: provider.provider, occurredAt: occurredAt() };
      const about = { invoiceReference: link.invoiceReference, linkId: link.id, amount };
      switch (scenario) {
        case 'payment-failed':
          return provider.sign({
            ...base,
            ...about,
            type: scenario,
            paymentId: paymentId ?? `pay_failed_${eventSequence}`,
            failureReason: 'card_declined',
          });
        case 'payment-refunded':
          return provider.sign({
            ...base,
            ...about,
            type: scenario,
            paymentId: paymentId ?? '',
            refundId: `refund_scenario_${eventSequence}`,
            amountRefunded: amount,
          });
        case 'link-expired':
          return provider.sign({ ...base, type: scenario, linkId: link.id, invoiceReference: link.invoiceReference });
      }
    },
    signWithWrongKey: (delivery) =>
      provider.sign(JSON.parse(delivery.rawBody), { secret: `${options.webhookSecret}_but_wrong` }),
    injectError: (status) => provider.failNext(status),
    creationCount: () => provider.creations(),
  };
}
