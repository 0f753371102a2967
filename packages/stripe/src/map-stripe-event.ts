import type { Money, PaymentMethod, PaymentProviderV1WebhookEvent } from '@cobro/core';
import { asId, asInteger, asObject, asString, fromEpochSeconds } from './read-stripe-object';
import type { StripeObject } from './stripe-client';
import { stripeMetadataKeys } from './stripe-metadata';
import { fromStripeAmount } from './stripe-money';
import { fromStripePaymentMethodType } from './stripe-payment-methods';
import { stripeProviderId } from './stripe-provider-id';

const invoiceReferenceKey = stripeMetadataKeys.invoiceReference;
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

// Built as one literal, then optional fields set only when present: webhook mapping is on the hot path, and object
// spreads cost several times the rest of the mapping.
type Writable<T> = { -readonly [K in keyof T]: T[K] };
type Event = Writable<PaymentProviderV1WebhookEvent> & {
  invoiceReference?: string;
  method?: PaymentMethod;
  failureReason?: string;
};

function withOptional(
  event: Event,
  invoiceReference: string | undefined,
  method: PaymentMethod | undefined,
): PaymentProviderV1WebhookEvent {
  if (invoiceReference !== undefined) event.invoiceReference = invoiceReference;
  if (method !== undefined) event.method = method;
  return event as PaymentProviderV1WebhookEvent;
}

// A plain function, not a closure made per event: mapping is on every webhook's path.
function unsupportedEvent(
  event: StripeObject,
  type: string,
  eventId: string,
  occurredAt: string,
): PaymentProviderV1WebhookEvent {
  return { type: 'unsupported', eventId, provider: stripeProviderId, occurredAt, raw: event, providerEventType: type };
}

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
  // Fields read by name at each place (see read-stripe-object.ts): this runs for every delivery.
  const type = asString(event.type) ?? '';
  const object = asObject(asObject(event.data)?.object) ?? {};
  const eventId = asString(event.id) ?? '';
  const occurredAt = fromEpochSeconds(asInteger(event.created) ?? 0);
  const reference = asString(asObject(object.metadata)?.[invoiceReferenceKey]);

  if (type.startsWith('checkout.session.')) {
    const sessionId = asString(object.id);
    const currency = asString(object.currency);
    const paymentLink = asId(object.payment_link);
    if (!sessionId) return unsupportedEvent(event, type, eventId, occurredAt);
    if (type === 'checkout.session.expired') {
      if (paymentLink) return unsupportedEvent(event, type, eventId, occurredAt);
      return withOptional(
        { type: 'link-expired', eventId, provider: stripeProviderId, occurredAt, raw: event, linkId: sessionId },
        reference,
        undefined,
      );
    }
    const paymentStatus = asString(object.payment_status);
    const completedType =
      type === 'checkout.session.completed'
        ? paymentStatus === 'paid'
          ? 'payment-succeeded'
          : paymentStatus === 'unpaid'
            ? 'payment-pending'
            : undefined
        : sessionTypes[type];
    const total = asInteger(object.amount_total);
    if (!completedType || !currency || total === undefined) return unsupportedEvent(event, type, eventId, occurredAt);
    const types = object.payment_method_types;
    const method =
      Array.isArray(types) && types.length === 1 && typeof types[0] === 'string'
        ? fromStripePaymentMethodType(types[0])
        : undefined;
    const paymentId = asId(object.payment_intent) ?? sessionId;
    const amount = fromStripeAmount(total, currency);
    const linkId = paymentLink ?? sessionId;
    const mapped: Event =
      completedType === 'payment-failed'
        ? {
            type: 'payment-failed',
            eventId,
            provider: stripeProviderId,
            occurredAt,
            raw: event,
            paymentId,
            linkId,
            amount,
            failureReason: 'async payment failed',
          }
        : {
            type: completedType,
            eventId,
            provider: stripeProviderId,
            occurredAt,
            raw: event,
            paymentId,
            linkId,
            amount,
          };
    return withOptional(mapped, reference, method);
  }

  if (type === 'payment_link.updated') {
    const linkId = asString(object.id);
    if (!linkId || object.active !== false) return unsupportedEvent(event, type, eventId, occurredAt);
    return withOptional(
      { type: 'link-expired', eventId, provider: stripeProviderId, occurredAt, raw: event, linkId },
      reference,
      undefined,
    );
  }

  const intentType = intentTypes[type];
  if (intentType) {
    const id = asString(object.id);
    const currency = asString(object.currency);
    const value =
      intentType === 'payment-succeeded'
        ? (asInteger(object.amount_received) ?? asInteger(object.amount))
        : asInteger(object.amount);
    if (!id || !currency || value === undefined) return unsupportedEvent(event, type, eventId, occurredAt);
    const amount = fromStripeAmount(value, currency);
    if (intentType === 'payment-failed') {
      const error = asObject(object.last_payment_error);
      const reason = asString(error?.decline_code) ?? asString(error?.code) ?? asString(error?.message);
      const failed: Event = {
        type: 'payment-failed',
        eventId,
        provider: stripeProviderId,
        occurredAt,
        raw: event,
        paymentId: id,
        amount,
      };
      if (reason !== undefined) failed.failureReason = reason;
      return withOptional(failed, reference, undefined);
    }
    return withOptional(
      { type: intentType, eventId, provider: stripeProviderId, occurredAt, raw: event, paymentId: id, amount },
      reference,
      undefined,
    );
  }

  if (type === 'charge.refunded') {
    const chargeId = asString(object.id);
    const currency = asString(object.currency);
    const value = asInteger(object.amount);
    const refunded = asInteger(object.amount_refunded);
    if (!chargeId || !currency || value === undefined || refunded === undefined)
      return unsupportedEvent(event, type, eventId, occurredAt);
    // Since API 2022-11-15 `refunds` is not included unless expanded; the running total then identifies the refund.
    const refunds = asObject(object.refunds);
    const latest = Array.isArray(refunds?.data) ? (refunds.data[0] as StripeObject | undefined) : undefined;
    const latestAmount = asInteger(latest?.amount);
    const method = fromStripePaymentMethodType(asString(asObject(object.payment_method_details)?.type));
    return withOptional(
      {
        type: 'payment-refunded',
        eventId,
        provider: stripeProviderId,
        occurredAt,
        raw: event,
        paymentId: asId(object.payment_intent) ?? chargeId,
        amount: fromStripeAmount(value, currency),
        refundId: asString(latest?.id) ?? `${chargeId}:refunded:${refunded}`,
        amountRefunded: fromStripeAmount(latestAmount ?? refunded, currency),
      },
      reference,
      method,
    );
  }

  if (refundTypes.has(type)) {
    const refundId = asString(object.id);
    const intentId = asId(object.payment_intent);
    const currency = asString(object.currency);
    const value = asInteger(object.amount);
    if (!refundId || !intentId || !currency || value === undefined)
      return unsupportedEvent(event, type, eventId, occurredAt);
    const refunded: Money = fromStripeAmount(value, currency);
    return withOptional(
      {
        type: 'payment-refunded',
        eventId,
        provider: stripeProviderId,
        occurredAt,
        raw: event,
        paymentId: intentId,
        amount: refunded,
        refundId,
        amountRefunded: refunded,
      },
      reference,
      undefined,
    );
  }
  return unsupportedEvent(event, type, eventId, occurredAt);
}
