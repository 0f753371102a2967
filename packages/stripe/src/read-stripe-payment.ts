import type { PaymentProviderV1Payment } from '@cobro/core';
import { idField, stringField } from './read-stripe-object';
import type { StripeClient, StripeObject } from './stripe-client';
import { summarizeStripePaymentIntent, summarizeStripeSessionWithoutPayment } from './summarize-stripe-payment';

/** Reads a PaymentIntent with its latest charge expanded (for refunds and the payment method). */
export function readStripePaymentIntent(request: StripeClient, intentId: string): Promise<StripeObject> {
  return request({
    method: 'GET',
    path: `/v1/payment_intents/${encodeURIComponent(intentId)}?expand[]=latest_charge`,
    operation: `read payment ${intentId}`,
  });
}

/**
 * Re-fetches a payment: a PaymentIntent id (`pi_…`, what webhook events give) is read directly; a Checkout Session
 * id (`cs_…`) is read and followed to its PaymentIntent, or reported from the session while it has none.
 */
export async function readStripePayment(request: StripeClient, paymentId: string): Promise<PaymentProviderV1Payment> {
  if (!paymentId.startsWith('cs_'))
    return summarizeStripePaymentIntent(await readStripePaymentIntent(request, paymentId));
  const session = await request({
    method: 'GET',
    path: `/v1/checkout/sessions/${encodeURIComponent(paymentId)}`,
    operation: `read checkout session ${paymentId}`,
  });
  const intentId = idField(session, 'payment_intent');
  if (!intentId) return summarizeStripeSessionWithoutPayment(session);
  const linkId = idField(session, 'payment_link') ?? (stringField(session, 'id') as string);
  return summarizeStripePaymentIntent(await readStripePaymentIntent(request, intentId), linkId);
}
