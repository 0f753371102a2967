import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type ConektaWebhookDelivery,
  deliverConektaWebhook,
  renderConektaCheckoutPage,
} from './conekta-emulator-hosted-checkout';
import { type ConektaJson, conektaErrorBody, conektaEvent, conektaList } from './conekta-emulator-objects';
import { createConektaEmulatorStore } from './conekta-emulator-store';
import type {
  ConektaEmulator,
  ConektaEmulatorFault,
  ConektaEmulatorOptions,
  ConektaEmulatorRequest,
} from './conekta-emulator-types';
import { generateConektaWebhookKeyPair, type SignedConektaWebhook, signConektaWebhook } from './sign-conekta-webhook';

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
  const events = new Map<string, ConektaJson>();
  const faults: ConektaEmulatorFault[] = [];

  const sign = (body: unknown) => signConektaWebhook({ body, privateKey: keyPair.privateKey });
  const deliveries: ConektaWebhookDelivery[] = [];
  const inFlight = new Set<Promise<void>>();
  const emit = (type: string, object: ConektaJson): SignedConektaWebhook => {
    const event = conektaEvent({
      id: store.nextId('evt_'),
      type,
      object: structuredClone(object),
      createdAt: nowSeconds(),
    });
    events.set(event.id as string, event);
    const webhook = sign(event);
    if (options.webhookUrl) {
      const delivery = deliverConektaWebhook(options.webhookUrl, webhook).then((outcome) => {
        deliveries.push(outcome);
        inFlight.delete(delivery);
      });
      inFlight.add(delivery);
    }
    return webhook;
  };
  let selfURL = '';
  const store = createConektaEmulatorStore({
    now: nowSeconds,
    emit,
    checkoutBaseURL: () => (options.hostedCheckout ? selfURL : 'https://pay.conekta.com'),
  });
  const { checkouts, orders, error, notFound, createCheckout, current, pay, settle, refund } = store;

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

  // The stand-in for pay.conekta.com: a page per link, and a form post that pays it (no auth, like the real page).
  function hostedCheckout(
    method: string,
    url: URL,
    rawBody: string,
    send: (status: number, payload: string, headers?: Record<string, string>) => void,
  ) {
    const html = { 'content-type': 'text/html; charset=utf-8' };
    const slug = url.pathname.split('/')[2] ?? '';
    const checkout = [...checkouts.values()].find((candidate) => candidate.slug === slug);
    if (!checkout) return send(404, '<!doctype html><p>No such link.</p>', html);
    current(checkout);
    if (method === 'POST' && checkout.status === 'Issued') {
      const chosen = new URLSearchParams(rawBody).get('method');
      const paymentMethod = chosen === 'cash' || chosen === 'bank_transfer' ? chosen : 'card';
      // Cash and SPEI leave a voucher or reference pending, as in production; settle them with `settle(orderId)`.
      const { order } = pay(checkout.id as string, { method: paymentMethod, pending: paymentMethod !== 'card' });
      return send(200, renderConektaCheckoutPage(checkout, `Order ${order.id} ${String(order.payment_status)}.`), html);
    }
    return send(200, renderConektaCheckoutPage(checkout), html);
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
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
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
    if (url.pathname.startsWith('/link/')) return hostedCheckout(method, url, rawBody, send);
    const fault = faults.shift();
    if (fault?.destroy) {
      request.socket.destroy();
      return;
    }
    if (fault && !fault.dropResponse) return send(fault.status, fault.body ?? '', fault.headers);
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
    const result = route(method, url, body);
    if (fault?.dropResponse) {
      request.socket.destroy();
      return;
    }
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
  selfURL = `http://127.0.0.1:${port}`;

  return {
    baseURL: selfURL,
    webhookDeliveries: deliveries,
    flushWebhooks: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
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
