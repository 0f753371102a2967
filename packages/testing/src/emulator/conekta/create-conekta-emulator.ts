import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type ConektaEmulatorPaymentMethod,
  type ConektaJson,
  conektaChargePaymentMethod,
  conektaErrorBody,
  conektaEvent,
  conektaList,
  conektaOrderCheckout,
} from './conekta-emulator-objects';
import type {
  ConektaEmulator,
  ConektaEmulatorFault,
  ConektaEmulatorOptions,
  ConektaEmulatorRequest,
} from './conekta-emulator-types';
import { generateConektaWebhookKeyPair, type SignedConektaWebhook, signConektaWebhook } from './sign-conekta-webhook';
import { validateConektaCheckoutRequest, validateConektaRefundRequest } from './validate-conekta-request';

/**
 * Starts a stateful fake of the Conekta API (v2.3.0 shapes) on a loopback port: `POST/GET /checkouts`,
 * `GET /checkouts/{id}`, `PUT /checkouts/{id}/cancel`, `GET /orders/{id}`, `POST /orders/{id}/refunds`,
 * `GET /events/{id}`. Requests need `Authorization: Bearer <privateKey>` and are validated like the real API
 * (422 `parameter_validation_error` with `param`). Webhooks it produces are signed like Conekta's `digest`.
 */
export async function createConektaEmulator(options: ConektaEmulatorOptions = {}): Promise<ConektaEmulator> {
  const privateKey = options.privateKey ?? 'key_emulatorPrivate';
  const keyPair = options.webhookKeyPair ?? generateConektaWebhookKeyPair();
  const now = options.now ?? (() => new Date());
  const nowSeconds = () => Math.floor(now().getTime() / 1000);
  const requests: ConektaEmulatorRequest[] = [];
  const checkouts = new Map<string, ConektaJson>();
  const orders = new Map<string, ConektaJson>();
  const events = new Map<string, ConektaJson>();
  const faults: ConektaEmulatorFault[] = [];
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}${(++sequence).toString(36).padStart(12, '0')}`;

  const sign = (body: unknown) => signConektaWebhook({ body, privateKey: keyPair.privateKey });
  const emit = (type: string, object: ConektaJson): SignedConektaWebhook => {
    const event = conektaEvent({ id: nextId('evt_'), type, object: structuredClone(object), createdAt: nowSeconds() });
    events.set(event.id as string, event);
    return sign(event);
  };

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

  function createCheckout(body: ConektaJson): { status: number; body: ConektaJson } {
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
      url: `https://pay.conekta.com/link/${slug}`,
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

  function refund(orderId: string, body: ConektaJson): { status: number; body: ConektaJson } {
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

  function route(method: string, url: URL, body: unknown): { status: number; body: unknown } {
    const parts = url.pathname.split('/').filter(Boolean);
    if (method === 'POST' && url.pathname === '/checkouts') return createCheckout((body ?? {}) as ConektaJson);
    if (method === 'GET' && url.pathname === '/checkouts') {
      const limit = Math.min(Number(url.searchParams.get('limit') ?? 20), 250);
      return { status: 200, body: conektaList([...checkouts.values()].reverse().slice(0, limit)) };
    }
    if (parts[0] === 'checkouts' && parts[1]) {
      const found = checkouts.get(parts[1]);
      if (!found) return notFound('Checkout', parts[1]);
      const checkout = current(found);
      if (method === 'GET' && parts.length === 2) return { status: 200, body: checkout };
      if (method === 'PUT' && parts[2] === 'cancel') {
        if (checkout.status === 'Issued') checkout.status = 'Cancelled';
        return { status: 200, body: checkout };
      }
    }
    if (parts[0] === 'orders' && parts[1]) {
      if (method === 'GET' && parts.length === 2) {
        const order = orders.get(parts[1]);
        return order ? { status: 200, body: order } : notFound('Order', parts[1]);
      }
      if (method === 'POST' && parts[2] === 'refunds') return refund(parts[1], (body ?? {}) as ConektaJson);
    }
    if (method === 'GET' && parts[0] === 'events' && parts[1]) {
      const event = events.get(parts[1]);
      return event ? { status: 200, body: event } : notFound('Event', parts[1]);
    }
    return error(
      404,
      'resource_not_found_error',
      'conekta.errors.resource_not_found.url',
      `No route ${method} ${url.pathname}.`,
    );
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = rawBody === '' ? undefined : JSON.parse(rawBody);
    } catch {
      body = undefined;
    }
    const method = request.method ?? 'GET';
    requests.push({ method, url: request.url ?? '/', headers: { ...request.headers }, rawBody, body });
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'conekta-media-type': 'conekta-v2.3.0; format=application/json',
        ...headers,
      });
      response.end(text);
    };
    const fault = faults.shift();
    if (fault?.destroy) {
      request.socket.destroy();
      return;
    }
    if (fault) return send(fault.status, fault.body ?? '', fault.headers);
    if (request.headers.authorization !== `Bearer ${privateKey}`) {
      const { status, body: errorBody } = error(
        401,
        'authentication_error',
        'conekta.errors.authentication.missing_key',
        'Please include your access key in your request.',
      );
      return send(status, errorBody);
    }
    if (method !== 'GET' && rawBody !== '' && body === undefined) {
      const { status, body: errorBody } = error(
        400,
        'parameter_validation_error',
        'conekta.errors.parameter_validation.json',
        'The request body is not valid JSON.',
      );
      return send(status, errorBody);
    }
    const result = route(method, new URL(request.url ?? '/', 'http://127.0.0.1'), body);
    send(result.status, result.body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((caught) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          conektaErrorBody({
            type: 'api_error',
            code: 'conekta.errors.api.system.general_failure',
            message: String(caught),
            logId: 'emulator',
          }),
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}`,
    privateKey,
    webhookPublicKey: keyPair.publicKey,
    requests,
    checkouts,
    orders,
    events,
    failNext: (fault) => void faults.push(fault),
    pay,
    settle,
    emit,
    sign,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((closeError) => (closeError ? reject(closeError) : resolve()));
      }),
  };
}
