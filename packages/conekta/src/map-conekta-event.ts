import type { Money, PaymentProviderV1WebhookEvent } from '@cobro/core';
import {
  type ConektaCharge,
  type ConektaEvent,
  type ConektaRefund,
  conektaChargeSchema,
  conektaOrderSchema,
} from './conekta-api';
import { conektaProviderId } from './conekta-error';
import { fromConektaCents } from './conekta-money';
import { fromConektaChargeMethod } from './conekta-payment-methods';
import { fromEpochSeconds, primaryConektaCharge, summarizeConektaOrder } from './map-conekta-order';

type PaymentEventType = 'payment-succeeded' | 'payment-pending' | 'payment-failed' | 'payment-refunded';

// Conekta event types (docs "order" lifecycle and the spec's webhook examples) → cobro's normalised events.
// Order events carry the order (with cobro's metadata); charge events carry a charge, whose `order_id` is the payment.
const typeByOrderEvent: Readonly<Record<string, PaymentEventType | 'link-expired'>> = {
  'order.paid': 'payment-succeeded',
  'order.pending_payment': 'payment-pending',
  'order.declined': 'payment-failed',
  'order.canceled': 'payment-failed',
  'order.voided': 'payment-failed',
  'order.expired': 'link-expired',
  'order.refunded': 'payment-refunded',
  'order.partially_refunded': 'payment-refunded',
  'order.charged_back': 'payment-refunded',
};
const typeByChargeEvent: Readonly<Record<string, PaymentEventType>> = {
  'charge.paid': 'payment-succeeded',
  'charge.pending_confirmation': 'payment-pending',
  'charge.declined': 'payment-failed',
  'charge.refunded': 'payment-refunded',
};

/** The newest refund across the given charges (Conekta lists refunds per charge, amounts negative). */
function latestRefund(charges: readonly ConektaCharge[]): ConektaRefund | undefined {
  return charges
    .flatMap((charge) => charge.refunds?.data ?? [])
    .reduce<ConektaRefund | undefined>(
      (latest, refund) => (!latest || refund.created_at >= latest.created_at ? refund : latest),
      undefined,
    );
}

function failureReason(charge: ConektaCharge | undefined, fallback: string): string {
  return charge?.failure_message || charge?.failure_code || fallback;
}

/**
 * Maps a verified Conekta event to cobro's normalised event. Unknown types, and known types whose object cannot be
 * read, become `unsupported` (acknowledge them and move on).
 *
 * - `order.*` events use the order: its id is the payment id, its metadata holds the invoice reference.
 * - `charge.*` events use the charge's `order_id` as the payment id, so both kinds of event about one payment agree.
 * - Refund events name the newest refund and its amount (`amountRefunded`); `amount` stays the payment's amount.
 * - `order.expired` on an order from a payment link means the link (or its voucher) lapsed unpaid: `link-expired`.
 */
export function mapConektaEvent(event: ConektaEvent, receivedAt: Date): PaymentProviderV1WebhookEvent {
  const base = {
    eventId: event.id,
    provider: conektaProviderId,
    occurredAt: typeof event.created_at === 'number' ? fromEpochSeconds(event.created_at) : receivedAt.toISOString(),
    raw: event,
  };
  const unsupported: PaymentProviderV1WebhookEvent = { type: 'unsupported', ...base, providerEventType: event.type };
  const object = event.data?.object ?? undefined;
  const orderType = typeByOrderEvent[event.type];
  if (orderType) {
    const parsed = conektaOrderSchema.safeParse(object);
    if (!parsed.success) return unsupported;
    const order = summarizeConektaOrder(parsed.data);
    const charges = parsed.data.charges?.data ?? [];
    const reference = order.invoiceReference === undefined ? {} : { invoiceReference: order.invoiceReference };
    if (orderType === 'link-expired') {
      if (order.linkId) return { type: 'link-expired', ...base, linkId: order.linkId, ...reference };
      return {
        type: 'payment-failed',
        ...base,
        paymentId: order.id,
        amount: order.amount,
        ...reference,
        failureReason: 'expired',
      };
    }
    const payment = {
      ...base,
      paymentId: order.id,
      amount: order.amount,
      ...reference,
      ...(order.linkId === undefined ? {} : { linkId: order.linkId }),
      ...(order.method === undefined ? {} : { method: order.method }),
    };
    if (orderType === 'payment-refunded') return refunded(payment, charges, order.amountRefunded, parsed.data.currency);
    if (orderType === 'payment-failed') {
      return {
        type: 'payment-failed',
        ...payment,
        failureReason: failureReason(primaryConektaCharge(parsed.data), event.type),
      };
    }
    return { type: orderType, ...payment };
  }
  const chargeType = typeByChargeEvent[event.type];
  if (chargeType) {
    const parsed = conektaChargeSchema.safeParse(object);
    const charge = parsed.success ? parsed.data : undefined;
    if (!charge?.order_id || typeof charge.amount !== 'number' || !charge.currency) return unsupported;
    const method = fromConektaChargeMethod(charge.payment_method);
    const payment = {
      ...base,
      // The order, not the charge, is the payment: order and charge events about one payment share this id.
      paymentId: charge.order_id,
      amount: fromConektaCents(charge.amount, charge.currency),
      ...(method === undefined ? {} : { method }),
    };
    if (chargeType === 'payment-refunded') {
      const total = (charge.refunds?.data ?? []).reduce((sum, refund) => sum + Math.abs(refund.amount), 0);
      return refunded(payment, [charge], fromConektaCents(total, charge.currency), charge.currency);
    }
    if (chargeType === 'payment-failed')
      return { type: 'payment-failed', ...payment, failureReason: failureReason(charge, event.type) };
    return { type: chargeType, ...payment };
  }
  return unsupported;
}

function refunded<Payment extends { paymentId: string }>(
  payment: Payment,
  charges: readonly ConektaCharge[],
  totalRefunded: Money,
  currency: string,
) {
  const refund = latestRefund(charges);
  return {
    type: 'payment-refunded' as const,
    ...payment,
    // Without a refund object (a chargeback), the refund is identified by the running total, stable per delivery.
    refundId: refund?.id ?? `${payment.paymentId}:refunded:${totalRefunded.amountMinor}`,
    amountRefunded: refund ? fromConektaCents(refund.amount, currency, { absolute: true }) : totalRefunded,
  };
}
