// x-signature verification as Mercado Pago documents it, including what the contract case skipped in
// mercado-pago-contract.test.ts cannot ask of this scheme (a body Mercado Pago never signs).
import { createHmac } from 'node:crypto';
import { parseMoney, WebhookVerificationError } from '@cobro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeMercadoPago, startFakeMercadoPago } from '../src/fake-mercado-pago/fake-mercado-pago';
import { createMercadoPago } from '../src/mercado-pago-provider';
import { signatureManifest } from '../src/mercado-pago-signature';

let api: FakeMercadoPago;
let clock = Date.parse('2026-12-01T13:00:00.000Z');
const now = () => new Date(clock);

beforeAll(async () => {
  api = await startFakeMercadoPago({ now });
});
afterAll(() => api.close());

const adapter = () =>
  createMercadoPago({ accessToken: api.accessToken, webhookSecret: api.webhookSecret, baseURL: api.url, now });

async function paid() {
  const provider = adapter();
  const link = await provider.createPaymentLink({
    amount: parseMoney('89.90', 'BRL'),
    invoiceReference: `PED-${clock}`,
    attempt: 1,
    customer: { id: 'cus_1', name: 'João Lima', locale: 'pt-BR', country: 'BR' },
    description: 'Camiseta',
    idempotencyKey: `PED-${clock}:1`,
  });
  clock += 1_000;
  return { provider, link, ...(await api.pay(link.id)) };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(WebhookVerificationError.isInstance(error), String(error)).toBe(true);
  return (error as WebhookVerificationError).reason;
}

describe('x-signature', () => {
  it('signs the documented manifest, id:{data.id};request-id:{x-request-id};ts:{ts};, with HMAC-SHA256', async () => {
    const { delivery, paymentId } = await paid();
    const ts = /ts=(\d+)/.exec(delivery.headers['x-signature'] ?? '')?.[1] ?? '';
    const manifest = `id:${paymentId};request-id:${delivery.headers['x-request-id']};ts:${ts};`;
    expect(signatureManifest({ dataId: paymentId, requestId: delivery.headers['x-request-id'], ts })).toBe(manifest);
    const expected = createHmac('sha256', api.webhookSecret).update(manifest).digest('hex');
    expect(delivery.headers['x-signature']).toBe(`ts=${ts},v1=${expected}`);
    expect(delivery.query).toBe(`?data.id=${paymentId}&type=payment`);
  });

  it('lower-cases an alphanumeric data.id and drops absent parts, as the docs say', () => {
    expect(signatureManifest({ dataId: 'ORD01ABC', requestId: 'r-1', ts: '1' })).toBe(
      'id:ord01abc;request-id:r-1;ts:1;',
    );
    expect(signatureManifest({ dataId: '123', ts: '1' })).toBe('id:123;ts:1;');
  });

  it('accepts a delivery whose header names are in any case', async () => {
    const { provider, delivery, paymentId } = await paid();
    const shouting = Object.fromEntries(
      Object.entries(delivery.headers).map(([key, value]) => [key.toUpperCase(), value]),
    );
    await expect(provider.parseWebhook({ rawBody: delivery.rawBody, headers: shouting })).resolves.toMatchObject({
      type: 'payment-succeeded',
      paymentId,
      amount: { amountMinor: 8_990, currency: 'BRL' },
    });
  });

  it('refuses a changed data.id, a changed x-request-id, a missing or malformed header and the wrong secret', async () => {
    const { provider, delivery, paymentId } = await paid();
    const other = String(Number(paymentId) + 1);
    const swapped = { ...delivery, rawBody: delivery.rawBody.replace(`"id":"${paymentId}"`, `"id":"${other}"`) };
    expect(swapped.rawBody).not.toBe(delivery.rawBody);
    expect(await refusal(provider.parseWebhook(swapped))).toBe('bad-signature');
    const requestId = { ...delivery, headers: { ...delivery.headers, 'x-request-id': 'another-request' } };
    expect(await refusal(provider.parseWebhook(requestId))).toBe('bad-signature');
    const { 'x-signature': _, ...unsigned } = delivery.headers;
    expect(await refusal(provider.parseWebhook({ rawBody: delivery.rawBody, headers: unsigned }))).toBe(
      'missing-header',
    );
    const malformed = { ...delivery, headers: { ...delivery.headers, 'x-signature': 'v1=abc' } };
    expect(await refusal(provider.parseWebhook(malformed))).toBe('malformed-header');
    const forged = api.sign(JSON.parse(delivery.rawBody), 'someone-elses-secret');
    expect(await refusal(provider.parseWebhook({ rawBody: delivery.rawBody, headers: forged.headers }))).toBe(
      'bad-signature',
    );
    expect(await refusal(provider.parseWebhook({ rawBody: 'not json', headers: delivery.headers }))).toBe(
      'malformed-body',
    );
  });

  it('refuses a ts outside the five-minute window, either way', async () => {
    const { provider, delivery } = await paid();
    clock += 301_000;
    expect(await refusal(provider.parseWebhook(delivery))).toBe('expired');
    clock -= 602_000;
    expect(await refusal(provider.parseWebhook(delivery))).toBe('expired');
    clock += 301_000;
    await expect(provider.parseWebhook(delivery)).resolves.toMatchObject({ type: 'payment-succeeded' });
  });

  it('cannot refuse a re-serialised body (Mercado Pago does not sign it) and so reads nothing from it but data.id', async () => {
    const { provider, delivery, paymentId } = await paid();
    const body = JSON.parse(delivery.rawBody) as Record<string, unknown>;
    // An attacker replaying a genuine delivery can rewrite everything except data.id; none of it reaches cobro.
    const rewritten = JSON.stringify({ ...body, action: 'payment.refunded', type: 'payment', user_id: 1 }, null, 2);
    const event = await provider.parseWebhook({ rawBody: rewritten, headers: delivery.headers });
    expect(event).toMatchObject({
      type: 'payment-succeeded',
      paymentId,
      amount: { amountMinor: 8_990, currency: 'BRL' },
    });
    const payment = await provider.getPayment({ paymentId });
    expect(payment.status).toBe('succeeded');
  });
});
