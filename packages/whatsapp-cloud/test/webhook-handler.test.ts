import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MessagingChannelV1WebhookEvent } from '@cobro/core';
import { toNodeHandler } from '@cobro/core';
import { createWhatsAppEmulator } from '@cobro/testing';
import { createWhatsAppCloud, createWhatsAppWebhookHandler } from '@cobro/whatsapp-cloud';
import { expect, it } from 'vitest';

const appSecret = 'handler-secret';

function setup(onEvents: (events: MessagingChannelV1WebhookEvent[]) => void) {
  const whatsapp = createWhatsAppCloud({
    accessToken: 't',
    phoneNumberId: '1',
    appSecret,
    verifyToken: 'vt',
    pacing: false,
  });
  return createWhatsAppWebhookHandler({
    channel: whatsapp.channel,
    verifySubscription: whatsapp.verifySubscription,
    onEvents,
  });
}

it('answers the handshake and takes signed deliveries on a web-standard Request', async () => {
  const received: MessagingChannelV1WebhookEvent[][] = [];
  const handler = setup((events) => void received.push(events));
  const emulator = await createWhatsAppEmulator({ appSecret });
  try {
    const handshake = await handler(
      new Request('https://shop.example/wa?hub.mode=subscribe&hub.verify_token=vt&hub.challenge=987'),
    );
    expect([handshake.status, await handshake.text()]).toEqual([200, '987']);
    expect(
      (await handler(new Request('https://shop.example/wa?hub.mode=subscribe&hub.verify_token=no&hub.challenge=1')))
        .status,
    ).toBe(403);
    const delivery = emulator.inboundText('+5215512345678', 'Ya pagué');
    const ok = await handler(
      new Request('https://shop.example/wa', { method: 'POST', body: delivery.rawBody, headers: delivery.headers }),
    );
    expect(ok.status).toBe(200);
    expect(received[0]?.[0]).toMatchObject({ type: 'inbound-text', text: 'Ya pagué' });
    const forged = await handler(
      new Request('https://shop.example/wa', {
        method: 'POST',
        body: delivery.rawBody.replace('pagué', 'pague'),
        headers: delivery.headers,
      }),
    );
    expect(forged.status).toBe(401);
  } finally {
    await emulator.close();
  }
});

it('serves Node (req, res) from the stream or from an express.raw() buffer, and asks Meta to retry when the app fails', async () => {
  let fail = false;
  const received: MessagingChannelV1WebhookEvent[][] = [];
  const node = toNodeHandler(
    setup((events) => {
      if (fail) throw new Error('database down');
      received.push(events);
    }),
  );
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/buffered')) {
      // What express.raw() leaves behind: the bytes already read into req.body.
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => void node(Object.assign(request, { body: Buffer.concat(chunks) }), response));
    } else {
      void node(request, response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const emulator = await createWhatsAppEmulator({ appSecret });
  try {
    const delivery = emulator.status('wamid.x', 'delivered');
    expect(await emulator.deliver(`${base}/stream`, delivery)).toBe(200);
    expect(await emulator.deliver(`${base}/buffered`, delivery)).toBe(200);
    expect(
      await emulator.deliver(`${base}/stream`, {
        rawBody: '{"object":"nope"}',
        headers: { 'x-hub-signature-256': 'sha256=00' },
      }),
    ).toBe(401);
    fail = true;
    expect(await emulator.deliver(`${base}/stream`, delivery)).toBe(500);
  } finally {
    await emulator.close();
    await new Promise((resolve) => server.close(resolve));
  }
  expect(received.map((events) => events[0]?.type)).toEqual(['message-status', 'message-status']);
});
