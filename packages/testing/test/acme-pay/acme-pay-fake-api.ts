// Acme Pay's API, faked on a loopback server with createTestServer: what the adapter's contract test runs against.
import { computeHmac, toHex } from '@cobro/core/adapter';
import { createTestServer, type TestServer, type TestServerRequest } from '@cobro/testing';
import type { AcmePayment } from './acme-pay-provider';

export interface AcmeFakeApi {
  readonly server: TestServer;
  readonly links: Map<
    string,
    { id: string; url: string; reference: string; amount: number; currency: string; open: boolean }
  >;
  pay(linkId: string): Promise<{ paymentId: string; delivery: { rawBody: string; headers: Record<string, string> } }>;
  signEvent(event: unknown, secret?: string): Promise<{ rawBody: string; headers: Record<string, string> }>;
  draftPayment(linkId: string): AcmePayment;
}

export async function createAcmeFakeApi({ apiKey, webhookSecret }: { apiKey: string; webhookSecret: string }) {
  const server = await createTestServer();
  const links: AcmeFakeApi['links'] = new Map();
  const payments = new Map<string, AcmePayment>();
  const byKey = new Map<string, unknown>();
  let sequence = 0;
  const id = (prefix: string) => `${prefix}_${++sequence}`;
  const error = (status: number, code: string, message: string) => ({ status, body: { error: { code, message } } });
  const authorised = (request: TestServerRequest) => request.headers.authorization === `Bearer ${apiKey}`;
  const idempotent = (request: TestServerRequest, create: () => unknown) => {
    const key = request.headers['idempotency-key'];
    if (!key) return create();
    if (!byKey.has(key)) byKey.set(key, create());
    return byKey.get(key);
  };

  server.route('POST', '/v1/links', (request) => {
    if (!authorised(request)) return error(401, 'unauthorised', 'Invalid API key.');
    const input = JSON.parse(request.rawBody) as { amount: number; currency: string; reference: string };
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0) return error(400, 'invalid_amount', 'Bad amount.');
    const body = idempotent(request, () => {
      const link = { id: id('lnk'), url: `${server.url}/pay/${sequence}`, ...input, open: true };
      links.set(link.id, link);
      return link;
    });
    return { status: 201, body };
  });
  server.route('POST', '/v1/links/:id/expire', (request) => {
    const link = links.get(request.params.id ?? '');
    if (!link) return error(404, 'not_found', 'No such link.');
    link.open = false;
    return { body: link };
  });
  server.route('GET', '/v1/payments/:id', (request) => {
    if (!authorised(request)) return error(401, 'unauthorised', 'Invalid API key.');
    const payment = payments.get(request.params.id ?? '');
    return payment ? { body: payment } : error(404, 'not_found', 'No such payment.');
  });
  server.route('POST', '/v1/refunds', (request) => {
    const input = JSON.parse(request.rawBody) as { payment: string; amount?: number };
    const payment = payments.get(input.payment);
    if (!payment) return error(404, 'not_found', 'No such payment.');
    // The idempotent replay comes first: a repeated refund returns the first result rather than "nothing left".
    const key = request.headers['idempotency-key'];
    if (key && byKey.has(key)) return { status: 201, body: byKey.get(key) };
    const amount = input.amount ?? payment.amount - payment.amount_refunded;
    if (amount <= 0 || payment.amount_refunded + amount > payment.amount) return error(400, 'too_much', 'Too much.');
    const body = idempotent(request, () => {
      payment.amount_refunded += amount;
      payment.status = payment.amount_refunded === payment.amount ? 'refunded' : 'partially_refunded';
      return { id: id('re'), payment: payment.id, amount, currency: payment.currency };
    });
    return { status: 201, body };
  });

  const signEvent = async (event: unknown, secret = webhookSecret) => {
    const rawBody = JSON.stringify(event);
    const t = Math.floor(Date.now() / 1000);
    const mac = toHex(await computeHmac({ secret, data: `${t}.${rawBody}` }));
    return { rawBody, headers: { 'content-type': 'application/json', 'acme-signature': `t=${t},s=${mac}` } };
  };

  const draftPayment = (linkId: string): AcmePayment => {
    const link = links.get(linkId);
    if (!link) throw new Error(`no link ${linkId}`);
    return {
      id: id('pay'),
      link: link.id,
      reference: link.reference,
      amount: link.amount,
      currency: link.currency,
      amount_refunded: 0,
      status: 'paid',
      paid_at: new Date().toISOString(),
    };
  };

  return {
    server,
    links,
    signEvent,
    draftPayment,
    async pay(linkId) {
      if (!links.get(linkId)?.open) throw new Error(`link ${linkId} is not open`);
      const payment = draftPayment(linkId);
      payments.set(payment.id, payment);
      const event = {
        id: id('evt'),
        type: 'payment.succeeded',
        created: Math.floor(Date.now() / 1000),
        data: { payment },
      };
      return { paymentId: payment.id, delivery: await signEvent(event) };
    },
  } satisfies AcmeFakeApi;
}
