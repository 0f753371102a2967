import {
  ApiCallError,
  CurrencyMismatchError,
  type PaymentProviderV1Refund,
  type PaymentProviderV1RefundOptions,
} from '@cobro/core';
import { readInvoice } from './create-paypal-invoice-link';
import { isPayPalInvoiceId, payPalInvoiceCaptureIds } from './map-paypal-invoice';
import type { PayPalClient } from './paypal-client';
import { payPalProviderId } from './paypal-error';
import { moneyAt, requireResource, stringAt } from './paypal-json';
import { fromPayPalMoney, toPayPalMoney } from './paypal-money';
import { payPalRequestId } from './paypal-references';

const statusByRefundStatus: Readonly<Record<string, PaymentProviderV1Refund['status']>> = {
  COMPLETED: 'succeeded',
  PENDING: 'pending',
  FAILED: 'failed',
  CANCELLED: 'failed',
};

/**
 * Refunds all or part of a payment through `POST /v2/payments/captures/{id}/refund`, with `PayPal-Request-Id` derived
 * from the idempotency key (PayPal returns the same refund for a repeat). The payment id is either a capture id (order
 * mode) or an invoice id (invoice mode), whose PayPal transaction (`payments.transactions[].payment_id`) is the
 * capture refunded; PayPal then marks the invoice `REFUNDED` or `PARTIALLY_REFUNDED`. Without an amount PayPal
 * refunds what is left.
 *
 * @throws `CurrencyMismatchError` when the amount is in another currency than the invoice; `ApiCallError`.
 */
export async function refundPayPalPayment(
  client: PayPalClient,
  options: PaymentProviderV1RefundOptions,
): Promise<PaymentProviderV1Refund> {
  let captureId = options.paymentId;
  if (isPayPalInvoiceId(options.paymentId)) {
    const invoice = await readInvoice(client, options.paymentId);
    const currency = moneyAt(invoice, 'amount')?.currency_code;
    if (options.amount && currency && options.amount.currency !== currency) {
      throw new CurrencyMismatchError({ expected: currency, actual: options.amount.currency });
    }
    const paid = payPalInvoiceCaptureIds(invoice).at(-1);
    if (!paid) {
      throw new ApiCallError({
        provider: payPalProviderId,
        kind: 'invalid-request',
        message: `Invoice ${options.paymentId} has no PayPal payment to refund.`,
      });
    }
    captureId = paid;
  }
  const { body } = await client.send({
    method: 'POST',
    path: `/v2/payments/captures/${encodeURIComponent(captureId)}/refund`,
    body: options.amount ? { amount: toPayPalMoney(options.amount) } : {},
    requestId: payPalRequestId('refund', options.idempotencyKey),
    representation: true,
    operation: `refund payment ${options.paymentId}`,
    idempotent: true,
  });
  const refund = requireResource(body, `refund payment ${options.paymentId}`);
  const amount = moneyAt(refund, 'amount');
  if (!amount && !options.amount) {
    throw new ApiCallError({
      provider: payPalProviderId,
      kind: 'unknown',
      message: `PayPal refunded payment ${options.paymentId} but did not say how much.`,
    });
  }
  return {
    id: refund.id,
    paymentId: options.paymentId,
    amount: amount ? fromPayPalMoney(amount) : (options.amount as NonNullable<typeof options.amount>),
    status: statusByRefundStatus[stringAt(refund, 'status') ?? ''] ?? 'pending',
    raw: refund,
  };
}
