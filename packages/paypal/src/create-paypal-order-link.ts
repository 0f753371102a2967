import { ApiCallError, type PaymentProviderV1CreateLinkOptions } from '@cobro/core';
import { createPayPalOrderBody } from './create-paypal-order-body';
import type { PayPalClient } from './paypal-client';
import { payPalProviderId } from './paypal-error';
import { arrayAt, linkHref, objectAt, type PayPalJson, requireResource, stringAt } from './paypal-json';
import { payPalRequestId } from './paypal-references';

type Order = PayPalJson & { readonly id: string };

/**
 * Creates an Orders v2 checkout (`POST /v2/checkout/orders`, `PayPal-Request-Id` from the idempotency key, so PayPal
 * itself returns the same order for a repeat within its 6-hour window) and returns it with its approve link
 * (`rel: payer-action`, or `approve` for orders without a payment source).
 */
export async function createPayPalOrderLink(
  client: PayPalClient,
  options: PaymentProviderV1CreateLinkOptions,
): Promise<{ readonly order: Order; readonly url: string }> {
  const { body } = await client.send({
    method: 'POST',
    path: '/v2/checkout/orders',
    body: createPayPalOrderBody(options),
    requestId: payPalRequestId('order', options.idempotencyKey),
    representation: true,
    operation: 'create the order',
    idempotent: true,
  });
  const order = requireResource(body, 'create the order');
  const url = linkHref(order, 'payer-action', 'approve');
  if (!url) {
    throw new ApiCallError({
      provider: payPalProviderId,
      kind: 'unknown',
      message: `PayPal created order ${order.id} but returned no approve link for it.`,
    });
  }
  return { order, url };
}

/** `GET /v2/checkout/orders/{id}`. */
export async function readOrder(client: PayPalClient, orderId: string): Promise<Order> {
  const { body } = await client.send({
    method: 'GET',
    path: `/v2/checkout/orders/${encodeURIComponent(orderId)}`,
    operation: `read order ${orderId}`,
    idempotent: true,
  });
  return requireResource(body, `read order ${orderId}`);
}

/** The captures of an order, across its purchase units. */
export function payPalOrderCaptures(order: PayPalJson): PayPalJson[] {
  return arrayAt(order, 'purchase_units').flatMap((unit) => arrayAt(objectAt(unit, 'payments'), 'captures'));
}

/** The refunds of an order, across its purchase units. */
export function payPalOrderRefunds(order: PayPalJson): PayPalJson[] {
  return arrayAt(order, 'purchase_units').flatMap((unit) => arrayAt(objectAt(unit, 'payments'), 'refunds'));
}

/**
 * Captures an approved order (`POST /v2/checkout/orders/{id}/capture`, `PayPal-Request-Id` derived from the order id,
 * so a redelivered approval webhook or a second caller gets the same capture back) and returns the capture. An order
 * captured already (`ORDER_ALREADY_CAPTURED`, e.g. after PayPal forgot the request id) is read instead.
 *
 * @throws `ApiCallError` (`invalid-request`, `ORDER_NOT_APPROVED`) when the payer has not approved yet.
 */
export async function capturePayPalOrder(client: PayPalClient, orderId: string): Promise<PayPalJson & { id: string }> {
  let order: PayPalJson;
  try {
    const { body } = await client.send({
      method: 'POST',
      path: `/v2/checkout/orders/${encodeURIComponent(orderId)}/capture`,
      body: {},
      requestId: payPalRequestId('capture', orderId),
      representation: true,
      operation: `capture order ${orderId}`,
      idempotent: true,
    });
    order = requireResource(body, `capture order ${orderId}`);
  } catch (error) {
    if (!ApiCallError.isInstance(error) || error.providerCode !== 'ORDER_ALREADY_CAPTURED') throw error;
    order = await readOrder(client, orderId);
  }
  const capture = payPalOrderCaptures(order).at(-1);
  const id = stringAt(capture, 'id');
  if (!capture || !id) {
    throw new ApiCallError({
      provider: payPalProviderId,
      kind: 'unknown',
      message: `PayPal captured order ${orderId} but returned no capture.`,
    });
  }
  return { ...capture, id };
}
