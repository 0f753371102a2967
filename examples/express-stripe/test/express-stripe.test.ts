import { createMemoryStore } from '@cobro/core';
import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExpressStripe, type ExpressStripe } from '../src/create-express-stripe.js';
import { demoBusiness, demoCustomer, demoInvoice } from '../src/demo-invoice.js';
import { type LocalEmulators, localSecrets, startLocalEmulators } from '../src/local-emulators.js';
import { type RunningServer, startServer } from '../src/start-server.js';
import { acceptedMessages, post } from './support.js';

// Monday 30 November 2026, 12:00 in Boston: inside the lawful window, so the invoice goes out at once.
const now = () => new Date('2026-11-30T17:00:00.000Z');

describe('the Express server with Stripe and WhatsApp webhooks, over HTTP on loopback', () => {
  let emulators: LocalEmulators;
  let wired: ExpressStripe;
  let server: RunningServer;
  let logLines: string[];

  beforeEach(async () => {
    emulators = await startLocalEmulators(now);
    logLines = [];
    const log = (message: string, fields?: Readonly<Record<string, unknown>>) =>
      logLines.push(`${message} ${JSON.stringify(fields)}`);
    wired = createExpressStripe({
      whatsapp: { ...emulators.whatsappSettings, pacing: false },
      stripe: emulators.stripeSettings,
      business: demoBusiness,
      store: createMemoryStore(),
      clock: now,
      logger: { info: log, warn: log, error: log },
    });
    server = await startServer(wired.app);
    await wired.billing.saveCustomer(demoCustomer());
    await wired.billing.addInvoice(demoInvoice(now()));
  });

  afterEach(async () => {
    await server?.close();
    await emulators?.close();
  });

  it('sends the invoice with a Stripe Payment Link created on the emulator, behind the "Pay now" redirect', async () => {
    const sent = await wired.billing.sendInvoice('hb-2210');
    expect(sent.message.state).toBe('sent');
    expect(emulators.stripe.counts()).toMatchObject({ prices: 1, paymentLinks: 1, sessions: 0 });
    const [link] = await wired.billing.store.listPaymentLinks('hb-2210');
    expect(link).toMatchObject({
      provider: 'stripe',
      state: 'active',
      amount: { amountMinor: 20_000, currency: 'USD' },
    });
    const stripeLink = emulators.stripe.paymentLinks.get(link!.linkId);
    expect(stripeLink?.url).toBe(link!.url);

    const [message] = acceptedMessages(emulators.whatsapp);
    expect(message).toMatchObject({ to: '16175550143', type: 'template' });
    expect(message?.text).toContain('HB-2210');

    const redirect = await fetch(`${server.url}/pay/hb-2210`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(link!.url);
    expect((await fetch(`${server.url}/pay/no-such-invoice`, { redirect: 'manual' })).status).toBe(404);
  });

  it('books the signed checkout.session.completed once and confirms the payment on WhatsApp', async () => {
    await wired.billing.sendInvoice('hb-2210');
    const [link] = await wired.billing.store.listPaymentLinks('hb-2210');
    const { webhook, paymentIntent } = emulators.stripe.pay(link!.linkId);
    expect(JSON.parse(webhook.rawBody).type).toBe('checkout.session.completed');

    const first = await post(`${server.url}/webhooks/stripe`, webhook);
    await wired.idle();
    expect(first).toEqual({ status: 200, body: JSON.stringify({ outcome: 'booked' }) });
    const paid = await wired.billing.getInvoice('hb-2210');
    expect(paid?.status).toBe('paid');
    expect(paid?.payments).toEqual([
      expect.objectContaining({
        provider: 'stripe',
        providerPaymentId: paymentIntent.id,
        amount: { amountMinor: 20_000, currency: 'USD' },
      }),
    ]);
    const confirmation = acceptedMessages(emulators.whatsapp).at(-1);
    expect(confirmation?.to).toBe('16175550143');
    expect(confirmation?.text).toContain('HB-2210');
    expect(confirmation?.text).toContain('$200.00');
    expect((await wired.billing.store.listPaymentLinks('hb-2210')).every((each) => each.state !== 'active')).toBe(true);

    // Stripe retries until it gets a 2xx: the same event again books nothing more.
    const again = await post(`${server.url}/webhooks/stripe`, webhook);
    await wired.idle();
    expect(again).toEqual({ status: 200, body: JSON.stringify({ outcome: 'duplicate' }) });
    expect((await wired.billing.getInvoice('hb-2210'))?.payments).toHaveLength(1);
    expect(acceptedMessages(emulators.whatsapp)).toHaveLength(2);
    expect(logLines.join('\n')).not.toContain(localSecrets.stripeSecretKey);
    expect(logLines.join('\n')).not.toContain('6175550143');
  });

  it('answers 401 to a webhook signed with another secret, books nothing, and still books the genuine one', async () => {
    await wired.billing.sendInvoice('hb-2210');
    const [link] = await wired.billing.store.listPaymentLinks('hb-2210');
    const { webhook } = emulators.stripe.pay(link!.linkId);
    // Signed by Stripe's own library, with a secret that is not this endpoint's.
    const forged = {
      rawBody: webhook.rawBody,
      headers: {
        'content-type': 'application/json',
        'stripe-signature': Stripe.webhooks.generateTestHeaderString({
          payload: webhook.rawBody,
          secret: 'whsec_notTheEndpointSecret',
          timestamp: Math.floor(now().getTime() / 1000),
        }),
      },
    };

    const refused = await post(`${server.url}/webhooks/stripe`, forged);
    await wired.idle();
    expect(refused).toEqual({ status: 401, body: 'bad-signature' });
    const unsigned = await post(`${server.url}/webhooks/stripe`, {
      rawBody: webhook.rawBody,
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned).toEqual({ status: 401, body: 'missing-header' });
    const untouched = await wired.billing.getInvoice('hb-2210');
    expect(untouched?.status).toBe('open');
    expect(untouched?.payments).toHaveLength(0);
    expect(acceptedMessages(emulators.whatsapp)).toHaveLength(1);
    expect((await wired.billing.store.listAudit({ invoiceId: 'hb-2210' })).map((entry) => entry.action)).not.toContain(
      'payment.received',
    );

    // The refused deliveries left no trace that would make the genuine one look like a duplicate.
    expect((await post(`${server.url}/webhooks/stripe`, webhook)).status).toBe(200);
    await wired.idle();
    expect((await wired.billing.getInvoice('hb-2210'))?.status).toBe('paid');
  });

  it('answers the WhatsApp handshake and a signed STOP through the same Express app', async () => {
    const handshake = (token: string) =>
      fetch(`${server.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=31337`);
    const ok = await handshake(localSecrets.whatsappVerifyToken);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('31337');
    expect((await handshake('wrong')).status).toBe(403);

    const stop = await post(`${server.url}/webhooks/whatsapp`, emulators.whatsapp.inboundText('+16175550143', 'STOP'));
    await wired.idle();
    expect(stop.status).toBe(200);
    expect((await wired.billing.store.getCustomer('c-emily'))?.optOut?.source).toBe('whatsapp-reply');
    const [confirmation] = acceptedMessages(emulators.whatsapp);
    expect(confirmation).toMatchObject({ to: '16175550143', type: 'text' });
    expect(confirmation?.text).toContain(
      'You will not receive any more payment reminders from Harbor Bikes on WhatsApp',
    );
  });
});
