// A fake of Mercado Pago's REST API on 127.0.0.1 (node:http only), answering with bodies shaped like the documented
// ones, and signing Webhooks notifications with x-signature as Mercado Pago does. The adapter's tests and
// src/main.ts run against it; nothing here is used by the adapter itself.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseMoney, toDecimalString } from '@cobro/core';
import type {
  MercadoPagoMerchantOrder,
  MercadoPagoNotification,
  MercadoPagoPayment,
  MercadoPagoPreference,
  MercadoPagoRefund,
} from '../mercado-pago-types';

/** A notification as Mercado Pago POSTs it: the exact body, its headers, and the query it appends to the URL. */
export interface FakeMercadoPagoDelivery {
  /** The body, byte for byte. */
  readonly rawBody: string;
  /** `content-type`, `x-signature`, `x-request-id`. */
  readonly headers: Record<string, string>;
  /** `?data.id=…&type=…`, appended to the notification URL. */
  readonly query: string;
}

/** One request the fake received. */
export interface FakeMercadoPagoRequest {
  /** HTTP method. */
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  /** Headers, lower case. */
  readonly headers: IncomingMessage['headers'];
  /** The body as received. */
  readonly rawBody: string;
}

/** A running fake Mercado Pago API. */
export interface FakeMercadoPago {
  /** `http://127.0.0.1:<port>`: the adapter's `baseURL`. */
  readonly url: string;
  /** The access token it accepts. */
  readonly accessToken: string;
  /** The secret it signs notifications with. */
  readonly webhookSecret: string;
  /** Every request, oldest first. */
  readonly requests: FakeMercadoPagoRequest[];
  /** Preferences by id. */
  readonly preferences: Map<string, MercadoPagoPreference & { date_created: string }>;
  /** Payments by id. */
  readonly payments: Map<string, MercadoPagoPayment>;
  /** The next request answers with this status and a Mercado Pago error body. */
  failNext(status: number, body?: unknown): void;
  /** The customer pays a preference (by `method`, default a card); returns the payment id and its notification. */
  pay(
    preferenceId: string,
    options?: { amountMinor?: number; method?: 'card' | 'pix' },
  ): Promise<{ paymentId: string; delivery: FakeMercadoPagoDelivery }>;
  /** A card is declined on the preference: a rejected payment and its notification. */
  decline(preferenceId: string): Promise<{ paymentId: string; delivery: FakeMercadoPagoDelivery }>;
  /** The seller refunds from the Mercado Pago panel: the refund and its `payment.updated` notification. */
  refundFromPanel(paymentId: string, amountMinor: number): Promise<FakeMercadoPagoDelivery>;
  /** The preference's checkout expires: its merchant order turns `expired`, and that is notified. */
  expire(preferenceId: string): Promise<FakeMercadoPagoDelivery>;
  /** Signs a notification body as Mercado Pago would (with another secret to forge one). */
  sign(notification: MercadoPagoNotification, secret?: string): FakeMercadoPagoDelivery;
  /** Stops the server. */
  close(): Promise<void>;
}

const collectorId = 1_987_654_321;

function decimalsOf(value: unknown): number {
  const text = String(value);
  return text.includes('.') ? (text.split('.')[1]?.length ?? 0) : 0;
}

/** Starts the fake on a free loopback port. */
export async function startFakeMercadoPago({
  accessToken = `TEST-${randomUUID()}`,
  webhookSecret = randomUUID().replaceAll('-', ''),
  now = () => new Date(),
}: {
  /** Default: a random `TEST-…` token. */
  accessToken?: string;
  /** Default: random. */
  webhookSecret?: string;
  /** The fake's clock. */
  now?: () => Date;
} = {}): Promise<FakeMercadoPago> {
  const requests: FakeMercadoPagoRequest[] = [];
  const preferences: FakeMercadoPago['preferences'] = new Map();
  const payments: FakeMercadoPago['payments'] = new Map();
  const merchantOrders = new Map<string, MercadoPagoMerchantOrder>();
  const byIdempotencyKey = new Map<string, unknown>();
  const faults: { status: number; body?: unknown }[] = [];
  let sequence = 0;
  let url = '';

  // Mercado Pago writes dates with the seller's offset; the fake is a seller in São Paulo (UTC−3, no DST).
  const iso = () => new Date(now().getTime() - 3 * 3_600_000).toISOString().replace('Z', '-03:00');
  const error = (status: number, code: string, message: string) => ({
    status,
    body: { message, error: code, status, cause: [{ code, description: message }] },
  });

  const orderFor = (preference: MercadoPagoPreference): MercadoPagoMerchantOrder => {
    const existing = [...merchantOrders.values()].find((order) => order.preference_id === preference.id);
    if (existing) return existing;
    const order = {
      id: 9_000_000_000 + ++sequence,
      status: 'opened',
      preference_id: preference.id,
      external_reference: preference.external_reference ?? null,
      last_updated: iso(),
    };
    merchantOrders.set(String(order.id), order);
    return order;
  };

  const sign = (notification: MercadoPagoNotification, secret = webhookSecret): FakeMercadoPagoDelivery => {
    const rawBody = JSON.stringify(notification);
    const ts = String(Math.floor(now().getTime() / 1000));
    const requestId = randomUUID();
    const dataId = String(notification.data?.id ?? '');
    const manifest = `id:${dataId.toLowerCase()};request-id:${requestId};ts:${ts};`;
    const v1 = createHmac('sha256', secret).update(manifest).digest('hex');
    return {
      rawBody,
      headers: { 'content-type': 'application/json', 'x-signature': `ts=${ts},v1=${v1}`, 'x-request-id': requestId },
      query: `?data.id=${encodeURIComponent(dataId)}&type=${encodeURIComponent(notification.type)}`,
    };
  };

  // Keys in the order of Mercado Pago's documented example.
  const notify = (type: string, action: string, dataId: string | number) =>
    sign({
      action,
      api_version: 'v1',
      data: { id: String(dataId) },
      date_created: iso(),
      id: 120_000_000_000 + ++sequence,
      live_mode: false,
      type,
      user_id: String(collectorId),
    });

  const createPayment = (
    preferenceId: string,
    status: 'approved' | 'rejected',
    options: { amountMinor?: number; method?: 'card' | 'pix' } = {},
  ) => {
    const preference = preferences.get(preferenceId);
    if (!preference) throw new Error(`fake Mercado Pago: no preference ${preferenceId}`);
    if (
      preference.expires &&
      preference.expiration_date_to &&
      Date.parse(preference.expiration_date_to) < now().getTime()
    ) {
      throw new Error(`fake Mercado Pago: preference ${preferenceId} has expired`);
    }
    const currency = preference.items[0]?.currency_id ?? 'BRL';
    const totalMinor = preference.items.reduce(
      (sum, item) => sum + parseMoney(String(item.unit_price), currency).amountMinor * item.quantity,
      0,
    );
    const amountMinor = options.amountMinor ?? totalMinor;
    const pix = options.method === 'pix';
    const payment: MercadoPagoPayment = {
      id: 1_320_000_000 + ++sequence,
      status,
      status_detail: status === 'approved' ? 'accredited' : 'cc_rejected_insufficient_amount',
      transaction_amount: Number(toDecimalString({ amountMinor, currency })),
      transaction_amount_refunded: 0,
      currency_id: currency,
      external_reference: preference.external_reference ?? null,
      metadata: preference.metadata ?? {},
      payment_method_id: pix ? 'pix' : 'master',
      payment_type_id: pix ? 'bank_transfer' : 'credit_card',
      date_created: iso(),
      date_approved: status === 'approved' ? iso() : null,
      refunds: [],
      order: { id: String(orderFor(preference).id), type: 'mercadopago' },
    };
    payments.set(String(payment.id), payment);
    if (status === 'approved') {
      const order = orderFor(preference);
      merchantOrders.set(String(order.id), { ...order, status: 'closed', last_updated: iso() });
    }
    return payment;
  };

  const refund = (paymentId: string, amount: number | undefined) => {
    const payment = payments.get(paymentId);
    if (!payment) return error(404, 'not_found', 'Payment not found');
    if (payment.status !== 'approved') return error(400, 'invalid_status', 'Payment cannot be refunded');
    const currency = payment.currency_id;
    const paidMinor = parseMoney(String(payment.transaction_amount), currency).amountMinor;
    const refundedMinor = parseMoney(String(payment.transaction_amount_refunded), currency).amountMinor;
    if (amount !== undefined && (typeof amount !== 'number' || decimalsOf(amount) > 2 || amount <= 0)) {
      return error(400, 'invalid_amount', 'amount must be a positive number with at most 2 decimals');
    }
    const amountMinor =
      amount === undefined ? paidMinor - refundedMinor : parseMoney(String(amount), currency).amountMinor;
    if (amountMinor <= 0 || refundedMinor + amountMinor > paidMinor) {
      return error(400, 'amount_exceeded', 'The refund amount exceeds the available amount');
    }
    const created: MercadoPagoRefund = {
      id: 2_100_000_000 + ++sequence,
      payment_id: payment.id,
      amount: Number(toDecimalString({ amountMinor, currency })),
      status: 'approved',
      date_created: iso(),
    };
    const total = refundedMinor + amountMinor;
    const updated: MercadoPagoPayment = {
      ...payment,
      status: total === paidMinor ? 'refunded' : 'approved',
      status_detail: total === paidMinor ? 'refunded' : 'partially_refunded',
      transaction_amount_refunded: Number(toDecimalString({ amountMinor: total, currency })),
      refunds: [...payment.refunds, created],
    };
    payments.set(paymentId, updated);
    return { status: 201, body: created };
  };

  const route = (request: FakeMercadoPagoRequest): { status: number; body: unknown } => {
    const fault = faults.shift();
    if (fault) {
      return fault.body === undefined
        ? error(fault.status, `injected_${fault.status}`, `Injected ${fault.status}`)
        : { status: fault.status, body: fault.body };
    }
    if (request.headers.authorization !== `Bearer ${accessToken}`) {
      return error(401, 'unauthorized', 'invalid access token');
    }
    const { pathname } = new URL(request.url, 'http://fake');
    const key = request.headers['x-idempotency-key'];
    const idempotencyKey = typeof key === 'string' ? `${request.method} ${pathname} ${key}` : undefined;
    let input: Record<string, unknown> = {};
    try {
      input = request.rawBody ? (JSON.parse(request.rawBody) as Record<string, unknown>) : {};
    } catch {
      return error(400, 'bad_request', 'Malformed JSON');
    }
    const preferencePath = /^\/checkout\/preferences\/([^/]+)$/.exec(pathname);
    const paymentPath = /^\/v1\/payments\/([^/]+)$/.exec(pathname);
    const refundsPath = /^\/v1\/payments\/([^/]+)\/refunds$/.exec(pathname);
    const orderPath = /^\/merchant_orders\/([^/]+)$/.exec(pathname);

    if (request.method === 'POST' && pathname === '/checkout/preferences') {
      if (idempotencyKey && byIdempotencyKey.has(idempotencyKey)) {
        return { status: 201, body: byIdempotencyKey.get(idempotencyKey) };
      }
      const items = input.items as MercadoPagoPreference['items'] | undefined;
      const valid =
        Array.isArray(items) &&
        items.length > 0 &&
        items.every(
          (item) =>
            typeof item.title === 'string' &&
            Number.isInteger(item.quantity) &&
            item.quantity > 0 &&
            typeof item.unit_price === 'number' &&
            item.unit_price > 0 &&
            decimalsOf(item.unit_price) <= 2 &&
            typeof item.currency_id === 'string',
        ) &&
        (input.external_reference === undefined ||
          (typeof input.external_reference === 'string' && input.external_reference.length <= 256)) &&
        (input.expiration_date_to === undefined || !Number.isNaN(Date.parse(String(input.expiration_date_to))));
      if (!valid) return error(400, 'invalid_items', 'items, unit_price or expiration_date_to are invalid');
      const id = `${collectorId}-${randomUUID()}`;
      const preference = {
        ...(input as object),
        id,
        collector_id: collectorId,
        init_point: `${url}/checkout/v1/redirect?pref_id=${id}`,
        sandbox_init_point: `${url}/checkout/v1/redirect?pref_id=${id}&sandbox=true`,
        date_created: iso(),
        items: items ?? [],
      } as MercadoPagoPreference & { date_created: string };
      preferences.set(id, preference);
      if (idempotencyKey) byIdempotencyKey.set(idempotencyKey, preference);
      return { status: 201, body: preference };
    }
    if (request.method === 'PUT' && preferencePath) {
      const preference = preferences.get(decodeURIComponent(preferencePath[1] ?? ''));
      if (!preference) return error(404, 'not_found', 'Preference not found');
      const updated = { ...preference, ...(input as object), id: preference.id };
      preferences.set(preference.id, updated);
      return { status: 200, body: updated };
    }
    if (request.method === 'GET' && paymentPath) {
      const payment = payments.get(decodeURIComponent(paymentPath[1] ?? ''));
      return payment ? { status: 200, body: payment } : error(404, 'not_found', 'Payment not found');
    }
    if (request.method === 'POST' && refundsPath) {
      // A replayed key returns the first refund, even when nothing is left to refund.
      if (idempotencyKey && byIdempotencyKey.has(idempotencyKey)) {
        return { status: 201, body: byIdempotencyKey.get(idempotencyKey) };
      }
      const answer = refund(decodeURIComponent(refundsPath[1] ?? ''), input.amount as number | undefined);
      if (idempotencyKey && answer.status === 201) byIdempotencyKey.set(idempotencyKey, answer.body);
      return answer;
    }
    if (request.method === 'GET' && orderPath) {
      const order = merchantOrders.get(decodeURIComponent(orderPath[1] ?? ''));
      return order ? { status: 200, body: order } : error(404, 'not_found', 'Merchant order not found');
    }
    return error(404, 'not_found', `No route ${request.method} ${pathname}`);
  };

  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        headers: incoming.headers,
        rawBody: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const { status, body } = route(request);
      response.writeHead(status, { 'content-type': 'application/json', 'x-request-id': randomUUID() });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    accessToken,
    webhookSecret,
    requests,
    preferences,
    payments,
    failNext: (status, body) => void faults.push({ status, ...(body === undefined ? {} : { body }) }),
    async pay(preferenceId, options) {
      const payment = createPayment(preferenceId, 'approved', options);
      return { paymentId: String(payment.id), delivery: notify('payment', 'payment.created', payment.id) };
    },
    async decline(preferenceId) {
      const payment = createPayment(preferenceId, 'rejected');
      return { paymentId: String(payment.id), delivery: notify('payment', 'payment.created', payment.id) };
    },
    async refundFromPanel(paymentId, amountMinor) {
      const payment = payments.get(paymentId);
      if (!payment) throw new Error(`fake Mercado Pago: no payment ${paymentId}`);
      const answer = refund(paymentId, Number(toDecimalString({ amountMinor, currency: payment.currency_id })));
      if (answer.status !== 201) throw new Error(`fake Mercado Pago: refund refused (${answer.status})`);
      return notify('payment', 'payment.updated', paymentId);
    },
    async expire(preferenceId) {
      const preference = preferences.get(preferenceId);
      if (!preference) throw new Error(`fake Mercado Pago: no preference ${preferenceId}`);
      preferences.set(preferenceId, {
        ...preference,
        expires: true,
        expiration_date_to: new Date(now().getTime() - 1_000).toISOString(),
      });
      const order = orderFor(preference);
      merchantOrders.set(String(order.id), { ...order, status: 'expired', last_updated: iso() });
      return notify('topic_merchant_order_wh', 'merchant_order.updated', order.id);
    },
    sign,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
