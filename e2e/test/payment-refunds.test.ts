import { createConekta } from '@cobro/conekta';
import { parseMoney } from '@cobro/core';
import { createPayPal, type PayPalProvider } from '@cobro/paypal';
import { createStripe } from '@cobro/stripe';
import {
  type ConektaEmulator,
  createConektaEmulator,
  createPayPalEmulator,
  createStripeEmulator,
  type PayPalEmulator,
  type StripeEmulator,
  type WebhookDelivery,
} from '@cobro/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { forgeCrc32 } from './support/forge-crc32';
import { createWorld, type World } from './support/world';

// A Monday, 11:00 in Mexico City: inside every send window, whatever day the suite runs.
const start = '2026-11-30T17:00:00.000Z';
const total = parseMoney('1234.50', 'MXN');
const third = parseMoney('411.50', 'MXN');

/** Every delivery 1–3 times, shuffled, from a seed: late, twice and out of order, reproducibly. */
function redeliver(deliveries: readonly WebhookDelivery[], seed: number): WebhookDelivery[] {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const copies = deliveries.flatMap((delivery) => Array.from({ length: 1 + Math.floor(random() * 3) }, () => delivery));
  for (let i = copies.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copies[i], copies[j]] = [copies[j] as WebhookDelivery, copies[i] as WebhookDelivery];
  }
  return copies;
}

const refundedMinor = (invoice: { refunds: readonly { amount: { amountMinor: number } }[] } | undefined) =>
  (invoice?.refunds ?? []).reduce((sum, refund) => sum + refund.amount.amountMinor, 0);

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function issue(w: World) {
  await w.billing.saveCustomer(mexicanCustomer(1));
  await w.billing.addInvoice(mexicanInvoice(1, '2026-12-04', '1234.50'));
  await w.billing.sendInvoice('inv-001');
  const [link] = await w.billing.store.listPaymentLinks('inv-001');
  return link!;
}

describe('stripe: a refund made at Stripe is booked from Stripe, whatever the webhook order', () => {
  async function stripeWorld(): Promise<{
    w: World;
    emulator: StripeEmulator;
    provider: ReturnType<typeof createStripe>;
  }> {
    const clock = { value: Date.parse(start) };
    const now = () => new Date(clock.value);
    const emulator = await createStripeEmulator({ secretKey: 'sk_test_refunds', webhookSecret: 'whsec_refunds', now });
    const provider = createStripe({
      secretKey: 'sk_test_refunds',
      webhookSecret: 'whsec_refunds',
      baseURL: emulator.baseURL,
      linkType: 'payment-link',
      clock: now,
    });
    const w = await createWorld(
      start,
      [{ provider, pay: async (id) => emulator.pay(id).webhook, close: () => emulator.close() }],
      { clock },
    );
    world = w;
    return { w, emulator, provider };
  }

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`pays a Payment Link, refunds a third at Stripe, delivers every webhook 1–3 times shuffled (seed ${seed})`, async () => {
      const { w, emulator, provider } = await stripeWorld();
      const link = await issue(w);
      const paid = emulator.pay(link.linkId);
      await provider.refund({ paymentId: paid.paymentIntent.id as string, amount: third, idempotencyKey: 'at-stripe' });
      const deliveries = emulator.webhooks.filter((_, index) =>
        ['checkout.session.completed', 'charge.refunded'].includes(String(emulator.events[index]?.type)),
      );
      expect(deliveries).toHaveLength(2);
      const statuses: number[] = [];
      for (const delivery of redeliver(deliveries, seed)) statuses.push(await w.post('/webhooks/stripe', delivery));
      expect(statuses.every((status) => status === 200)).toBe(true);
      const invoice = await w.billing.getInvoice('inv-001');
      expect(invoice?.payments).toHaveLength(1);
      expect(invoice?.refunds).toHaveLength(1);
      expect(invoice?.refunds[0]?.providerRefundId).toMatch(/^re_/);
      expect(refundedMinor(invoice)).toBe(third.amountMinor);
    });
  }

  it('books the payment, then the refund, when charge.refunded arrives first; the payment event is then a duplicate', async () => {
    const { w, emulator, provider } = await stripeWorld();
    const link = await issue(w);
    const paid = emulator.pay(link.linkId);
    await provider.refund({ paymentId: paid.paymentIntent.id as string, amount: third, idempotencyKey: 'first' });
    const refunded = emulator.webhooks.at(-1) as WebhookDelivery;
    expect(await w.post('/webhooks/stripe', refunded)).toBe(200);
    const invoice = await w.billing.getInvoice('inv-001');
    expect(invoice?.payments.map((payment) => payment.amount)).toEqual([total]);
    expect(refundedMinor(invoice)).toBe(third.amountMinor);
    expect(await w.post('/webhooks/stripe', paid.webhook)).toBe(200);
    expect((await w.billing.getInvoice('inv-001'))?.payments).toHaveLength(1);
  });

  it('books nothing for a signed refund event Stripe does not confirm', async () => {
    const { w, emulator } = await stripeWorld();
    const link = await issue(w);
    const paid = emulator.pay(link.linkId);
    expect(await w.post('/webhooks/stripe', paid.webhook)).toBe(200);
    // Signed with the endpoint secret (a leaked secret, or Stripe's own mistake): Stripe lists no refund.
    const claim = emulator.emit('charge.refunded', {
      id: 'ch_claimed',
      object: 'charge',
      amount: total.amountMinor,
      amount_refunded: total.amountMinor,
      currency: 'mxn',
      payment_intent: paid.paymentIntent.id,
      refunded: true,
    });
    expect(await w.post('/webhooks/stripe', claim)).toBe(200);
    const invoice = await w.billing.getInvoice('inv-001');
    expect(invoice?.status).toBe('paid');
    expect(invoice?.refunds).toEqual([]);
    expect((await w.billing.store.listAudit({})).map((entry) => entry.action)).toContain('refund.unconfirmed');
  });

  it('answers 2xx and keeps for review a signed event naming a PaymentIntent Stripe does not have', async () => {
    const { w, emulator } = await stripeWorld();
    await issue(w);
    const ghost = emulator.emit('payment_intent.succeeded', {
      id: 'pi_ghost000000000000000000',
      object: 'payment_intent',
      amount: 1000,
      amount_received: 1000,
      currency: 'mxn',
      metadata: { cobro_invoice_reference: 'inv-001' },
      status: 'succeeded',
    });
    expect(await w.post('/webhooks/stripe', ghost)).toBe(200);
    expect(await w.post('/webhooks/stripe', ghost)).toBe(200);
    const audit = await w.billing.store.listAudit({});
    expect(audit.filter((entry) => entry.action === 'webhook.not-found')).toHaveLength(1);
    expect((await w.billing.getInvoice('inv-001'))?.payments).toEqual([]);
  });
});

describe('paypal: refunds from PayPal, forged CRC32 bodies and old transmissions', () => {
  async function payPalWorld(): Promise<{ w: World; emulator: PayPalEmulator; provider: PayPalProvider }> {
    const clock = { value: Date.parse(start) };
    const now = () => new Date(clock.value);
    const credentials = {
      clientId: 'AcobroRefunds',
      clientSecret: 'EcobroRefunds',
      webhookId: '8PT597110X687430LKGECATA',
    };
    const emulator = await createPayPalEmulator({ ...credentials, now });
    const provider = createPayPal({
      ...credentials,
      baseURL: emulator.baseURL,
      certificateHostAllowlist: [emulator.host],
      clock: now,
    });
    const w = await createWorld(
      start,
      [{ provider, pay: async (id) => emulator.pay(id).webhook, close: () => emulator.close() }],
      { clock },
    );
    world = w;
    return { w, emulator, provider };
  }

  // The emulator's test-only signing certificate is valid from 2026-12-01: pay the day after the invoice went out.
  const issuePayPal = async (w: World) => {
    const link = await issue(w);
    w.setClock('2026-12-01T17:00:00.000Z');
    return link;
  };

  for (const seed of [1, 2, 3]) {
    it(`books a refund made at PayPal from the re-read invoice, deliveries shuffled (seed ${seed})`, async () => {
      const { w, emulator, provider } = await payPalWorld();
      const link = await issuePayPal(w);
      emulator.pay(link.linkId);
      await provider.refund({ paymentId: link.linkId, amount: third, idempotencyKey: 'at-paypal' });
      const deliveries = emulator.deliveries.map((delivery) => delivery.webhook);
      expect(emulator.deliveries.map((delivery) => delivery.eventType)).toEqual([
        'INVOICING.INVOICE.PAID',
        'PAYMENT.CAPTURE.REFUNDED',
        'INVOICING.INVOICE.REFUNDED',
      ]);
      for (const delivery of redeliver(deliveries, seed)) expect(await w.post('/webhooks/paypal', delivery)).toBe(200);
      const invoice = await w.billing.getInvoice('inv-001');
      expect(invoice?.payments).toHaveLength(1);
      expect(invoice?.refunds).toHaveLength(1);
      expect(refundedMinor(invoice)).toBe(third.amountMinor);
    });
  }

  it('books no refund from a genuine PAID delivery’s headers over a REFUNDED body with the same CRC32', async () => {
    const { w, emulator } = await payPalWorld();
    const link = await issuePayPal(w);
    const { webhook } = emulator.pay(link.linkId);
    const genuine = JSON.parse(webhook.rawBody) as Record<string, unknown> & {
      resource: { invoice: Record<string, unknown> };
    };
    const tampered = {
      ...genuine,
      event_type: 'INVOICING.INVOICE.REFUNDED',
      resource: {
        invoice: {
          ...genuine.resource.invoice,
          status: 'REFUNDED',
          refunds: {
            refund_amount: { currency_code: 'MXN', value: '1234.50' },
            transactions: [{ refund_id: 'FORGED', amount: { currency_code: 'MXN', value: '1234.50' } }],
          },
        },
      },
      padding: 'PADDING',
    };
    const { crc32 } = await import('node:zlib');
    const target = crc32(Buffer.from(webhook.rawBody, 'utf8')) >>> 0;
    const forgedBody = forgeCrc32(JSON.stringify(tampered), target);
    const forged = { rawBody: forgedBody, headers: webhook.headers };
    // The forgery first (before the genuine delivery is seen): the signature holds, PayPal is asked, nothing refunds.
    expect(await w.post('/webhooks/paypal', forged)).toBe(200);
    expect(await w.post('/webhooks/paypal', webhook)).toBe(200);
    const invoice = await w.billing.getInvoice('inv-001');
    expect(invoice?.status).toBe('paid');
    expect(invoice?.refunds).toEqual([]);
    // Once the genuine transmission is known, its id carrying another event id is a replay: refused.
    const renamed = forgeCrc32(JSON.stringify({ ...tampered, id: 'WH-FORGED-000000000000' }), target);
    expect(await w.post('/webhooks/paypal', { rawBody: renamed, headers: webhook.headers })).toBe(401);
    expect((await w.billing.getInvoice('inv-001'))?.refunds).toEqual([]);
  });

  it('refuses a genuinely signed transmission two years old', async () => {
    const { w, emulator } = await payPalWorld();
    const link = await issuePayPal(w);
    const { webhook } = emulator.pay(link.linkId);
    const old = emulator.sign(webhook.rawBody, { transmissionTime: '2024-12-01T17:00:00.000Z' });
    expect(await w.post('/webhooks/paypal', old)).toBe(401);
    expect((await w.billing.getInvoice('inv-001'))?.payments).toEqual([]);
  });

  it('answers 2xx and keeps for review a signed capture PayPal does not have', async () => {
    const { w, emulator } = await payPalWorld();
    await issuePayPal(w);
    const ghost = emulator.emit('PAYMENT.CAPTURE.COMPLETED', {
      id: '0GH05T000000000000',
      status: 'COMPLETED',
      amount: { currency_code: 'MXN', value: '1234.50' },
      custom_id: 'inv-001',
    });
    expect(await w.post('/webhooks/paypal', ghost)).toBe(200);
    const audit = await w.billing.store.listAudit({});
    expect(audit.map((entry) => entry.action)).toContain('webhook.not-found');
    expect((await w.billing.getInvoice('inv-001'))?.payments).toEqual([]);
  });
});

describe('conekta: a refund made at Conekta is booked from the re-read order', () => {
  async function conektaWorld(): Promise<{
    w: World;
    emulator: ConektaEmulator;
    provider: ReturnType<typeof createConekta>;
  }> {
    const clock = { value: Date.parse(start) };
    const now = () => new Date(clock.value);
    const emulator = await createConektaEmulator({ now });
    const provider = createConekta({
      privateKey: emulator.privateKey,
      webhookPublicKey: emulator.webhookPublicKey,
      baseURL: emulator.baseURL,
      now,
    });
    const w = await createWorld(
      start,
      [{ provider, pay: async (id) => emulator.pay(id).webhook, close: () => emulator.close() }],
      { clock },
    );
    world = w;
    return { w, emulator, provider };
  }

  for (const seed of [1, 2, 3]) {
    it(`pays, refunds a third at Conekta, delivers both events 1–3 times shuffled (seed ${seed})`, async () => {
      const { w, emulator, provider } = await conektaWorld();
      const link = await issue(w);
      const paid = emulator.pay(link.linkId);
      await provider.refund({ paymentId: paid.order.id as string, amount: third, idempotencyKey: 'at-conekta' });
      const refundEvent = [...emulator.events.values()].find((event) => event.type === 'order.partially_refunded');
      expect(refundEvent).toBeDefined();
      const deliveries = [paid.webhook, emulator.sign(refundEvent)];
      for (const delivery of redeliver(deliveries, seed)) expect(await w.post('/webhooks/conekta', delivery)).toBe(200);
      const invoice = await w.billing.getInvoice('inv-001');
      expect(invoice?.payments).toHaveLength(1);
      expect(invoice?.refunds).toHaveLength(1);
      expect(refundedMinor(invoice)).toBe(third.amountMinor);
    });
  }

  it('answers 2xx and keeps for review a signed order Conekta does not have', async () => {
    const { w, emulator } = await conektaWorld();
    await issue(w);
    const order = [...emulator.orders.values()][0];
    const ghost = emulator.emit('order.paid', {
      ...(order ?? {}),
      id: 'ord_2ghost00000000000',
      object: 'order',
      amount: total.amountMinor,
      currency: 'MXN',
      payment_status: 'paid',
      metadata: { cobro_invoice_reference: 'inv-001' },
    });
    expect(await w.post('/webhooks/conekta', ghost)).toBe(200);
    const audit = await w.billing.store.listAudit({});
    expect(audit.map((entry) => entry.action)).toContain('webhook.not-found');
    expect((await w.billing.getInvoice('inv-001'))?.payments).toEqual([]);
  });
});
