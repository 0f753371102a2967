import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PaymentProviderV1WebhookEvent } from '@cobro/core';
import { createConektaEmulator, generateConektaWebhookKeyPair } from '@cobro/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConekta } from '../src/conekta-provider';
import { linkInput, testPrivateKey } from './support/setup';

// The emulator as the demo uses it: links that open a local payment page, and webhooks POSTed to the app's route,
// which verifies them with the adapter exactly as it would Conekta's.
const keyPair = generateConektaWebhookKeyPair();
const received: PaymentProviderV1WebhookEvent[] = [];
let appURL = '';
const app = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    conekta()
      .parseWebhook({ rawBody: new Uint8Array(Buffer.concat(chunks)), headers })
      .then((event) => {
        received.push(event);
        response.writeHead(200).end();
      })
      .catch(() => response.writeHead(401).end());
  });
});
let emulator: Awaited<ReturnType<typeof createConektaEmulator>>;
const conekta = () =>
  createConekta({ privateKey: testPrivateKey, webhookPublicKey: keyPair.publicKey, baseURL: emulator.baseURL });

beforeAll(async () => {
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appURL = `http://127.0.0.1:${(app.address() as AddressInfo).port}/webhooks/conekta`;
  emulator = await createConektaEmulator({
    privateKey: testPrivateKey,
    webhookKeyPair: keyPair,
    webhookUrl: appURL,
    hostedCheckout: true,
  });
});
afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => app.close(resolve));
});

describe('Conekta emulator for demos', () => {
  it('serves a payment page for the link; paying by OXXO then settling delivers signed webhooks the adapter accepts', async () => {
    const { expiresAt: _fixedClock, ...options } = linkInput;
    const link = await conekta().createPaymentLink({ ...options, idempotencyKey: 'demo-1' });
    expect(link.url.startsWith(`${emulator.baseURL}/link/`)).toBe(true);
    const page = await fetch(link.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('MXN 1234.50');
    expect(html).toContain('value="cash"');
    const paid = await fetch(link.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'method=cash',
    });
    expect(paid.status).toBe(200);
    const order = [...emulator.orders.values()].at(-1)!;
    emulator.settle(order.id as string);
    await emulator.flushWebhooks();
    expect(emulator.webhookDeliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
    expect(received.map((event) => event.type)).toEqual(['payment-pending', 'payment-succeeded']);
    expect(received[1]).toMatchObject({ paymentId: order.id, invoiceReference: 'INV-2026-0042', method: 'oxxo' });
    const closed = await (await fetch(link.url)).text();
    expect(closed).toContain('Link Finalized');
  });

  it('records a failed delivery when the app refuses the webhook', async () => {
    const forged = createConektaEmulator({ privateKey: testPrivateKey, webhookUrl: appURL });
    const other = await forged;
    try {
      const link = await createConekta({ privateKey: testPrivateKey, baseURL: other.baseURL }).createPaymentLink({
        ...linkInput,
        expiresAt: undefined,
        idempotencyKey: 'demo-2',
      });
      other.pay(link.id);
      await other.flushWebhooks();
      // Signed with the other emulator's own key pair, which the app does not trust.
      expect(other.webhookDeliveries.map((delivery) => delivery.status)).toEqual([401]);
    } finally {
      await other.close();
    }
  });
});
