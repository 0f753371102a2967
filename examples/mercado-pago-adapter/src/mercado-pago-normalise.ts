import type {
  Money,
  PaymentMethod,
  PaymentProviderV1Payment,
  PaymentProviderV1Refund,
  PaymentProviderV1WebhookEvent,
} from '@cobro/core';
import { fromMercadoPagoAmount } from './mercado-pago-money';
import type {
  MercadoPagoMerchantOrder,
  MercadoPagoNotification,
  MercadoPagoPayment,
  MercadoPagoRefund,
} from './mercado-pago-types';

const provider = 'mercadopago';

/** The metadata key carrying cobro's invoice reference (Mercado Pago snake-cases metadata keys). */
export const invoiceReferenceMetadataKey = 'cobro_invoice_reference';

/** How Mercado Pago says a payment was made, as one of cobro's methods. */
export function methodOf(payment: Pick<MercadoPagoPayment, 'payment_method_id' | 'payment_type_id'>): PaymentMethod {
  if (payment.payment_method_id === 'pix') return 'pix';
  if (payment.payment_method_id === 'oxxo') return 'oxxo';
  if (payment.payment_method_id === 'bolbradesco' || payment.payment_method_id === 'pec') return 'boleto';
  if (payment.payment_method_id === 'clabe') return 'spei';
  if (['credit_card', 'debit_card', 'prepaid_card'].includes(payment.payment_type_id)) return 'card';
  if (payment.payment_type_id === 'bank_transfer') return 'bank-transfer';
  return 'other';
}

function statusOf(payment: MercadoPagoPayment, amount: Money, refunded: Money): PaymentProviderV1Payment['status'] {
  switch (payment.status) {
    case 'approved':
    // A dispute holds money that did arrive; the chargeback, if it comes, arrives as charged_back.
    case 'in_mediation':
      if (refunded.amountMinor === 0) return 'succeeded';
      return refunded.amountMinor >= amount.amountMinor ? 'refunded' : 'partially_refunded';
    case 'refunded':
    case 'charged_back':
      return 'refunded';
    case 'rejected':
      return 'failed';
    case 'cancelled':
      return 'canceled';
    default:
      // pending, in_process, authorized: started, not settled (a Pix QR shown, a boleto printed).
      return 'pending';
  }
}

/** The invoice reference of a payment: `external_reference`, else our metadata key. */
export function invoiceReferenceOf(payment: Pick<MercadoPagoPayment, 'external_reference' | 'metadata'>) {
  const fromMetadata = payment.metadata?.[invoiceReferenceMetadataKey];
  return payment.external_reference ?? (typeof fromMetadata === 'string' ? fromMetadata : undefined);
}

/** A Mercado Pago payment as cobro's `PaymentProviderV1Payment`, amounts exact in minor units. */
export function toPayment(payment: MercadoPagoPayment): PaymentProviderV1Payment {
  const amount = fromMercadoPagoAmount(payment.transaction_amount, payment.currency_id);
  const amountRefunded = fromMercadoPagoAmount(payment.transaction_amount_refunded ?? 0, payment.currency_id);
  const invoiceReference = invoiceReferenceOf(payment);
  return {
    id: String(payment.id),
    status: statusOf(payment, amount, amountRefunded),
    amount,
    amountRefunded,
    ...(invoiceReference ? { invoiceReference } : {}),
    method: methodOf(payment),
    ...(payment.date_approved ? { paidAt: new Date(payment.date_approved).toISOString() } : {}),
    raw: payment,
  };
}

/** A Mercado Pago refund as cobro's `PaymentProviderV1Refund`. */
export function toRefund(refund: MercadoPagoRefund, currency: string): PaymentProviderV1Refund {
  const status =
    refund.status === 'approved'
      ? 'succeeded'
      : ['rejected', 'cancelled'].includes(refund.status)
        ? 'failed'
        : 'pending';
  return {
    id: String(refund.id),
    paymentId: String(refund.payment_id),
    amount: fromMercadoPagoAmount(refund.amount, currency),
    status,
    raw: refund,
  };
}

function baseOf(notification: MercadoPagoNotification, now: () => Date) {
  const created = notification.date_created ? Date.parse(notification.date_created) : Number.NaN;
  return {
    eventId: String(notification.id),
    provider,
    occurredAt: new Date(Number.isNaN(created) ? now().getTime() : created).toISOString(),
    raw: notification,
  };
}

/**
 * A verified `payment` notification, with the payment it names re-fetched, as a cobro event. The notification only
 * says "payment X was created/updated", so the event type comes from the payment's state and the action:
 * `payment.created` is about the payment itself (approved → succeeded, even if a refund has landed since: webhooks
 * arrive out of order), `payment.updated` on a payment with refunds is about its latest refund.
 */
export function paymentEvent(
  notification: MercadoPagoNotification,
  payment: MercadoPagoPayment,
  now: () => Date,
): PaymentProviderV1WebhookEvent {
  const normalised = toPayment(payment);
  const about = {
    ...baseOf(notification, now),
    paymentId: normalised.id,
    amount: normalised.amount,
    method: normalised.method ?? 'other',
    ...(normalised.invoiceReference ? { invoiceReference: normalised.invoiceReference } : {}),
  };
  const latestRefund = payment.refunds.at(-1);
  switch (normalised.status) {
    case 'succeeded':
      return { ...about, type: 'payment-succeeded' };
    case 'refunded':
    case 'partially_refunded':
      if (notification.action !== 'payment.created' && latestRefund) {
        return {
          ...about,
          type: 'payment-refunded',
          refundId: String(latestRefund.id),
          amountRefunded: fromMercadoPagoAmount(latestRefund.amount, payment.currency_id),
        };
      }
      return { ...about, type: 'payment-succeeded' };
    case 'pending':
      return { ...about, type: 'payment-pending' };
    default:
      return { ...about, type: 'payment-failed', failureReason: payment.status_detail };
  }
}

/** A verified merchant-order notification: `link-expired` when the preference's order expired, else unsupported. */
export function merchantOrderEvent(
  notification: MercadoPagoNotification,
  order: MercadoPagoMerchantOrder,
  now: () => Date,
): PaymentProviderV1WebhookEvent {
  const base = baseOf(notification, now);
  if (order.status !== 'expired') {
    return { ...base, type: 'unsupported', providerEventType: `${notification.type}:${order.status}` };
  }
  return {
    ...base,
    type: 'link-expired',
    linkId: order.preference_id,
    ...(order.external_reference ? { invoiceReference: order.external_reference } : {}),
  };
}
