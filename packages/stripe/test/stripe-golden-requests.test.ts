import { validateStripeRequest } from '@cobro/testing';
import { describe, expect, it } from 'vitest';
import { stripeApiVersion } from '../src/stripe-provider-id';
import { fixedNow, linkInput, testSecretKey, useStripeEmulator } from './support/setup';

const { emulator, provider } = useStripeEmulator();
const sentSince = (before: number) => emulator().requests.slice(before);

// Every POST body cobro sends must pass the official request schema (plus SPEC-OVERLAY.md) with unknown params refused.
function expectSpecValid(endpoint: Parameters<typeof validateStripeRequest>[0], rawBody: string) {
  expect(validateStripeRequest(endpoint, rawBody).problems).toEqual([]);
}

function expectStripeHeaders(headers: Record<string, string | undefined>, idempotencyKey: string | undefined) {
  expect(headers.authorization).toBe(`Bearer ${testSecretKey}`);
  expect(headers['stripe-version']).toBe(stripeApiVersion);
  expect(headers['user-agent']).toMatch(/^cobro-stripe\//);
  expect(headers.accept).toBe('application/json');
  expect(headers['idempotency-key']).toBe(idempotencyKey);
  if (idempotencyKey) expect(headers['content-type']).toBe('application/x-www-form-urlencoded');
}

describe('createPaymentLink, payment-link (golden requests)', () => {
  it('POSTs a price, then a Payment Link limited to one completion, with these exact bodies and headers', async () => {
    const before = emulator().requests.length;
    const link = await provider().createPaymentLink(linkInput);
    const [price, paymentLink, ...rest] = sentSince(before);
    expect(rest).toHaveLength(0);
    expect([price?.method, price?.path, paymentLink?.method, paymentLink?.path]).toEqual([
      'POST',
      '/v1/prices',
      'POST',
      '/v1/payment_links',
    ]);
    expectStripeHeaders(price!.headers, 'cobro:stripe:INV-2026-0042:1:create:price');
    expectStripeHeaders(paymentLink!.headers, 'cobro:stripe:INV-2026-0042:1:create:link');
    expect(price!.rawBody).toBe(
      [
        'currency=mxn',
        'unit_amount=123450',
        'product_data[name]=Factura%20INV-2026-0042',
        'metadata[tenant]=acme',
        'metadata[cobro_invoice_reference]=INV-2026-0042',
        'metadata[cobro_attempt]=1',
      ].join('&'),
    );
    const priceId = [...emulator().prices.keys()].at(-1);
    expect(paymentLink!.rawBody).toBe(
      [
        `line_items[0][price]=${priceId}`,
        'line_items[0][quantity]=1',
        'payment_method_types[0]=card',
        'payment_method_types[1]=oxxo',
        'metadata[tenant]=acme',
        'metadata[cobro_invoice_reference]=INV-2026-0042',
        'metadata[cobro_attempt]=1',
        'payment_intent_data[metadata][tenant]=acme',
        'payment_intent_data[metadata][cobro_invoice_reference]=INV-2026-0042',
        'payment_intent_data[metadata][cobro_attempt]=1',
        'restrictions[completed_sessions][limit]=1',
        'after_completion[type]=redirect',
        `after_completion[redirect][url]=${encodeURIComponent('https://shop.example.mx/gracias')}`,
      ].join('&'),
    );
    expectSpecValid('POST /v1/prices', price!.rawBody);
    expectSpecValid('POST /v1/payment_links', paymentLink!.rawBody);
    const stored = emulator().paymentLinks.get(link.id)!;
    expect(link).toEqual({
      id: stored.id,
      url: stored.url,
      reusable: false,
      methods: ['card', 'oxxo'],
      invoiceReference: 'INV-2026-0042',
    });
    expect(link.url).toMatch(/^https:\/\/buy\.stripe\.com\//);
  });

  it('offers boleto and Pix in BRL, and sends zero-decimal JPY unscaled', async () => {
    const before = emulator().requests.length;
    const brl = await provider().createPaymentLink({
      ...linkInput,
      amount: { amountMinor: 9_990, currency: 'BRL' },
      successUrl: undefined,
      metadata: undefined,
      idempotencyKey: 'brl-1',
    });
    expect(brl.methods).toEqual(['card', 'boleto', 'pix']);
    const [brlPrice, brlLink] = sentSince(before);
    expect(brlPrice!.rawBody).toContain('currency=brl&unit_amount=9990&');
    expect(brlLink!.rawBody).toContain(
      'payment_method_types[0]=card&payment_method_types[1]=boleto&payment_method_types[2]=pix',
    );
    expect(brlLink!.rawBody).not.toContain('after_completion');
    expectSpecValid('POST /v1/payment_links', brlLink!.rawBody);
    const jpyBefore = emulator().requests.length;
    await provider().createPaymentLink({
      ...linkInput,
      amount: { amountMinor: 500, currency: 'JPY' },
      idempotencyKey: 'jpy-1',
    });
    expect(sentSince(jpyBefore)[0]!.rawBody).toMatch(/^currency=jpy&unit_amount=500&/);
  });

  it('derives the sub-request keys deterministically and hashes keys beyond 255 characters', async () => {
    const longKey = `cobro:${'x'.repeat(260)}`;
    const before = emulator().requests.length;
    await provider().createPaymentLink({ ...linkInput, idempotencyKey: longKey });
    const [price, link] = sentSince(before);
    expect(price!.headers['idempotency-key']).toMatch(/^cobro-sha256-[0-9a-f]{64}$/);
    expect(link!.headers['idempotency-key']).toMatch(/^cobro-sha256-[0-9a-f]{64}$/);
    expect(price!.headers['idempotency-key']).not.toBe(link!.headers['idempotency-key']);
    const again = emulator().requests.length;
    await provider().createPaymentLink({ ...linkInput, idempotencyKey: longKey });
    expect(sentSince(again).map((request) => request.headers['idempotency-key'])).toEqual([
      price!.headers['idempotency-key'],
      link!.headers['idempotency-key'],
    ]);
  });
});

describe('createPaymentLink, checkout-session (golden requests)', () => {
  it('POSTs one Checkout Session with price_data, metadata on session and intent, and expires_at when under 24 h', async () => {
    const before = emulator().requests.length;
    const link = await provider({ linkType: 'checkout-session' }).createPaymentLink({
      ...linkInput,
      expiresAt: '2026-11-24T06:00:00.000Z',
      idempotencyKey: 'session-1',
    });
    const [session, ...rest] = sentSince(before);
    expect(rest).toHaveLength(0);
    expect([session!.method, session!.path]).toEqual(['POST', '/v1/checkout/sessions']);
    expectStripeHeaders(session!.headers, 'session-1:session');
    expect(session!.rawBody).toBe(
      [
        'mode=payment',
        'line_items[0][price_data][currency]=mxn',
        'line_items[0][price_data][unit_amount]=123450',
        'line_items[0][price_data][product_data][name]=Factura%20INV-2026-0042',
        'line_items[0][quantity]=1',
        'payment_method_types[0]=card',
        'payment_method_types[1]=oxxo',
        'client_reference_id=INV-2026-0042',
        'customer_email=jorge%40example.mx',
        'locale=es-419',
        'metadata[tenant]=acme',
        'metadata[cobro_invoice_reference]=INV-2026-0042',
        'metadata[cobro_attempt]=1',
        'payment_intent_data[metadata][tenant]=acme',
        'payment_intent_data[metadata][cobro_invoice_reference]=INV-2026-0042',
        'payment_intent_data[metadata][cobro_attempt]=1',
        `success_url=${encodeURIComponent('https://shop.example.mx/gracias')}`,
        `expires_at=${Date.parse('2026-11-24T06:00:00.000Z') / 1000}`,
      ].join('&'),
    );
    expectSpecValid('POST /v1/checkout/sessions', session!.rawBody);
    expect(link).toMatchObject({ expiresAt: '2026-11-24T06:00:00.000Z', reusable: false, methods: ['card', 'oxxo'] });
    expect(link.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
  });

  it('leaves expires_at out beyond 24 hours (Stripe default, identical retries) and reports the 24-hour expiry', async () => {
    const before = emulator().requests.length;
    const link = await provider({ linkType: 'checkout-session' }).createPaymentLink({
      ...linkInput,
      expiresAt: '2026-12-10T00:00:00.000Z',
      idempotencyKey: 'session-2',
    });
    expect(sentSince(before)[0]!.rawBody).not.toContain('expires_at');
    expect(link.expiresAt).toBe(new Date(fixedNow.getTime() + 86_400_000).toISOString());
  });
});

describe('expirePaymentLink and refund (golden requests)', () => {
  it('deactivates a Payment Link with active=false and expires a session with an empty POST', async () => {
    const link = await provider().createPaymentLink({ ...linkInput, idempotencyKey: 'expire-1' });
    const before = emulator().requests.length;
    await provider().expirePaymentLink({ linkId: link.id });
    const [deactivate] = sentSince(before);
    expect([deactivate!.method, deactivate!.path, deactivate!.rawBody]).toEqual([
      'POST',
      `/v1/payment_links/${link.id}`,
      'active=false',
    ]);
    expectStripeHeaders(deactivate!.headers, `cobro-deactivate:${link.id}`);
    expectSpecValid('POST /v1/payment_links/{payment_link}', deactivate!.rawBody);
    expect(emulator().paymentLinks.get(link.id)!.active).toBe(false);

    const session = await provider({ linkType: 'checkout-session' }).createPaymentLink({
      ...linkInput,
      idempotencyKey: 'expire-2',
    });
    const sessionBefore = emulator().requests.length;
    await provider().expirePaymentLink({ linkId: session.id });
    const [expire] = sentSince(sessionBefore);
    expect([expire!.method, expire!.path, expire!.rawBody]).toEqual([
      'POST',
      `/v1/checkout/sessions/${session.id}/expire`,
      '',
    ]);
    expectSpecValid('POST /v1/checkout/sessions/{session}/expire', expire!.rawBody);
    expect(emulator().sessions.get(session.id)!.status).toBe('expired');
  });

  it('refunds part of a payment: reads the intent to check the currency, then POSTs /v1/refunds with a derived key', async () => {
    const link = await provider().createPaymentLink({ ...linkInput, idempotencyKey: 'refund-1' });
    const { paymentIntent } = emulator().pay(link.id, { method: 'card' });
    const before = emulator().requests.length;
    const refund = await provider().refund({
      paymentId: paymentIntent.id as string,
      amount: { amountMinor: 10_000, currency: 'MXN' },
      reason: 'requested_by_customer',
      idempotencyKey: 'cobro:refund:1',
    });
    const [read, post] = sentSince(before);
    expect([read!.method, read!.path]).toEqual(['GET', `/v1/payment_intents/${paymentIntent.id as string}`]);
    expectStripeHeaders(read!.headers, undefined);
    expect(post!.rawBody).toBe(
      `payment_intent=${paymentIntent.id as string}&amount=10000&reason=requested_by_customer`,
    );
    expectStripeHeaders(post!.headers, 'cobro:refund:1:refund');
    expectSpecValid('POST /v1/refunds', post!.rawBody);
    expect(refund).toMatchObject({
      paymentId: paymentIntent.id,
      amount: { amountMinor: 10_000, currency: 'MXN' },
      status: 'succeeded',
    });
    const free = await provider().refund({
      paymentId: paymentIntent.id as string,
      reason: 'customer called',
      idempotencyKey: 'k2',
    });
    expect(emulator().requests.at(-1)!.rawBody).toBe(
      `payment_intent=${paymentIntent.id as string}&metadata[cobro_reason]=customer%20called`,
    );
    expect(free.amount).toEqual({ amountMinor: 113_450, currency: 'MXN' });
  });
});
