import type { Money, PaymentProviderV1Payment } from '@cobro/core';
import { linkHref, moneyAt, objectAt, type PayPalJson, stringAt } from './paypal-json';
import { fromPayPalMoney } from './paypal-money';

// Capture `status` (Payments v2 `capture_status`) → cobro. Unknown is `pending`, never paid.
const statusByCaptureStatus: Readonly<Record<string, PaymentProviderV1Payment['status']>> = {
  COMPLETED: 'succeeded',
  PENDING: 'pending',
  DECLINED: 'failed',
  FAILED: 'failed',
  REFUNDED: 'refunded',
  PARTIALLY_REFUNDED: 'partially_refunded',
  // A chargeback took the money back: for the invoice, as good as a refund.
  REVERSED: 'refunded',
};

/** Maps a capture `status` to cobro's payment status. */
export function toPayPalCapturePaymentStatus(status: string | undefined): PaymentProviderV1Payment['status'] {
  return statusByCaptureStatus[status ?? ''] ?? 'pending';
}

/** The order a capture belongs to (`supplementary_data.related_ids.order_id`), when PayPal says. */
export function payPalCaptureOrderId(capture: PayPalJson): string | undefined {
  return stringAt(objectAt(objectAt(capture, 'supplementary_data'), 'related_ids'), 'order_id');
}

/** The capture a refund belongs to: the last path segment of its `up` link. */
export function payPalRefundCaptureId(refund: PayPalJson): string | undefined {
  const up = linkHref(refund, 'up');
  return up?.split('/').filter(Boolean).at(-1);
}

/**
 * Reads a capture (`GET /v2/payments/captures/{id}`, a capture webhook, or an order's capture) into cobro's payment.
 * In order mode the capture id is the payment id and the order id the link id; `custom_id` holds the invoice
 * reference. `amountRefunded` is passed in because a capture does not list its refunds.
 */
export function summarizePayPalCapture(
  capture: PayPalJson & { readonly id: string },
  amountRefunded?: Money,
): PaymentProviderV1Payment {
  const amount = fromPayPalMoney(moneyAt(capture, 'amount') ?? { currency_code: 'USD', value: '0' });
  const status = toPayPalCapturePaymentStatus(stringAt(capture, 'status'));
  const reference = stringAt(capture, 'custom_id');
  const orderId = payPalCaptureOrderId(capture);
  const created = stringAt(capture, 'create_time');
  const refunded = amountRefunded ?? {
    amountMinor: status === 'refunded' ? amount.amountMinor : 0,
    currency: amount.currency,
  };
  return {
    id: capture.id,
    status,
    amount,
    amountRefunded: refunded,
    ...(reference ? { invoiceReference: reference } : {}),
    ...(orderId ? { linkId: orderId } : {}),
    method: 'paypal',
    ...(status !== 'pending' && status !== 'failed' && created && !Number.isNaN(Date.parse(created))
      ? { paidAt: new Date(created).toISOString() }
      : {}),
    raw: capture,
  };
}
