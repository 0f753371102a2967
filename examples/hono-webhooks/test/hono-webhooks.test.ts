import { createMemoryStore } from '@cobro/core';
import type { ConektaEmulator, WhatsAppEmulator } from '@cobro/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHonoWebhooks, type HonoWebhooks } from '../src/create-hono-webhooks';
import { demoBusiness, demoCustomer, demoInvoice } from '../src/demo-invoice';
import { emulateConekta, emulateWhatsApp, localSecrets } from '../src/local-emulators';
import { type RunningServer, startServer } from '../src/start-server';
import { acceptedMessages, post } from './support';

// Monday 30 November 2026, 11:00 in Mexico City: inside the lawful window, so the invoice goes out at once.
const now = () => new Date('2026-11-30T17:00:00.000Z');

describe('the Hono webhook app, served over HTTP on loopback', () => {
  let whatsapp: WhatsAppEmulator;
  let conekta: ConektaEmulator;
  let wired: HonoWebhooks;
  let server: RunningServer;
  let logLines: string[];

  beforeEach(async () => {
    const emulatedWhatsApp = await emulateWhatsApp({ now });
    const emulatedConekta = await emulateConekta({ now });
    whatsapp = emulatedWhatsApp.emulator;
    conekta = emulatedConekta.emulator;
    logLines = [];
    wired = createHonoWebhooks({
      whatsapp: { ...emulatedWhatsApp.settings, pacing: false },
      conekta: emulatedConekta.settings,
      business: demoBusiness,
      store: createMemoryStore(),
      clock: now,
      logger: {
        info: (message, fields) => logLines.push(`${message} ${JSON.stringify(fields)}`),
        warn: (message, fields) => logLines.push(`${message} ${JSON.stringify(fields)}`),
        error: (message, fields) => logLines.push(`${message} ${JSON.stringify(fields)}`),
      },
    });
    server = await startServer({ fetch: wired.app.fetch });
    await wired.billing.saveCustomer(demoCustomer());
    await wired.billing.addInvoice(demoInvoice(now()));
    const sent = await wired.billing.sendInvoice('fj-1187');
    expect(sent.message.state).toBe('sent');
  });

  afterEach(async () => {
    await server?.close();
    await whatsapp?.close();
    await conekta?.close();
  });

  it('answers the GET subscription handshake with the challenge, and 403 to a wrong token', async () => {
    const handshake = (token: string) =>
      fetch(`${server.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`);
    const ok = await handshake(localSecrets.whatsappVerifyToken);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const refused = await handshake('not-the-token');
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('1158201444');
    const notSubscribe = await fetch(`${server.url}/webhooks/whatsapp?hub.challenge=1`);
    expect(notSubscribe.status).toBe(403);
  });

  it('opts the customer out on a signed STOP reply and confirms it in the chat', async () => {
    const before = acceptedMessages(whatsapp).length;
    const response = await post(`${server.url}/webhooks/whatsapp`, whatsapp.inboundText('+525512345678', 'STOP'));
    await wired.idle();
    expect(response.status).toBe(200);

    const carlos = await wired.billing.store.getCustomer('c-carlos');
    expect(carlos?.optOut).toMatchObject({ source: 'whatsapp-reply', evidence: 'STOP' });
    const confirmation = acceptedMessages(whatsapp).slice(before);
    expect(confirmation).toHaveLength(1);
    // The reply opened the 24-hour window, so the confirmation goes out as free-form text.
    expect(confirmation[0]).toMatchObject({ to: '525512345678', type: 'text' });
    expect(confirmation[0]?.text).toContain('Ya no recibirás recordatorios de pago de Florería Jacaranda por WhatsApp');
    const audit = await wired.billing.store.listAudit({ customerId: 'c-carlos' });
    expect(audit.map((entry) => entry.action)).toContain('customer.opted-out');

    // After STOP, the reminders that would fall due send nothing.
    const quiet = await wired.billing.runDueReminders({ now: '2026-12-07T17:00:00.000Z' });
    expect(quiet.sent).toBe(0);
    expect(acceptedMessages(whatsapp).slice(before)).toHaveLength(1);
  });

  it('refuses a WhatsApp reply whose signature does not match its bytes', async () => {
    const genuine = whatsapp.inboundText('+525512345678', 'STOP');
    const forged = { ...genuine, rawBody: genuine.rawBody.replace('STOP', 'BAJA') };
    const response = await post(`${server.url}/webhooks/whatsapp`, forged);
    await wired.idle();
    expect(response.status).toBe(401);
    expect((await wired.billing.store.getCustomer('c-carlos'))?.optOut).toBeUndefined();
    expect(acceptedMessages(whatsapp)).toHaveLength(1);
  });

  it('books a signed Conekta payment once and confirms it on WhatsApp', async () => {
    const [link] = await wired.billing.store.listPaymentLinks('fj-1187');
    expect(link?.provider).toBe('conekta');
    const { webhook } = conekta.pay(link!.linkId);

    const first = await post(`${server.url}/webhooks/conekta`, webhook);
    await wired.idle();
    expect(first).toEqual({ status: 200, body: JSON.stringify({ outcome: 'booked' }) });
    const paid = await wired.billing.getInvoice('fj-1187');
    expect(paid?.status).toBe('paid');
    expect(paid?.payments).toHaveLength(1);
    expect(paid?.balance.amountMinor).toBe(0);

    const confirmation = acceptedMessages(whatsapp).at(-1);
    expect(confirmation?.to).toBe('525512345678');
    expect(confirmation?.text).toContain('FJ-1187');
    expect(confirmation?.text).toContain('1,234.50');

    // Conekta redelivers until it gets a 200: the same event again books nothing more.
    const again = await post(`${server.url}/webhooks/conekta`, webhook);
    await wired.idle();
    expect(again).toEqual({ status: 200, body: JSON.stringify({ outcome: 'duplicate' }) });
    expect((await wired.billing.getInvoice('fj-1187'))?.payments).toHaveLength(1);
    expect(acceptedMessages(whatsapp)).toHaveLength(2);
    expect(logLines.join('\n')).not.toContain(conekta.privateKey);
  });

  it('answers 401 to a Conekta webhook with a tampered body, and books nothing', async () => {
    const [link] = await wired.billing.store.listPaymentLinks('fj-1187');
    const { webhook } = conekta.pay(link!.linkId);
    const tampered = { ...webhook, rawBody: webhook.rawBody.replace('"order.paid"', '"order.paid" ') };
    expect(tampered.rawBody).not.toBe(webhook.rawBody);

    const response = await post(`${server.url}/webhooks/conekta`, tampered);
    await wired.idle();
    expect(response.status).toBe(401);
    const invoice = await wired.billing.getInvoice('fj-1187');
    expect(invoice?.status).toBe('open');
    expect(invoice?.payments).toHaveLength(0);
    expect(acceptedMessages(whatsapp)).toHaveLength(1);
    expect((await wired.billing.store.listAudit({ invoiceId: 'fj-1187' })).map((entry) => entry.action)).not.toContain(
      'payment.received',
    );
    const unsigned = await post(`${server.url}/webhooks/conekta`, {
      rawBody: webhook.rawBody,
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.status).toBe(401);
    expect((await wired.billing.getInvoice('fj-1187'))?.payments).toHaveLength(0);
  });
});
