import type { PaymentProviderV1Refund } from '@cobro/core';
import { readInvoice } from './create-paypal-invoice-link';
import { payPalOrderRefunds, readOrder } from './create-paypal-order-link';
import { payPalCaptureOrderId, payPalRefundCaptureId } from './map-paypal-capture';
import { isPayPalInvoiceId } from './map-paypal-invoice';
import type { PayPalClient } from './paypal-client';
import { arrayAt, moneyAt, objectAt, type PayPalJson, requireResource, stringAt } from './paypal-json';
import { fromPayPalMoney } from './paypal-money';

// Refund `status` (Payments v2 `refund_status`) → cobro; a refund whose money has not moved is not booked.
const statusByRefundStatus: Readonly<Record<string, PaymentProviderV1Refund['status']>> = {
  COMPLETED: 'succeeded',
  PENDING: 'pending',
  CANCELLED: 'failed',
  FAILED: 'failed',
};

/**
 * Re-fetches the refunds of a payment from PayPal, oldest first. An invoice (`INV2-…`) lists them in
 * `refunds.transactions` (a refund recorded outside PayPal has no `refund_id`: its position names it). A capture does
 * not list its refunds, so they are read from its order; a capture PayPal reports `REVERSED` (a chargeback) beyond
 * its refunds is listed as one reversal, `<capture id>:reversed`.
 */
export async function listPayPalRefunds(
  client: PayPalClient,
  paymentId: string,
): Promise<readonly PaymentProviderV1Refund[]> {
  if (isPayPalInvoiceId(paymentId)) {
    const invoice = await readInvoice(client, paymentId);
    return arrayAt(objectAt(invoice, 'refunds'), 'transactions').flatMap((transaction, index) => {
      const amount = moneyAt(transaction, 'amount');
      if (!amount) return [];
      const date = stringAt(transaction, 'refund_date');
      return [
        {
          id: stringAt(transaction, 'refund_id') ?? `${paymentId}:refund:${index + 1}`,
          paymentId,
          amount: fromPayPalMoney(amount),
          status: 'succeeded' as const,
          ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { refundedAt: `${date}T00:00:00.000Z` } : {}),
          raw: transaction,
        },
      ];
    });
  }
  const { body } = await client.send({
    method: 'GET',
    path: `/v2/payments/captures/${encodeURIComponent(paymentId)}`,
    operation: `read capture ${paymentId}`,
    idempotent: true,
  });
  const capture = requireResource(body, `read capture ${paymentId}`);
  const orderId = payPalCaptureOrderId(capture);
  const order: PayPalJson | undefined = orderId ? await readOrder(client, orderId) : undefined;
  const refunds = (order ? payPalOrderRefunds(order) : [])
    .filter((refund) => payPalRefundCaptureId(refund) === paymentId)
    .flatMap((refund) => {
      const id = stringAt(refund, 'id');
      const amount = moneyAt(refund, 'amount');
      if (!id || !amount) return [];
      const created = stringAt(refund, 'create_time');
      return [
        {
          id,
          paymentId,
          amount: fromPayPalMoney(amount),
          status: statusByRefundStatus[stringAt(refund, 'status') ?? ''] ?? ('pending' as const),
          ...(created && !Number.isNaN(Date.parse(created)) ? { refundedAt: new Date(created).toISOString() } : {}),
          raw: refund,
        },
      ];
    })
    .sort((a, b) => (a.refundedAt ?? '').localeCompare(b.refundedAt ?? ''));
  if (stringAt(capture, 'status') !== 'REVERSED') return refunds;
  const captured = moneyAt(capture, 'amount');
  if (!captured) return refunds;
  const total = fromPayPalMoney(captured);
  const refunded = refunds
    .filter((refund) => refund.status === 'succeeded')
    .reduce((sum, refund) => sum + refund.amount.amountMinor, 0);
  if (total.amountMinor - refunded <= 0) return refunds;
  return [
    ...refunds,
    {
      id: `${paymentId}:reversed`,
      paymentId,
      amount: { amountMinor: total.amountMinor - refunded, currency: total.currency },
      status: 'succeeded',
      raw: capture,
    },
  ];
}
