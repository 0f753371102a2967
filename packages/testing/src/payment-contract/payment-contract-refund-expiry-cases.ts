import { UnsupportedFunctionalityError } from '@cobro/core';
import { expect } from 'vitest';
import { type ContractContext, failure } from './payment-contract-context';

/** Cases about refunds and link expiry, each with its counterpart for providers that declare they cannot. */
export function refundExpiryCases({ harness, unique, contractCase }: ContractContext): void {
  const paid = async () => {
    const options = harness().linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
    const link = await harness().provider.createPaymentLink(options);
    return { options, link, ...(await harness().completePayment(link)) };
  };

  contractCase(
    'refunds a whole payment once per idempotency key',
    async () => {
      const { options, paymentId } = await paid();
      const refundKey = unique('refund');
      const refund = await harness().provider.refund({ paymentId, idempotencyKey: refundKey });
      const again = await harness().provider.refund({ paymentId, idempotencyKey: refundKey });
      expect(again.id).toBe(refund.id);
      expect(refund).toMatchObject({ paymentId, amount: options.amount });
      expect(['succeeded', 'pending']).toContain(refund.status);
      const payment = await harness().provider.getPayment({ paymentId });
      if (refund.status === 'succeeded') {
        expect(payment).toMatchObject({ status: 'refunded', amountRefunded: options.amount });
      }
    },
    { reason: 'needs capabilities.refunds', unmet: (h) => !h.provider.capabilities.refunds },
  );

  contractCase(
    'refunds part of a payment',
    async () => {
      const { options, paymentId } = await paid();
      const part = { amountMinor: Math.floor(options.amount.amountMinor / 2), currency: options.amount.currency };
      const refund = await harness().provider.refund({ paymentId, amount: part, idempotencyKey: unique('refund') });
      expect(refund.amount).toEqual(part);
      if (refund.status === 'succeeded') {
        const payment = await harness().provider.getPayment({ paymentId });
        expect(payment).toMatchObject({ status: 'partially_refunded', amountRefunded: part });
      }
    },
    {
      reason: 'needs capabilities.partialRefunds',
      unmet: (h) => !h.provider.capabilities.refunds || !h.provider.capabilities.partialRefunds,
    },
  );

  contractCase(
    'refuses refunds with UnsupportedFunctionalityError',
    async () => {
      const { paymentId } = await paid();
      const error = await failure(harness().provider.refund({ paymentId, idempotencyKey: unique('refund') }));
      expect(UnsupportedFunctionalityError.isInstance(error), String(error)).toBe(true);
    },
    { reason: 'only when capabilities.refunds is false', unmet: (h) => h.provider.capabilities.refunds },
  );

  contractCase(
    'expires a link',
    async () => {
      const options = harness().linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
      const link = await harness().provider.createPaymentLink(options);
      await expect(harness().provider.expirePaymentLink({ linkId: link.id })).resolves.toBeUndefined();
    },
    { reason: 'needs capabilities.expireLinks', unmet: (h) => !h.provider.capabilities.expireLinks },
  );

  contractCase(
    'refuses link expiry with UnsupportedFunctionalityError',
    async () => {
      const options = harness().linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
      const link = await harness().provider.createPaymentLink(options);
      const error = await failure(harness().provider.expirePaymentLink({ linkId: link.id }));
      expect(UnsupportedFunctionalityError.isInstance(error), String(error)).toBe(true);
    },
    { reason: 'only when capabilities.expireLinks is false', unmet: (h) => h.provider.capabilities.expireLinks },
  );
}
