import {
  type ConektaEmulatorPaymentMethod,
  type ConektaJson,
  conektaChargePaymentMethod,
  conektaErrorBody,
  conektaList,
  conektaOrderCheckout,
} from './conekta-emulator-objects';
import type { SignedConektaWebhook } from './sign-conekta-webhook';
import { validateConektaCheckoutRequest, validateConektaRefundRequest } from './validate-conekta-request';

/** An emulator response before it is written: status and JSON body. */
export interface ConektaEmulatorResult {
  /** HTTP status. */
  readonly status: number;
  /** JSON body. */
  readonly body: ConektaJson;
}

/**
 * The emulator's state and the operations on it (checkouts, orders, refunds), apart from HTTP: what Conekta would
 * store and which events it would send. Events go through `emit`, which signs (and maybe delivers) them.
 */
export function createConektaEmulatorStore({
  now: nowSeconds,
  emit,
  checkoutBaseURL,
}: {
  /** The current time in epoch seconds. */
  now: () => number;
  /** Records, signs and delivers an event. */
  emit: (type: string, object: ConektaJson) => SignedConektaWebhook;
  /** Where checkout urls point, e.g. `https://pay.conekta.com`. */
  checkoutBaseURL: () => string;
}) {
  const checkouts = new Map<string, ConektaJson>();
  const orders = new Map<string, ConektaJson>();
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}${(++sequence).toString(36).padStart(12, '0')}`;

  const error = (status: number, type: string, code: string, message: string, param?: string) => ({
    status,
    body: conektaErrorBody({ type, code, message, param, logId: nextId('log') }),
  });
  const notFound = (what: string, id: string) =>
    error(
      404,
      'resource_not_found_error',
      'conekta.errors.resource_not_found.entity',
      `The object ${what} "${id}" could not be found.`,
    );

  function createCheckout(body: ConektaJson): ConektaEmulatorResult {
    const problem = validateConektaCheckoutRequest(body, nowSeconds());
    if (problem) return error(422, 'parameter_validation_error', problem.code, problem.message, problem.param);
    const id = crypto.randomUUID();
    const slug = id.replace(/-/g, '');
    const checkout: ConektaJson = {
      id,
      object: 'checkout',
      livemode: false,
      name: body.name,
      type: body.type,
      recurrent: body.recurrent,
      expires_at: body.expires_at,
      starts_at: nowSeconds(),
      allowed_payment_methods: body.allowed_payment_methods ?? ['card', 'cash', 'bank_transfer'],
      can_not_expire: false,
      emails_sent: 0,
      monthly_installments_enabled: false,
      monthly_installments_options: [],
      needs_shipping_contact: body.needs_shipping_contact ?? false,
      paid_payments_count: 0,
      payments_limit_count: body.recurrent === true ? (body.payments_limit_count ?? null) : 1,
      slug,
      status: 'Issued',
      url: `${checkoutBaseURL()}/link/${slug}`,
      metadata: (body.order_template as ConektaJson).metadata ?? {},
      ...(typeof body.success_url === 'string' ? { success_url: body.success_url } : {}),
      order_template: body.order_template,
    };
    checkouts.set(id, checkout);
    return { status: 200, body: checkout };
  }

  // Conekta expires a link by itself at `expires_at`; mirror that whenever a checkout is looked at.
  function current(checkout: ConektaJson): ConektaJson {
    if (checkout.status === 'Issued' && (checkout.expires_at as number) <= nowSeconds()) checkout.status = 'Expired';
    return checkout;
  }

  function pay(checkoutId: string, payOptions: { method?: ConektaEmulatorPaymentMethod; pending?: boolean } = {}) {
    const found = checkouts.get(checkoutId);
    if (!found) throw new Error(`Conekta emulator: no checkout ${checkoutId}`);
    const checkout = current(found);
    if (checkout.status !== 'Issued') throw new Error(`Conekta emulator: checkout ${checkoutId} is ${checkout.status}`);
    const template = checkout.order_template as ConektaJson;
    const lines = (template.line_items as ConektaJson[]) ?? [];
    const amount = lines.reduce((sum, line) => sum + (line.unit_price as number) * (line.quantity as number), 0);
    const method = payOptions.method ?? 'card';
    const pending = payOptions.pending === true;
    const orderId = nextId('ord_');
    const at = nowSeconds();
    const charge: ConektaJson = {
      id: nextId('6'),
      object: 'charge',
      livemode: false,
      created_at: at,
      currency: template.currency,
      amount,
      description: 'Payment from order',
      status: pending ? 'pending_payment' : 'paid',
      order_id: orderId,
      paid_at: pending ? null : at,
      fee: 0,
      payment_method: conektaChargePaymentMethod(method, at),
      refunds: conektaList([]),
    };
    const order: ConektaJson = {
      id: orderId,
      object: 'order',
      livemode: false,
      amount,
      amount_refunded: 0,
      currency: template.currency,
      payment_status: pending ? 'pending_payment' : 'paid',
      is_refundable: !pending,
      created_at: at,
      updated_at: at,
      metadata: template.metadata ?? {},
      customer_info: { object: 'customer_info', ...((template.customer_info as ConektaJson) ?? {}) },
      line_items: conektaList(
        lines.map((line) => ({ id: nextId('line_item_'), object: 'line_item', parent_id: orderId, ...line })),
      ),
      checkout: conektaOrderCheckout(checkout),
      charges: conektaList([charge]),
    };
    orders.set(orderId, order);
    checkout.paid_payments_count = (checkout.paid_payments_count as number) + (pending ? 0 : 1);
    if (!pending && checkout.recurrent === false) checkout.status = 'Finalized';
    return { order, webhook: emit(pending ? 'order.pending_payment' : 'order.paid', order) };
  }

  function settle(orderId: string): SignedConektaWebhook {
    const order = orders.get(orderId);
    if (!order) throw new Error(`Conekta emulator: no order ${orderId}`);
    const at = nowSeconds();
    order.payment_status = 'paid';
    order.is_refundable = true;
    order.updated_at = at;
    for (const charge of (order.charges as { data: ConektaJson[] }).data)
      Object.assign(charge, { status: 'paid', paid_at: at });
    const checkout = checkouts.get((order.checkout as ConektaJson).id as string);
    if (checkout) {
      checkout.paid_payments_count = (checkout.paid_payments_count as number) + 1;
      if (checkout.recurrent === false) checkout.status = 'Finalized';
    }
    return emit('order.paid', order);
  }

  function refund(orderId: string, body: ConektaJson): ConektaEmulatorResult {
    const order = orders.get(orderId);
    if (!order) return notFound('Order', orderId);
    const problem = validateConektaRefundRequest(body);
    if (problem) return error(422, 'parameter_validation_error', problem.code, problem.message, problem.param);
    const refundable = (order.amount as number) - (order.amount_refunded as number);
    if (order.payment_status !== 'paid' && order.payment_status !== 'partially_refunded') {
      return error(
        422,
        'processing_error',
        'conekta.errors.processing.refund.not_paid',
        'The order has not been paid.',
      );
    }
    if ((body.amount as number) > refundable) {
      return error(
        422,
        'parameter_validation_error',
        'conekta.errors.parameter_validation.refund.amount',
        'The amount to refund exceeds the amount paid.',
        'amount',
      );
    }
    const charge = (order.charges as { data: ConektaJson[] }).data[0] as ConektaJson;
    const refundObject = {
      id: nextId('6407'),
      object: 'refund',
      amount: -(body.amount as number),
      created_at: nowSeconds(),
      auth_code: '867372',
      status: 'refunded',
    };
    (charge.refunds as { data: ConektaJson[] }).data.push(refundObject);
    order.amount_refunded = (order.amount_refunded as number) + (body.amount as number);
    order.payment_status = order.amount_refunded === order.amount ? 'refunded' : 'partially_refunded';
    charge.status = order.payment_status;
    order.is_refundable = order.payment_status !== 'refunded';
    order.updated_at = nowSeconds();
    emit(order.payment_status === 'refunded' ? 'order.refunded' : 'order.partially_refunded', order);
    return { status: 200, body: order };
  }

  return { checkouts, orders, nextId, error, notFound, createCheckout, current, pay, settle, refund };
}
