import { createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';
import {
  testOnlyPayPalWebhookCertificate,
  testOnlyPayPalWebhookPrivateKey,
} from './fixtures/test-only-paypal-webhook-certificate';
import { payPalErrorBody, payPalErrors, payPalStyleId } from './paypal-emulator-objects';
import { createPayPalEmulatorStore, type PayPalEmulatorAnswer } from './paypal-emulator-store';
import type {
  PayPalEmulator,
  PayPalEmulatorFault,
  PayPalEmulatorOptions,
  PayPalEmulatorRequest,
  PayPalJson,
} from './paypal-emulator-types';
import { type SignedPayPalWebhook, signPayPalWebhook } from './sign-paypal-webhook';
import { type PayPalSpecFile, validatePayPalRequest } from './validate-paypal-request';

const certificatePath = '/v1/notifications/certs/CERT-cobro-test-only';

/**
 * Starts a stateful fake of the PayPal REST API on a loopback port: OAuth2 client credentials
 * (`POST /v1/oauth2/token`), Invoicing v2 (create, get, send, cancel, search), Orders v2 (create, get, capture),
 * Payments v2 (get capture, refund), `verify-webhook-signature`, and a certificate endpoint. Request bodies are
 * validated against PayPal's OpenAPI schemas (400 `INVALID_REQUEST`), `PayPal-Request-Id` is replayed where the spec
 * declares it, and webhooks are signed like PayPal's with a TEST-ONLY certificate served from `certUrl`.
 */
export async function createPayPalEmulator(options: PayPalEmulatorOptions = {}): Promise<PayPalEmulator> {
  const clientId = options.clientId ?? 'emulator-client-id';
  const clientSecret = options.clientSecret ?? 'emulator-client-secret';
  const webhookId = options.webhookId ?? '7EMULATORWEBHOOK';
  const tokenTtlSeconds = options.tokenTtlSeconds ?? 32_400;
  const signing = options.signing ?? {
    certificate: testOnlyPayPalWebhookCertificate,
    privateKey: testOnlyPayPalWebhookPrivateKey,
  };
  const now = options.now ?? (() => new Date());
  const requests: PayPalEmulatorRequest[] = [];
  const faults: PayPalEmulatorFault[] = [];
  const tokens = new Map<string, number>();
  const replays = new Map<string, { fingerprint: string; answer: PayPalEmulatorAnswer }>();
  const deliveries: { eventType: string; resourceId: string; webhook: SignedPayPalWebhook }[] = [];
  const extraCounts = { tokenRequests: 0, certificateDownloads: 0, signatureVerifications: 0 };
  let selfURL = '';
  const certUrl = () => `${selfURL}${certificatePath}`;

  const sign: PayPalEmulator['sign'] = (body, overrides = {}) =>
    signPayPalWebhook({
      body,
      webhookId: overrides.webhookId ?? webhookId,
      certUrl: overrides.certUrl ?? certUrl(),
      privateKey: overrides.privateKey ?? signing.privateKey,
      transmissionTime: overrides.transmissionTime ?? now().toISOString(),
      ...(overrides.transmissionId ? { transmissionId: overrides.transmissionId } : {}),
    });
  const emitTyped = (eventType: string, resourceType: string, resource: PayPalJson): SignedPayPalWebhook => {
    const id = `WH-${payPalStyleId(8)}-${payPalStyleId(17)}`;
    const event = {
      id,
      event_version: '1.0',
      create_time: now().toISOString(),
      resource_type: resourceType,
      resource_version: '2.0',
      event_type: eventType,
      summary: `${eventType} (emulator)`,
      resource,
      links: [
        { href: `${selfURL}/v1/notifications/webhooks-events/${id}`, rel: 'self', method: 'GET' },
        { href: `${selfURL}/v1/notifications/webhooks-events/${id}/resend`, rel: 'resend', method: 'POST' },
      ],
    };
    const webhook = sign(event);
    const subject = (resource.invoice as PayPalJson | undefined) ?? resource;
    deliveries.push({ eventType, resourceId: String(subject.id ?? ''), webhook });
    return webhook;
  };
  const store = createPayPalEmulatorStore({ now, baseURL: () => selfURL, emit: emitTyped });

  const validated = (file: PayPalSpecFile, schema: string, body: unknown, run: () => PayPalEmulatorAnswer) => {
    const problems = validatePayPalRequest(file, schema, body ?? {});
    return problems.length > 0 ? payPalErrors.invalidRequest(problems) : run();
  };

  // `PayPal-Request-Id` (declared on orders create/capture and captures refund): a repeat returns the first answer.
  const withRequestId = (request: PayPalEmulatorRequest, run: () => PayPalEmulatorAnswer): PayPalEmulatorAnswer => {
    const header = request.headers['paypal-request-id'];
    const key = typeof header === 'string' ? `${request.url.split('?')[0]} ${header}` : undefined;
    if (!key) return run();
    const seen = replays.get(key);
    if (seen) {
      if (seen.fingerprint !== request.rawBody) {
        return payPalErrors.unprocessable(
          'DUPLICATE_REQUEST_ID',
          'The PayPal-Request-Id was already used for a different request.',
        );
      }
      return seen.answer;
    }
    const answer = run();
    if (answer.status < 500) replays.set(key, { fingerprint: request.rawBody, answer });
    return answer;
  };

  function verifySignature(request: PayPalEmulatorRequest): PayPalEmulatorAnswer {
    extraCounts.signatureVerifications += 1;
    const body = (request.body ?? {}) as PayPalJson;
    const problems = validatePayPalRequest('notifications_webhooks_v1', 'verify_webhook_signature', body);
    if (problems.length > 0) return payPalErrors.invalidRequest(problems);
    // PayPal checks the CRC32 of the event text it receives: take it verbatim from the request, as the last member.
    const marker = request.rawBody.indexOf('"webhook_event":');
    const eventText = marker < 0 ? '' : request.rawBody.slice(marker + '"webhook_event":'.length).replace(/\}\s*$/, '');
    const message = `${String(body.transmission_id)}|${String(body.transmission_time)}|${String(body.webhook_id)}|${crc32(Buffer.from(eventText, 'utf8')) >>> 0}`;
    const ok =
      body.webhook_id === webhookId &&
      body.cert_url === certUrl() &&
      body.auth_algo === 'SHA256withRSA' &&
      verify(
        'sha256',
        Buffer.from(message, 'utf8'),
        createPublicKey(signing.certificate),
        Buffer.from(String(body.transmission_sig), 'base64'),
      );
    return { status: 200, body: { verification_status: ok ? 'SUCCESS' : 'FAILURE' } };
  }

  function route(request: PayPalEmulatorRequest): PayPalEmulatorAnswer {
    const { method } = request;
    const path = request.url.split('?')[0] ?? '/';
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const body = request.body as PayPalJson | undefined;
    if (method === 'POST' && path === '/v2/invoicing/invoices') {
      return validated('invoicing_v2', 'invoice', body, () => store.createInvoice(body ?? {}));
    }
    if (method === 'POST' && path === '/v2/invoicing/search-invoices') {
      return validated('invoicing_v2', 'search_data', body, () => store.searchInvoices(body ?? {}));
    }
    if (parts[0] === 'v2' && parts[1] === 'invoicing' && parts[2] === 'invoices' && parts[3]) {
      const id = parts[3];
      if (method === 'GET' && parts.length === 4) {
        const invoice = store.invoices.get(id);
        return invoice ? { status: 200, body: invoice } : payPalErrors.notFound('Invoice', id);
      }
      if (method === 'POST' && parts[4] === 'send') {
        return validated('invoicing_v2', 'notification', body, () => store.sendInvoice(id));
      }
      if (method === 'POST' && parts[4] === 'cancel') {
        return validated('invoicing_v2', 'notification', body, () => store.cancelInvoice(id));
      }
    }
    if (method === 'POST' && path === '/v2/checkout/orders') {
      return withRequestId(request, () =>
        validated('checkout_orders_v2', 'order_request', body, () => store.createOrder(body ?? {})),
      );
    }
    if (parts[0] === 'v2' && parts[1] === 'checkout' && parts[2] === 'orders' && parts[3]) {
      const id = parts[3];
      if (method === 'GET' && parts.length === 4) {
        const order = store.orders.get(id);
        return order ? { status: 200, body: order } : payPalErrors.notFound('Order', id);
      }
      if (method === 'POST' && parts[4] === 'capture') {
        return withRequestId(request, () =>
          validated('checkout_orders_v2', 'order_capture_request', body, () => store.captureOrder(id)),
        );
      }
    }
    if (parts[0] === 'v2' && parts[1] === 'payments' && parts[2] === 'captures' && parts[3]) {
      const id = parts[3];
      if (method === 'GET' && parts.length === 4) {
        const capture = store.captures.get(id);
        return capture ? { status: 200, body: capture } : payPalErrors.notFound('Capture', id);
      }
      if (method === 'POST' && parts[4] === 'refund') {
        return withRequestId(request, () =>
          validated('payments_payment_v2', 'refund_request', body, () => store.refundCapture(id, body ?? {})),
        );
      }
    }
    if (method === 'POST' && path === '/v1/notifications/verify-webhook-signature') return verifySignature(request);
    return {
      status: 404,
      body: payPalErrorBody({ name: 'RESOURCE_NOT_FOUND', message: `No route ${method} ${path} in the emulator.` }),
    };
  }

  function token(request: PayPalEmulatorRequest): PayPalEmulatorAnswer {
    const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
    if (request.headers.authorization !== expected) {
      return { status: 401, body: { error: 'invalid_client', error_description: 'Client Authentication failed' } };
    }
    if (new URLSearchParams(request.rawBody).get('grant_type') !== 'client_credentials') {
      return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'Grant Type is NULL' } };
    }
    extraCounts.tokenRequests += 1;
    const accessToken = `A21AA${randomBytes(45).toString('base64url')}`;
    tokens.set(accessToken, now().getTime() + tokenTtlSeconds * 1000);
    return {
      status: 200,
      body: {
        scope: 'https://uri.paypal.com/services/invoicing https://uri.paypal.com/services/payments/refund',
        access_token: accessToken,
        token_type: 'Bearer',
        app_id: 'APP-EMULATOR',
        expires_in: tokenTtlSeconds,
        nonce: `${now().toISOString()}${payPalStyleId(10)}`,
      },
    };
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = rawBody === '' ? undefined : JSON.parse(rawBody);
    } catch {
      body = undefined;
    }
    const request: PayPalEmulatorRequest = {
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      headers: { ...incoming.headers },
      rawBody,
      body,
    };
    requests.push(request);
    const path = request.url.split('?')[0] ?? '/';
    const debugId = payPalStyleId(13).toLowerCase();
    const send = (answer: PayPalEmulatorAnswer, headers: Record<string, string> = {}) => {
      const text =
        answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      response.writeHead(answer.status, {
        ...(text === '' ? {} : { 'content-type': 'application/json' }),
        'paypal-debug-id': debugId,
        ...headers,
      });
      response.end(text);
    };
    if (request.method === 'GET' && path === certificatePath) {
      extraCounts.certificateDownloads += 1;
      response.writeHead(200, { 'content-type': 'application/x-pem-file' });
      response.end(signing.certificate);
      return;
    }
    const index = faults.findIndex((fault) =>
      fault.pathPrefix ? path.startsWith(fault.pathPrefix) : path !== '/v1/oauth2/token',
    );
    const fault = index >= 0 ? faults.splice(index, 1)[0] : undefined;
    if (fault?.destroy) {
      incoming.socket.destroy();
      return;
    }
    if (fault && !fault.dropResponse) return send({ status: fault.status, body: fault.body }, fault.headers);
    if (request.method === 'POST' && path === '/v1/oauth2/token') return send(token(request));
    const bearer = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
    const expiresAt = bearer ? tokens.get(bearer) : undefined;
    if (expiresAt === undefined || expiresAt <= now().getTime()) {
      return send({
        status: 401,
        body: { error: 'invalid_token', error_description: 'Token signature verification failed' },
      });
    }
    if (request.method !== 'GET' && rawBody !== '' && body === undefined) {
      return send(payPalErrors.invalidRequest(['the body is not valid JSON']));
    }
    const answer = route(request);
    if (fault?.dropResponse) {
      incoming.socket.destroy();
      return;
    }
    send(answer);
  }

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((caught) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payPalErrorBody({ name: 'INTERNAL_SERVER_ERROR', message: String(caught) })));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  selfURL = `http://127.0.0.1:${port}`;

  return {
    baseURL: selfURL,
    host: `127.0.0.1:${port}`,
    clientId,
    clientSecret,
    webhookId,
    certUrl: certUrl(),
    certificate: signing.certificate,
    requests,
    invoices: store.invoices,
    orders: store.orders,
    captures: store.captures,
    deliveries,
    counts: () => ({ ...store.counts, ...extraCounts }),
    failNext: (fault) => void faults.push(fault),
    expireTokens: () => tokens.clear(),
    pay(invoiceId) {
      const { invoice, capture } = store.payInvoice(invoiceId);
      const webhook = emitTyped('INVOICING.INVOICE.PAID', 'invoices', { invoice: structuredClone(invoice) });
      return { invoice, capture, webhook };
    },
    approve(orderId, approveOptions = {}) {
      const order = store.approveOrder(orderId, approveOptions.captureStatus);
      return { order, webhook: emitTyped('CHECKOUT.ORDER.APPROVED', 'checkout-order', structuredClone(order)) };
    },
    emit: (eventType, resource) =>
      emitTyped(
        eventType,
        resource.invoice ? 'invoices' : eventType.startsWith('CHECKOUT') ? 'checkout-order' : 'capture',
        resource,
      ),
    sign,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((closeError) => (closeError ? reject(closeError) : resolve()));
      }),
  };
}
