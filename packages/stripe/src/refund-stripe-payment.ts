import { CurrencyMismatchError, type PaymentProviderV1Refund, type PaymentProviderV1RefundOptions } from '@cobro/core';
import { idField, integerField, stringField } from './read-stripe-object';
import { readStripePaymentIntent } from './read-stripe-payment';
import type { StripeClient } from './stripe-client';
import { stripeIdempotencyKey } from './stripe-idempotency-key';
import { fromStripeAmount, toStripeAmount } from './stripe-money';

// Stripe's `reason` enum (spec /v1/refunds); free text goes to metadata instead.
const stripeReasons = new Set(['duplicate', 'fraudulent', 'requested_by_customer']);

/**
 * Refunds all or part of a payment with `POST /v1/refunds` (`payment_intent`, `amount` when partial) and an
 * `Idempotency-Key` derived from the caller's, so a repeated call returns the first refund. A Checkout Session id is
 * resolved to its PaymentIntent first; a partial amount is checked against the payment's currency.
 *
 * @throws `CurrencyMismatchError`; `ValidationError` for an amount Stripe cannot take; `ApiCallError`.
 */
export async function refundStripePayment(
  request: StripeClient,
  options: PaymentProviderV1RefundOptions,
): Promise<PaymentProviderV1Refund> {
  let intentId = options.paymentId;
  if (intentId.startsWith('cs_')) {
    const session = await request({
      method: 'GET',
      path: `/v1/checkout/sessions/${encodeURIComponent(intentId)}`,
      operation: `read checkout session ${intentId}`,
    });
    intentId = idField(session, 'payment_intent') ?? intentId;
  }
  let amount: number | undefined;
  if (options.amount) {
    const intent = await readStripePaymentIntent(request, intentId);
    const currency = (stringField(intent, 'currency') ?? '').toUpperCase();
    if (currency !== options.amount.currency) {
      throw new CurrencyMismatchError({ expected: currency, actual: options.amount.currency });
    }
    amount = toStripeAmount(options.amount);
  }
  const reason = options.reason && stripeReasons.has(options.reason) ? options.reason : undefined;
  const refund = await request({
    method: 'POST',
    path: '/v1/refunds',
    body: {
      payment_intent: intentId,
      ...(amount === undefined ? {} : { amount }),
      ...(reason ? { reason } : {}),
      ...(options.reason && !reason ? { metadata: { cobro_reason: options.reason.slice(0, 500) } } : {}),
    },
    idempotencyKey: await stripeIdempotencyKey(options.idempotencyKey, 'refund'),
    operation: `refund payment ${intentId}`,
  });
  const status = stringField(refund, 'status');
  return {
    id: stringField(refund, 'id') as string,
    paymentId: options.paymentId,
    amount: fromStripeAmount(integerField(refund, 'amount') ?? 0, stringField(refund, 'currency') ?? 'usd'),
    status: status === 'succeeded' ? 'succeeded' : status === 'failed' || status === 'canceled' ? 'failed' : 'pending',
    raw: refund,
  };
}
