import { WebhookVerificationError } from '@cobro/core';
import { signStripeWebhook } from '@cobro/testing';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createStripe } from '../src/stripe-provider';
import { fixedNow, linkInput, rejectionOf, testSecretKey, testWebhookSecret, useStripeEmulator } from './support/setup';

const { emulator, provider } = useStripeEmulator();
const nowSeconds = fixedNow.getTime() / 1000;
const payload = JSON.stringify({
  id: 'evt_1',
  object: 'event',
  created: nowSeconds,
  type: 'payment_intent.succeeded',
  data: {
    object: {
      id: 'pi_1',
      object: 'payment_intent',
      amount: 123450,
      amount_received: 123450,
      currency: 'mxn',
      metadata: { cobro_invoice_reference: 'INV-1' },
      status: 'succeeded',
    },
  },
});
// The official library mints the header, so the adapter is checked against Stripe's own algorithm, not its mirror.
const officialHeader = (options: { payload?: string; secret?: string; timestamp?: number } = {}) =>
  Stripe.webhooks.generateTestHeaderString({
    payload: options.payload ?? payload,
    secret: options.secret ?? testWebhookSecret,
    timestamp: options.timestamp ?? nowSeconds,
  });
const parse = (rawBody: string | Uint8Array, header: string | undefined, settings = {}) =>
  provider(settings).parseWebhook({ rawBody, headers: header === undefined ? {} : { 'Stripe-Signature': header } });

describe('Stripe-Signature verification', () => {
  it('accepts a header from the official stripe package, for the body as text or bytes', async () => {
    const event = await parse(payload, officialHeader());
    expect(event).toMatchObject({
      type: 'payment-succeeded',
      eventId: 'evt_1',
      paymentId: 'pi_1',
      amount: { amountMinor: 123450, currency: 'MXN' },
      invoiceReference: 'INV-1',
      occurredAt: fixedNow.toISOString(),
    });
    expect((await parse(new TextEncoder().encode(payload), officialHeader())).eventId).toBe('evt_1');
  });

  it('refuses a tampered body, a re-serialised body, a wrong secret and a missing header with typed reasons', async () => {
    const header = officialHeader();
    const cases: [string | undefined, string, string][] = [
      [header, payload.replace('123450', '123451'), 'bad-signature'],
      [header, JSON.stringify(JSON.parse(payload), null, 2), 'bad-signature'],
      [officialHeader({ secret: 'whsec_someoneElse' }), payload, 'bad-signature'],
      [undefined, payload, 'missing-header'],
      ['v1=abc', payload, 'malformed-header'],
      [`t=${nowSeconds}`, payload, 'malformed-header'],
    ];
    for (const [value, body, reason] of cases) {
      const error = await rejectionOf(parse(body, value));
      expect(WebhookVerificationError.isInstance(error), String(error)).toBe(true);
      expect(error).toMatchObject({ reason });
      expect(String((error as Error).message)).not.toContain(testWebhookSecret);
    }
  });

  it('refuses a signature older than the tolerance (300 s by default, configurable) but not a newer one', async () => {
    const old = officialHeader({ timestamp: nowSeconds - 301 });
    expect(await rejectionOf(parse(payload, old))).toMatchObject({ reason: 'expired' });
    expect((await parse(payload, officialHeader({ timestamp: nowSeconds - 299 }))).eventId).toBe('evt_1');
    expect((await parse(payload, old, { toleranceSeconds: 600 })).eventId).toBe('evt_1');
    // One-sided like Stripe's libraries: a clock running behind the sender's is not a reason to drop a payment.
    expect((await parse(payload, officialHeader({ timestamp: nowSeconds + 600 }))).eventId).toBe('evt_1');
  });

  it('accepts any of several secrets (rotation) and any of several v1 entries', async () => {
    const rotated = await parse(payload, officialHeader({ secret: 'whsec_next' }), {
      webhookSecret: [testWebhookSecret, 'whsec_next'],
    });
    expect(rotated.eventId).toBe('evt_1');
    const twoEntries = signStripeWebhook({
      body: payload,
      secrets: ['whsec_old', testWebhookSecret],
      timestampSeconds: nowSeconds,
    });
    expect(twoEntries.headers['stripe-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect((await parse(payload, twoEntries.headers['stripe-signature'])).eventId).toBe('evt_1');
    const withV0 = `${officialHeader()},v0=${'0'.repeat(64)}`;
    expect((await parse(payload, withV0)).eventId).toBe('evt_1');
  });

  it('reads comma-separated secrets from STRIPE_WEBHOOK_SECRET', async () => {
    process.env.STRIPE_WEBHOOK_SECRET = `whsec_a, ${testWebhookSecret}`;
    try {
      const stripe = createStripe({ secretKey: testSecretKey, clock: () => fixedNow });
      expect(
        (await stripe.parseWebhook({ rawBody: payload, headers: { 'stripe-signature': officialHeader() } })).eventId,
      ).toBe('evt_1');
    } finally {
      delete process.env.STRIPE_WEBHOOK_SECRET;
    }
  });

  it('refuses a verified body that is not a Stripe event as malformed-body', async () => {
    const body = '{"hello":"world"}';
    const error = await rejectionOf(parse(body, officialHeader({ payload: body })));
    expect(error).toMatchObject({ reason: 'malformed-body' });
  });
});

describe('event mapping (emulator deliveries)', () => {
  it('maps an OXXO checkout: completed unpaid → pending, async success → succeeded, then re-fetches the truth', async () => {
    const stripe = provider();
    const link = await stripe.createPaymentLink({ ...linkInput, idempotencyKey: 'oxxo-1' });
    const { session, paymentIntent, webhook } = emulator().pay(link.id, { method: 'oxxo' });
    const pending = await stripe.parseWebhook(webhook);
    expect(pending).toMatchObject({
      type: 'payment-pending',
      paymentId: paymentIntent.id,
      linkId: link.id,
      method: 'oxxo',
      invoiceReference: 'INV-2026-0042',
      amount: { amountMinor: 123_450, currency: 'MXN' },
    });
    expect(await stripe.getPayment({ paymentId: paymentIntent.id as string })).toMatchObject({ status: 'pending' });
    const settled = await stripe.parseWebhook(emulator().settle(session.id as string));
    expect(settled).toMatchObject({ type: 'payment-succeeded', paymentId: paymentIntent.id });
    const payment = await stripe.getPayment({ paymentId: paymentIntent.id as string });
    expect(payment).toMatchObject({ status: 'succeeded', method: 'oxxo', invoiceReference: 'INV-2026-0042' });
    // A Payment Link limited to one completion is spent after that checkout.
    expect(emulator().paymentLinks.get(link.id)!.active).toBe(false);
  });

  it('maps a voucher left unpaid to payment-failed and a failed intent with its decline code', async () => {
    const stripe = provider();
    const link = await stripe.createPaymentLink({ ...linkInput, idempotencyKey: 'oxxo-2' });
    const { session } = emulator().pay(link.id, { method: 'oxxo' });
    expect(await stripe.parseWebhook(emulator().failAsync(session.id as string))).toMatchObject({
      type: 'payment-failed',
    });
    const intent = emulator().emit('payment_intent.payment_failed', {
      id: 'pi_declined',
      amount: 500,
      currency: 'usd',
      metadata: {},
      last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' },
    });
    expect(await stripe.parseWebhook(intent)).toMatchObject({
      type: 'payment-failed',
      failureReason: 'insufficient_funds',
    });
  });

  it('reads a Checkout Session id in getPayment and maps session expiry to link-expired', async () => {
    const stripe = provider({ linkType: 'checkout-session' });
    const paid = await stripe.createPaymentLink({ ...linkInput, idempotencyKey: 'cs-1' });
    const { paymentIntent } = emulator().pay(paid.id, { method: 'card' });
    expect(await stripe.getPayment({ paymentId: paid.id })).toMatchObject({
      id: paymentIntent.id,
      linkId: paid.id,
      status: 'succeeded',
      method: 'card',
      amountRefunded: { amountMinor: 0, currency: 'MXN' },
    });
    const open = await stripe.createPaymentLink({ ...linkInput, idempotencyKey: 'cs-2' });
    expect(await stripe.getPayment({ paymentId: open.id })).toMatchObject({ id: open.id, status: 'pending' });
    await stripe.expirePaymentLink({ linkId: open.id });
    expect(await stripe.parseWebhook(emulator().webhooks.at(-1)!)).toMatchObject({
      type: 'link-expired',
      linkId: open.id,
    });
    expect(await stripe.getPayment({ paymentId: open.id })).toMatchObject({ status: 'canceled' });
  });

  it('maps a deactivated Payment Link to link-expired, a session of a live Payment Link expiring and unknown events to unsupported', async () => {
    const stripe = provider();
    const link = await stripe.createPaymentLink({ ...linkInput, idempotencyKey: 'plink-expire' });
    await stripe.expirePaymentLink({ linkId: link.id });
    expect(await stripe.parseWebhook(emulator().webhooks.at(-1)!)).toMatchObject({
      type: 'link-expired',
      linkId: link.id,
      invoiceReference: 'INV-2026-0042',
    });
    const sessionOfLink = emulator().emit('checkout.session.expired', {
      id: 'cs_x',
      payment_link: link.id,
      metadata: {},
    });
    expect(await stripe.parseWebhook(sessionOfLink)).toMatchObject({
      type: 'unsupported',
      providerEventType: 'checkout.session.expired',
    });
    const other = emulator().emit('customer.created', { id: 'cus_1', object: 'customer' });
    expect(await stripe.parseWebhook(other)).toMatchObject({
      type: 'unsupported',
      providerEventType: 'customer.created',
    });
  });

  it('maps charge.refunded after a real refund to payment-refunded with the refunded amount', async () => {
    const stripe = provider();
    const link = await stripe.createPaymentLink({ ...linkInput, idempotencyKey: 'refund-event' });
    const { paymentIntent } = emulator().pay(link.id, { method: 'card' });
    await stripe.refund({ paymentId: paymentIntent.id as string, idempotencyKey: 'refund-event:1' });
    const event = await stripe.parseWebhook(emulator().webhooks.at(-1)!);
    expect(event).toMatchObject({
      type: 'payment-refunded',
      paymentId: paymentIntent.id,
      amountRefunded: { amountMinor: 123_450, currency: 'MXN' },
      invoiceReference: 'INV-2026-0042',
    });
    expect(await stripe.getPayment({ paymentId: paymentIntent.id as string })).toMatchObject({ status: 'refunded' });
  });

  it('does not call the API to parse a webhook', async () => {
    const before = emulator().requests.length;
    await provider().parseWebhook({ rawBody: payload, headers: { 'stripe-signature': officialHeader() } });
    expect(emulator().requests.length).toBe(before);
  });
});
