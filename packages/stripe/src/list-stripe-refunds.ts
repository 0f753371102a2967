import type { PaymentProviderV1Refund } from '@cobro/core';
import { fromEpochSeconds, integerField, stringField } from './read-stripe-object';
import type { StripeClient, StripeObject } from './stripe-client';
import { fromStripeAmount } from './stripe-money';

/** Stripe refund `status` → cobro: `pending` and `requires_action` are not settled; `failed` and `canceled` are not money moved. */
export function toStripeRefundStatus(status: string | undefined): PaymentProviderV1Refund['status'] {
  if (status === 'succeeded') return 'succeeded';
  return status === 'failed' || status === 'canceled' ? 'failed' : 'pending';
}

/**
 * Re-fetches every refund of a PaymentIntent (`GET /v1/refunds?payment_intent=…`, 100 a page, following
 * `has_more`), oldest first: what cobro books refunds from, whatever a `charge.refunded` event says.
 */
export async function listStripeRefunds(
  request: StripeClient,
  paymentId: string,
): Promise<readonly PaymentProviderV1Refund[]> {
  // A Checkout Session without a PaymentIntent has taken no money, so nothing can have been refunded.
  if (!paymentId.startsWith('pi_')) return [];
  const refunds: PaymentProviderV1Refund[] = [];
  let after: string | undefined;
  for (let page = 0; page < 100; page++) {
    const list = await request({
      method: 'GET',
      path: `/v1/refunds?payment_intent=${encodeURIComponent(paymentId)}&limit=100${after ? `&starting_after=${encodeURIComponent(after)}` : ''}`,
      operation: `list the refunds of payment ${paymentId}`,
    });
    const data = Array.isArray(list.data) ? (list.data as StripeObject[]) : [];
    for (const refund of data) {
      const id = stringField(refund, 'id');
      const created = integerField(refund, 'created');
      if (!id) continue;
      refunds.push({
        id,
        paymentId: stringField(refund, 'payment_intent') ?? paymentId,
        amount: fromStripeAmount(integerField(refund, 'amount') ?? 0, stringField(refund, 'currency') ?? 'usd'),
        status: toStripeRefundStatus(stringField(refund, 'status')),
        ...(created === undefined ? {} : { refundedAt: fromEpochSeconds(created) }),
        raw: refund,
      });
    }
    after = list.has_more === true ? stringField(data.at(-1), 'id') : undefined;
    if (!after) break;
  }
  // Stripe lists newest first.
  return refunds.reverse();
}
