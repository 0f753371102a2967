import { createTestServer, type TestServerRequest, type TestServerResponse } from '../../create-test-server';
import { type SignedStripeWebhook, signStripeWebhook } from './sign-stripe-webhook';
import { type StripeJson, stripeErrorBody, stripeObject } from './stripe-emulator-objects';
import { createStripeEmulatorStore, type StripeEmulatorResult } from './stripe-emulator-store';
import type { StripeEmulator, StripeEmulatorOptions } from './stripe-emulator-types';
import { type StripeValidatedEndpoint, validateStripeRequest } from './validate-stripe-request';

/**
 * Starts a local Stripe API on 127.0.0.1 (a free port) for the endpoints cobro uses: `POST /v1/prices`,
 * `POST /v1/payment_links`, `POST /v1/payment_links/{id}`, `POST /v1/checkout/sessions`,
 * `POST /v1/checkout/sessions/{id}/expire`, `GET /v1/checkout/sessions/{id}`, `GET /v1/payment_intents/{id}`,
 * `POST /v1/refunds`, `GET /v1/refunds`. Like Stripe it checks `Authorization: Bearer`, decodes form bodies and validates them against
 * the official spec's request schemas (plus SPEC-OVERLAY.md), and replays `Idempotency-Key`s (same key and body →
 * the first response with `Idempotent-Replayed: true`; same key, other body → 400 `idempotency_error`). Unlike
 * Stripe it also requires `Stripe-Version`, because cobro always pins one. Responses are built from the official
 * fixtures; `pay` simulates a checkout and returns the signed webhook Stripe would send.
 */
export async function createStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  const server = await createTestServer();
  const clock = options.now ?? (() => new Date());
  const nowSeconds = () => Math.floor(clock().getTime() / 1000);
  const events: StripeJson[] = [];
  const webhooks: SignedStripeWebhook[] = [];
  let requestSequence = 0;
  let eventSequence = 0;
  const counts = { prices: 0, paymentLinks: 0, sessions: 0, refunds: 0 };
  const idempotency = new Map<string, { fingerprint: string; response: TestServerResponse }>();

  const emit = (type: string, object: StripeJson) => {
    const event = stripeObject('event', {
      id: `evt_test_${(++eventSequence).toString(36).padStart(14, '0')}`,
      api_version: '2023-08-16',
      created: nowSeconds(),
      data: { object },
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    });
    events.push(event);
    const webhook = signStripeWebhook({ body: event, secrets: options.webhookSecret, timestampSeconds: nowSeconds() });
    webhooks.push(webhook);
    return webhook;
  };
  const store = createStripeEmulatorStore({ now: nowSeconds, emit });

  const respond = (result: StripeEmulatorResult, requestId: string): TestServerResponse => ({
    status: result.status,
    headers: { 'request-id': requestId, 'stripe-version': '2023-08-16' },
    body: result.body,
  });

  const handle =
    (
      endpoint: StripeValidatedEndpoint | undefined,
      operation: (body: StripeJson, request: TestServerRequest) => StripeEmulatorResult,
      counter?: keyof typeof counts,
    ) =>
    (request: TestServerRequest): TestServerResponse => {
      const requestId = `req_${(++requestSequence).toString(36).padStart(14, '0')}`;
      const fail = (
        status: number,
        type: 'invalid_request_error' | 'idempotency_error',
        message: string,
        code?: string,
      ) => respond({ status, body: stripeErrorBody({ type, message, ...(code ? { code } : {}) }) }, requestId);
      if (request.headers.authorization !== `Bearer ${options.secretKey}`) {
        // Stripe masks the key it got; the emulator does not echo it at all.
        return fail(401, 'invalid_request_error', 'Invalid API Key provided.', 'api_key_invalid');
      }
      if (!request.headers['stripe-version']) {
        return fail(
          400,
          'invalid_request_error',
          'cobro pins the API version: send a Stripe-Version header.',
          'stripe_version_missing',
        );
      }
      const key = request.headers['idempotency-key'];
      const fingerprint = `${request.method} ${request.path} ${request.rawBody}`;
      if (request.method === 'POST' && key) {
        const previous = idempotency.get(key);
        if (previous && previous.fingerprint !== fingerprint) {
          return fail(
            400,
            'idempotency_error',
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          );
        }
        if (previous)
          return { ...previous.response, headers: { ...previous.response.headers, 'idempotent-replayed': 'true' } };
      }
      let body: StripeJson = {};
      if (endpoint) {
        const validated = validateStripeRequest(endpoint, request.rawBody);
        const problem = validated.problems[0];
        if (problem) {
          return respond(
            {
              status: 400,
              body: stripeErrorBody({
                type: 'invalid_request_error',
                code: problem.code,
                message: problem.message,
                param: problem.param,
              }),
            },
            requestId,
          );
        }
        body = validated.body;
      }
      const response = respond(operation(body, request), requestId);
      if (response.status === 200 && counter) counts[counter]++;
      // Stripe saves the first result once execution began (validation failures are not saved).
      if (request.method === 'POST' && key && response.status === 200) idempotency.set(key, { fingerprint, response });
      return response;
    };

  const expand = (request: TestServerRequest) => request.query.getAll('expand[]');
  server.route('POST', '/v1/prices', handle('POST /v1/prices', store.createPrice, 'prices'));
  server.route('POST', '/v1/payment_links', handle('POST /v1/payment_links', store.createPaymentLink, 'paymentLinks'));
  server.route(
    'POST',
    '/v1/payment_links/:id',
    handle('POST /v1/payment_links/{payment_link}', (body, request) =>
      store.updatePaymentLink(request.params.id as string, body),
    ),
  );
  server.route('POST', '/v1/checkout/sessions', handle('POST /v1/checkout/sessions', store.createSession, 'sessions'));
  server.route(
    'POST',
    '/v1/checkout/sessions/:id/expire',
    handle('POST /v1/checkout/sessions/{session}/expire', (_body, request) =>
      store.expireSession(request.params.id as string),
    ),
  );
  server.route(
    'GET',
    '/v1/checkout/sessions/:id',
    handle(undefined, (_body, request) => store.readSession(request.params.id as string)),
  );
  server.route(
    'GET',
    '/v1/payment_intents/:id',
    handle(undefined, (_body, request) => store.readIntent(request.params.id as string, expand(request))),
  );
  server.route('POST', '/v1/refunds', handle('POST /v1/refunds', store.createRefund, 'refunds'));
  server.route(
    'GET',
    '/v1/refunds',
    handle(undefined, (_body, request) => store.listRefunds(request.query)),
  );

  return {
    baseURL: server.url,
    requests: server.requests,
    prices: store.prices,
    paymentLinks: store.paymentLinks,
    sessions: store.sessions,
    paymentIntents: store.paymentIntents,
    charges: store.charges,
    refunds: store.refunds,
    events,
    webhooks,
    counts: () => ({ ...counts }),
    pay: (id, payOptions) => store.pay(id, payOptions),
    settle: store.settle,
    failAsync: store.failAsync,
    emit,
    failNext: (fault) => server.failNext(fault),
    close: () => server.close(),
  };
}
