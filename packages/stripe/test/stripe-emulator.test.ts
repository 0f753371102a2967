import { decodeStripeForm, validateStripeRequest } from '@cobro/testing';
import { describe, expect, it } from 'vitest';
import { stripeApiVersion } from '../src/stripe-provider-id';
import { testSecretKey, useStripeEmulator } from './support/setup';

const { emulator } = useStripeEmulator();

/** A Stripe object or error body, as far as these tests read it. */
type ResponseBody = Record<string, unknown> & { id: string; error: Record<string, unknown> };

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${emulator().baseURL}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${testSecretKey}`,
      'stripe-version': stripeApiVersion,
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    body,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as ResponseBody };
}

describe('the Stripe emulator', () => {
  it('decodes bracket notation into nested objects and arrays', () => {
    expect(decodeStripeForm('a[0][b]=1&a[1][b]=2&m[k]=v%20w&e[]=x&e[]=y&s=1')).toEqual({
      a: [{ b: '1' }, { b: '2' }],
      m: { k: 'v w' },
      e: ['x', 'y'],
      s: '1',
    });
  });

  it('validates bodies against the spec with the overlay: unknown and invalid parameters are refused', () => {
    const ok =
      'line_items[0][price]=price_1&line_items[0][quantity]=1&restrictions[completed_sessions][limit]=1&payment_intent_data[metadata][a]=b';
    expect(validateStripeRequest('POST /v1/payment_links', ok).problems).toEqual([]);
    expect(
      validateStripeRequest('POST /v1/payment_links', `${ok}&restrictions[completed_sessions][count]=1`).problems,
    ).toEqual([
      expect.objectContaining({ code: 'parameter_unknown', param: 'restrictions[completed_sessions][count]' }),
    ]);
    expect(validateStripeRequest('POST /v1/payment_links', 'line_items[0][quantity]=1').problems).toEqual([
      expect.objectContaining({ code: 'parameter_missing', param: 'line_items[0][price]' }),
    ]);
    expect(validateStripeRequest('POST /v1/prices', 'currency=usd&unit_amount=12.5').problems).toEqual([
      expect.objectContaining({ code: 'parameter_invalid', param: 'unit_amount' }),
    ]);
    expect(
      validateStripeRequest('POST /v1/checkout/sessions', 'success_url=x&payment_method_types[0]=cash').problems[0],
    ).toMatchObject({
      param: 'payment_method_types[0]',
    });
  });

  it('answers like Stripe: 401 without the key, 400 for an unknown parameter, with request ids', async () => {
    const unauthorised = await post('/v1/prices', 'currency=usd&unit_amount=100', {
      authorization: 'Bearer sk_test_other',
    });
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.body.error).toMatchObject({ type: 'invalid_request_error', code: 'api_key_invalid' });
    expect(JSON.stringify(unauthorised.body)).not.toContain('sk_test_other');
    const unknown = await post('/v1/prices', 'currency=usd&unit_amount=100&colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'parameter_unknown', param: 'colour' });
    expect(unknown.headers.get('request-id')).toMatch(/^req_/);
    const noVersion = await post('/v1/prices', 'currency=usd&unit_amount=100', { 'stripe-version': '' });
    expect(noVersion.body.error).toMatchObject({ code: 'stripe_version_missing' });
  });

  it('replays an idempotency key for the same body and refuses it for another', async () => {
    const first = await post('/v1/prices', 'currency=usd&unit_amount=100', { 'idempotency-key': 'emu-1' });
    const again = await post('/v1/prices', 'currency=usd&unit_amount=100', { 'idempotency-key': 'emu-1' });
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const other = await post('/v1/prices', 'currency=usd&unit_amount=200', { 'idempotency-key': 'emu-1' });
    expect(other.status).toBe(400);
    expect(other.body.error.type).toBe('idempotency_error');
  });

  it('refuses OXXO outside MXN, a missing price and a session lifetime outside 30 min – 24 h', async () => {
    const price = await post('/v1/prices', 'currency=usd&unit_amount=100');
    const oxxo = await post(
      '/v1/payment_links',
      `line_items[0][price]=${price.body.id}&line_items[0][quantity]=1&payment_method_types[0]=oxxo`,
    );
    expect(oxxo.status).toBe(400);
    expect(oxxo.body.error.param).toBe('payment_method_types[0]');
    const missing = await post('/v1/payment_links', 'line_items[0][price]=price_nope&line_items[0][quantity]=1');
    expect(missing.status).toBe(404);
    const session = (expiresIn: number) =>
      post(
        '/v1/checkout/sessions',
        `mode=payment&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=100&line_items[0][price_data][product_data][name]=x&line_items[0][quantity]=1&success_url=https%3A%2F%2Fx.test&expires_at=${Math.floor(Date.parse('2026-11-24T00:00:00Z') / 1000) + expiresIn}`,
      );
    expect((await session(29 * 60)).status).toBe(400);
    expect((await session(25 * 3600)).status).toBe(400);
    expect((await session(3600)).status).toBe(200);
  });

  it('serves spec-shaped objects built from the official fixtures', async () => {
    const price = await post('/v1/prices', 'currency=mxn&unit_amount=100&product_data[name]=Factura');
    expect(price.body).toMatchObject({
      object: 'price',
      billing_scheme: 'per_unit',
      type: 'one_time',
      unit_amount: 100,
    });
    const link = await post('/v1/payment_links', `line_items[0][price]=${price.body.id}&line_items[0][quantity]=1`);
    expect(link.body).toMatchObject({ object: 'payment_link', active: true, livemode: false, currency: 'mxn' });
    const { session, paymentIntent } = emulator().pay(link.body.id as string);
    expect(session).toMatchObject({
      object: 'checkout.session',
      status: 'complete',
      payment_status: 'paid',
      amount_total: 100,
    });
    expect(paymentIntent).toMatchObject({ object: 'payment_intent', status: 'succeeded', amount_received: 100 });
    expect(emulator().events.at(-1)).toMatchObject({
      object: 'event',
      type: 'checkout.session.completed',
      api_version: '2023-08-16',
    });
  });
});
