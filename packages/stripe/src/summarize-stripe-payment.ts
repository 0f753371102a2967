import type { PaymentProviderV1Payment } from '@cobro/core';
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

/** cobro's view of a payment's state. */
export type StripePaymentStatus = PaymentProviderV1Payment['status'];

/**
 * Maps a PaymentIntent's `status` (and its latest charge's refunds) to cobro's status. Only `succeeded` counts as
 * paid; an unfamiliar status is `pending`, never paid. `requires_payment_method` after a failed attempt is `failed`
 * (the customer may still retry on the same link, which then yields a new event).
 */
export function toStripePaymentStatus(intent: StripeObject, charge: StripeObject | undefined): StripePaymentStatus {
  const status = stringField(intent, 'status');
  if (status === 'succeeded') {
    const refunded = integerField(charge, 'amount_refunded') ?? 0;
    if (refunded === 0) return 'succeeded';
    return charge?.refunded === true || refunded >= (integerField(charge, 'amount') ?? Number.POSITIVE_INFINITY)
      ? 'refunded'
      : 'partially_refunded';
  }
  if (status === 'canceled') return 'canceled';
  if (status === 'requires_payment_method' && objectField(intent, 'last_payment_error')) return 'failed';
  return 'pending';
}

/**
 * Reads a PaymentIntent (with `latest_charge` expanded) into cobro's payment fields. Amounts are exact, in ISO minor
 * units; `linkId` is given when the caller knows the session or Payment Link it came through.
 */
export function summarizeStripePaymentIntent(intent: StripeObject, linkId?: string): PaymentProviderV1Payment {
  const charge = objectField(intent, 'latest_charge');
  const currency = stringField(intent, 'currency') ?? 'usd';
  const status = toStripePaymentStatus(intent, charge);
  const reference = metadataField(intent, stripeMetadataKeys.invoiceReference);
  const types = stringArrayField(intent, 'payment_method_types');
  const method = fromStripePaymentMethodType(
    stringField(objectField(charge, 'payment_method_details'), 'type') ?? (types.length === 1 ? types[0] : undefined),
  );
  const paidAt =
    status === 'pending' || status === 'failed' || status === 'canceled' ? undefined : integerField(charge, 'created');
  return {
    id: stringField(intent, 'id') ?? '',
    status,
    amount: fromStripeAmount(integerField(intent, 'amount') ?? 0, currency),
    amountRefunded: fromStripeAmount(integerField(charge, 'amount_refunded') ?? 0, currency),
    ...(reference === undefined ? {} : { invoiceReference: reference }),
    ...(linkId === undefined ? {} : { linkId }),
    ...(method === undefined ? {} : { method }),
    ...(paidAt === undefined ? {} : { paidAt: fromEpochSeconds(paidAt) }),
    raw: intent,
  };
}

/** A Checkout Session that has no PaymentIntent yet: open (pending) or expired (canceled), for its total. */
export function summarizeStripeSessionWithoutPayment(session: StripeObject): PaymentProviderV1Payment {
  const currency = stringField(session, 'currency') ?? 'usd';
  const reference = metadataField(session, stripeMetadataKeys.invoiceReference);
  const zero = fromStripeAmount(0, currency);
  return {
    id: stringField(session, 'id') ?? '',
    status: stringField(session, 'status') === 'expired' ? 'canceled' : 'pending',
    amount: fromStripeAmount(integerField(session, 'amount_total') ?? 0, currency),
    amountRefunded: zero,
    ...(reference === undefined ? {} : { invoiceReference: reference }),
    linkId: idField(session, 'payment_link') ?? (stringField(session, 'id') as string),
    raw: session,
  };
}
