import type { PaymentProviderV1Refund } from '@cobro/core';
import type * as z from 'zod/mini';
import type { conektaOrderSchema } from './conekta-api';
import { fromConektaCents } from './conekta-money';
import { fromEpochSeconds } from './map-conekta-order';

/**
 * The refunds of a re-fetched order (`GET /orders/{id}`), oldest first: every charge's `refunds.data` (Conekta
 * reports their amounts as negative cents). A chargeback has no refund object; what the order reports as charged
 * back beyond its refunds is listed as one reversal, `<order id>:charged-back`, so it is booked too.
 */
export function listConektaRefunds(order: z.infer<typeof conektaOrderSchema>): readonly PaymentProviderV1Refund[] {
  const refunds = (order.charges?.data ?? [])
    .flatMap((charge) => charge.refunds?.data ?? [])
    .sort((a, b) => a.created_at - b.created_at)
    .map(
      (refund): PaymentProviderV1Refund => ({
        id: refund.id,
        paymentId: order.id,
        amount: fromConektaCents(refund.amount, order.currency, { absolute: true }),
        status: refund.status === 'pending' ? 'pending' : refund.status === 'failed' ? 'failed' : 'succeeded',
        refundedAt: fromEpochSeconds(refund.created_at),
        raw: refund,
      }),
    );
  if (order.payment_status !== 'charged_back') return refunds;
  const refunded = refunds
    .filter((refund) => refund.status === 'succeeded')
    .reduce((sum, refund) => sum + refund.amount.amountMinor, 0);
  const reversed = order.amount - refunded;
  if (reversed <= 0) return refunds;
  return [
    ...refunds,
    {
      id: `${order.id}:charged-back`,
      paymentId: order.id,
      amount: fromConektaCents(reversed, order.currency),
      status: 'succeeded',
      raw: order,
    },
  ];
}
