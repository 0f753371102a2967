import type { PaymentProviderV1WebhookEvent } from '@cobro/core';
import {
  fromEpochSeconds,
  idField,
  integerField,
  metadataField,
  objectField,
  stringArrayField,
  stringField,
} from './read-stripe-object';
import type { StripeObject } from './stripe-client';
import { stripeMetadataKeys } from './stripe-metadata';
import { fromStripeAmount } from './stripe-money';
import { fromStripePaymentMethodType } from './stripe-payment-methods';
import { stripeProviderId } from './stripe-provider-id';

const sessionTypes: Readonly<Record<string, 'payment-succeeded' | 'payment-failed'>> = {
  'checkout.session.async_payment_succeeded': 'payment-succeeded',
  'checkout.session.async_payment_failed': 'payment-failed',
};
const intentTypes: Readonly<Record<string, 'payment-succeeded' | 'payment-failed' | 'payment-pending'>> = {
  'payment_intent.succeeded': 'payment-succeeded',
  'payment_intent.payment_failed': 'payment-failed',
  'payment_intent.processing': 'payment-pending',
};

// Events whose object is a Refund: the refund is booked once the re-fetched list shows it `succeeded`.
const refundTypes: ReadonlySet<string> = new Set(['refund.created', 'refund.updated', 'charge.refund.updated']);

/**
 * Normalises a verified Stripe event (`{ id, type, created, data: { object } }`):
 * - `checkout.session.completed`: `payment_status` `paid` → `payment-succeeded`, `unpaid` → `payment-pending`
 *   (OXXO, boleto: the voucher is issued, the money is not there yet);
 * - `checkout.session.async_payment_succeeded` / `_failed` → `payment-succeeded` / `payment-failed`;
 * - `checkout.session.expired` → `link-expired` for a session cobro created as the link; a session opened from a
 *   Payment Link expiring leaves the Payment Link usable, so that one is `unsupported`;
 * - `payment_link.updated` with `active: false` → `link-expired`;
 * - `payment_intent.succeeded` / `.payment_failed` / `.processing`; `charge.refunded`, `refund.created`,
 *   `refund.updated` and `charge.refund.updated` → `payment-refunded` (booked from the re-fetched refunds, never
 *   from these amounts);
 * - anything else → `unsupported`.
 *
 * The payment id is always the PaymentIntent id (`pi_…`), so session, intent and charge events about one payment
 * share it; amounts are exact ISO minor units; the invoice reference comes from cobro's metadata.
 */
export function mapStripeEvent(event: StripeObject): PaymentProviderV1WebhookEvent {
  const type = stringField(event, 'type') ?? '';
  const object = objectField(objectField(event, 'data'), 'object') ?? {};
  const base = {
    eventId: stringField(event, 'id') ?? '',
    provider: stripeProviderId,
    occurredAt: fromEpochSeconds(integerField(event, 'created') ?? 0),
    raw: event,
  };
  const unsupported = { type: 'unsupported' as const, ...base, providerEventType: type };
  const reference = (from: StripeObject) => {
    const value = metadataField(from, stripeMetadataKeys.invoiceReference);
    return value === undefined ? {} : { invoiceReference: value };
  };

  if (type.startsWith('checkout.session.')) {
    const sessionId = stringField(object, 'id');
    const currency = stringField(object, 'currency');
    const paymentLink = idField(object, 'payment_link');
    if (!sessionId) return unsupported;
    if (type === 'checkout.session.expired') {
      if (paymentLink) return unsupported;
      return { type: 'link-expired', ...base, linkId: sessionId, ...reference(object) };
    }
    const completedType =
      type === 'checkout.session.completed'
        ? stringField(object, 'payment_status') === 'paid'
          ? 'payment-succeeded'
          : stringField(object, 'payment_status') === 'unpaid'
            ? 'payment-pending'
            : undefined
        : sessionTypes[type];
    const total = integerField(object, 'amount_total');
    if (!completedType || !currency || total === undefined) return unsupported;
    const types = stringArrayField(object, 'payment_method_types');
    const method = types.length === 1 ? fromStripePaymentMethodType(types[0]) : undefined;
    const payment = {
      ...base,
      paymentId: idField(object, 'payment_intent') ?? sessionId,
      linkId: paymentLink ?? sessionId,
      amount: fromStripeAmount(total, currency),
      ...reference(object),
      ...(method === undefined ? {} : { method }),
    };
    if (completedType === 'payment-failed')
      return { type: 'payment-failed', ...payment, failureReason: 'async payment failed' };
    return { type: completedType, ...payment };
  }

  if (type === 'payment_link.updated') {
    const linkId = stringField(object, 'id');
    if (!linkId || object.active !== false) return unsupported;
    return { type: 'link-expired', ...base, linkId, ...reference(object) };
  }

  const intentType = intentTypes[type];
  if (intentType) {
    const id = stringField(object, 'id');
    const currency = stringField(object, 'currency');
    const amount =
      intentType === 'payment-succeeded'
        ? (integerField(object, 'amount_received') ?? integerField(object, 'amount'))
        : integerField(object, 'amount');
    if (!id || !currency || amount === undefined) return unsupported;
    const payment = { ...base, paymentId: id, amount: fromStripeAmount(amount, currency), ...reference(object) };
    if (intentType === 'payment-failed') {
      const error = objectField(object, 'last_payment_error');
      const reason = stringField(error, 'decline_code') ?? stringField(error, 'code') ?? stringField(error, 'message');
      return { type: 'payment-failed', ...payment, ...(reason === undefined ? {} : { failureReason: reason }) };
    }
    return { type: intentType, ...payment };
  }

  if (type === 'charge.refunded') {
    const chargeId = stringField(object, 'id');
    const currency = stringField(object, 'currency');
    const amount = integerField(object, 'amount');
    const refunded = integerField(object, 'amount_refunded');
    if (!chargeId || !currency || amount === undefined || refunded === undefined) return unsupported;
    // Since API 2022-11-15 `refunds` is not included unless expanded; the running total then identifies the refund.
    const refunds = objectField(object, 'refunds');
    const latest = Array.isArray(refunds?.data) ? (refunds.data[0] as StripeObject | undefined) : undefined;
    const latestAmount = integerField(latest, 'amount');
    const method = fromStripePaymentMethodType(stringField(objectField(object, 'payment_method_details'), 'type'));
    return {
      type: 'payment-refunded',
      ...base,
      paymentId: idField(object, 'payment_intent') ?? chargeId,
      amount: fromStripeAmount(amount, currency),
      ...reference(object),
      ...(method === undefined ? {} : { method }),
      refundId: stringField(latest, 'id') ?? `${chargeId}:refunded:${refunded}`,
      amountRefunded: fromStripeAmount(latestAmount ?? refunded, currency),
    };
  }
  if (refundTypes.has(type)) {
    const refundId = stringField(object, 'id');
    const intentId = idField(object, 'payment_intent');
    const currency = stringField(object, 'currency');
    const amount = integerField(object, 'amount');
    if (!refundId || !intentId || !currency || amount === undefined) return unsupported;
    const refunded = fromStripeAmount(amount, currency);
    return {
      type: 'payment-refunded',
      ...base,
      paymentId: intentId,
      amount: refunded,
      ...reference(object),
      refundId,
      amountRefunded: refunded,
    };
  }
  return unsupported;
}
