import { expect } from 'vitest';
import type { ContractContext } from './payment-contract-context';

/** Cases about declaring the provider and creating links. */
export function linkCases({ harness, unique, contractCase }: ContractContext, live: boolean): void {
  contractCase('declares spec v1, a provider id and the currency it is tested in', async () => {
    const { provider } = harness();
    expect(provider.specificationVersion).toBe('v1');
    expect(provider.provider).toMatch(/^[a-z0-9-]+$/);
    const { currency } = harness().linkOptions().amount;
    expect(provider.capabilities.methodsByCurrency[currency]?.length ?? 0).toBeGreaterThan(0);
  });

  contractCase('creates a link for the exact amount and keeps the invoice reference', async () => {
    const options = harness().linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
    const link = await harness().provider.createPaymentLink(options);
    expect(link.id).not.toBe('');
    expect(['http:', 'https:']).toContain(new URL(link.url).protocol);
    expect(link.invoiceReference).toBe(options.invoiceReference);
    expect(link.methods.length).toBeGreaterThan(0);
    const offered = harness().provider.capabilities.methodsByCurrency[options.amount.currency] ?? [];
    for (const method of link.methods) expect(offered).toContain(method);
    // The amount is only observable through a payment: pay the link and read it back, to the minor unit.
    const { paymentId } = await harness().completePayment(link);
    const payment = await harness().provider.getPayment({ paymentId });
    expect(payment.amount).toEqual(options.amount);
  });

  contractCase(
    'returns the same link for the same idempotency key, creating it once',
    async () => {
      const options = harness().linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
      const before = harness().creationCount?.();
      const first = await harness().provider.createPaymentLink(options);
      const second = await harness().provider.createPaymentLink(options);
      expect(second.id).toBe(first.id);
      expect(second.url).toBe(first.url);
      if (before !== undefined) expect(harness().creationCount?.()).toBe(before + 1);
      const other = await harness().provider.createPaymentLink({ ...options, idempotencyKey: unique('key') });
      expect(other.id).not.toBe(first.id);
    },
    { reason: 'needs harness.creationCount, not live', unmet: (h) => live || h.creationCount === undefined },
  );
}
