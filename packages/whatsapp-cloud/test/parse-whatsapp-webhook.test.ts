import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookVerificationError } from '@cobro/core';
import { createWhatsAppEmulator } from '@cobro/testing';
import {
  createWhatsAppStatusTracker,
  parseWhatsAppWebhook,
  verifyWebhookSubscription,
  verifyWhatsAppSignature,
} from '@cobro/whatsapp-cloud';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appSecret, researchPayloads, signature, specWebhookExamples } from './webhook-fixtures';

async function refusal(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  try {
    await promise;
  } catch (error) {
    if (WebhookVerificationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

// Meta escapes slashes and may send unicode raw or escaped: the bytes, not the JSON value, are signed.
const tricky = String.raw`{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","contacts":[{"profile":{"name":"Jos\u00e9 Ñandú 🎉"},"wa_id":"5215512345678"}],"messages":[{"from":"5215512345678","id":"wamid.X","timestamp":"1750263800","type":"text","text":{"body":"Ya pagué 💸 https:\/\/example.com\/recibo"}}]}}]}]}`;

describe('X-Hub-Signature-256', () => {
  it('verifies accented characters, emoji and escaped slashes over the raw bytes', async () => {
    const events = await parseWhatsAppWebhook({
      appSecret,
      rawBody: tricky,
      headers: { 'X-Hub-Signature-256': signature(tricky) },
    });
    expect(events).toEqual([
      {
        type: 'inbound-text',
        eventId: 'wamid.X',
        messageId: 'wamid.X',
        occurredAt: '2025-06-18T16:23:20.000Z',
        from: { phone: '+5215512345678', name: 'José Ñandú 🎉' },
        text: 'Ya pagué 💸 https://example.com/recibo',
      },
    ]);
    const bytes = new TextEncoder().encode(tricky);
    await expect(
      parseWhatsAppWebhook({ appSecret, rawBody: bytes, headers: { 'x-hub-signature-256': signature(tricky) } }),
    ).resolves.toHaveLength(1);
  });

  it('refuses a re-serialised body, a wrong secret, and a missing or malformed header', async () => {
    const good = signature(tricky);
    const reserialised = JSON.stringify(JSON.parse(tricky));
    expect(reserialised).not.toBe(tricky);
    expect(
      (
        await refusal(
          verifyWhatsAppSignature({ appSecret, rawBody: reserialised, headers: { 'x-hub-signature-256': good } }),
        )
      ).reason,
    ).toBe('bad-signature');
    expect(
      (
        await refusal(
          verifyWhatsAppSignature({
            appSecret,
            rawBody: tricky,
            headers: { 'x-hub-signature-256': signature(tricky, 'another') },
          }),
        )
      ).reason,
    ).toBe('bad-signature');
    expect((await refusal(verifyWhatsAppSignature({ appSecret, rawBody: tricky, headers: {} }))).reason).toBe(
      'missing-header',
    );
    expect(
      (
        await refusal(
          verifyWhatsAppSignature({ appSecret, rawBody: tricky, headers: { 'x-hub-signature-256': 'sha1=abc' } }),
        )
      ).reason,
    ).toBe('malformed-header');
    const error = await refusal(
      verifyWhatsAppSignature({
        appSecret,
        rawBody: tricky,
        headers: { 'x-hub-signature-256': signature(tricky, 'another') },
      }),
    );
    expect(error.message).not.toContain(appSecret);
  });

  it('compares the MAC against the header digits where they stand: any case, every digit counts', async () => {
    const good = signature(tricky);
    const hex = good.slice('sha256='.length);
    const decide = async (header: string) => {
      try {
        await parseWhatsAppWebhook({ appSecret, rawBody: tricky, headers: { 'x-hub-signature-256': header } });
        return 'accepted';
      } catch (error) {
        if (WebhookVerificationError.isInstance(error)) return error.reason;
        throw error;
      }
    };
    for (const header of [good, `SHA256=${hex.toUpperCase()}`, `Sha256=${hex}`, `  ${good} `]) {
      expect(await decide(header)).toBe('accepted');
    }
    for (let position = 0; position < 64; position++) {
      const digit = hex[position] as string;
      const other = digit === '0' ? '1' : '0';
      expect(await decide(`sha256=${hex.slice(0, position)}${other}${hex.slice(position + 1)}`)).toBe('bad-signature');
      expect(await decide(`sha256=${hex.slice(0, position)}g${hex.slice(position + 1)}`)).toBe('malformed-header');
    }
    for (const header of [
      `sha255=${hex}`,
      `sha256:${hex}`,
      `sha256=${hex}0`,
      `sha256=${hex.slice(1)}`,
      `sha256 =${hex}`,
    ]) {
      expect(await decide(header)).toBe('malformed-header');
    }
  });

  it('runs on a web-standard Request', async () => {
    const request = new Request('https://shop.example/webhooks/whatsapp', {
      method: 'POST',
      body: tricky,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature(tricky) },
    });
    const rawBody = new Uint8Array(await request.arrayBuffer());
    const events = await parseWhatsAppWebhook({ appSecret, rawBody, headers: Object.fromEntries(request.headers) });
    expect(events[0]).toMatchObject({ type: 'inbound-text', text: 'Ya pagué 💸 https://example.com/recibo' });
  });

  it('runs on a Node request read from a real socket', async () => {
    const received: unknown[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', async () => {
        try {
          received.push(
            await parseWhatsAppWebhook({
              appSecret,
              rawBody: Buffer.concat(chunks),
              headers: request.headers as Record<string, string>,
            }),
          );
          response.writeHead(200).end();
        } catch (error) {
          received.push(error);
          response.writeHead(401).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const ok = await fetch(url, {
      method: 'POST',
      body: tricky,
      headers: { 'x-hub-signature-256': signature(tricky) },
    });
    const forged = await fetch(url, {
      method: 'POST',
      body: tricky,
      headers: { 'x-hub-signature-256': signature(tricky, 'x') },
    });
    await new Promise((resolve) => server.close(resolve));
    expect([ok.status, forged.status]).toEqual([200, 401]);
    expect(received[0]).toHaveLength(1);
    expect(WebhookVerificationError.isInstance(received[1])).toBe(true);
  });
});

describe('parseWhatsAppWebhook', () => {
  const deliveries = [...specWebhookExamples(), ...researchPayloads];

  it('parses every example payload of the spec and the research notes', async () => {
    expect(specWebhookExamples().length).toBeGreaterThanOrEqual(16);
    for (const { name, payload } of deliveries) {
      const rawBody = JSON.stringify(payload);
      const events = await parseWhatsAppWebhook({
        appSecret,
        rawBody,
        headers: { 'x-hub-signature-256': signature(rawBody) },
      });
      const change = (
        payload as { entry: { changes: { field: string; value: { messages?: unknown[]; statuses?: unknown[] } }[] }[] }
      ).entry[0]!.changes[0]!;
      // Other fields (group lifecycle, template status…) are verified and reported once as unsupported.
      const { messages = [], statuses = [] } = change.value;
      expect(events.length, name).toBe(change.field === 'messages' ? messages.length + statuses.length : 1);
      for (const event of events) expect(Number.isNaN(Date.parse(event.occurredAt)), name).toBe(false);
    }
  });

  it('maps statuses with the reference and flags 131047 as outside the window', async () => {
    const rawBody = JSON.stringify(researchPayloads[0]!.payload);
    const [event] = await parseWhatsAppWebhook({
      appSecret,
      rawBody,
      headers: { 'x-hub-signature-256': signature(rawBody) },
    });
    expect(event).toEqual({
      type: 'message-status',
      eventId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3NTQ0:failed',
      occurredAt: '2025-06-18T16:22:53.000Z',
      messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3NTQ0',
      status: 'failed',
      reference: 'inv-42:1:after-3',
      recipient: { phone: '+16505551234' },
      error: { code: '131047', title: 'Re-engagement message', outsideServiceWindow: true },
    });
  });

  it('maps template quick replies and button replies, with business-scoped user ids', async () => {
    const rawBody = JSON.stringify(researchPayloads[2]!.payload);
    const events = await parseWhatsAppWebhook({
      appSecret,
      rawBody,
      headers: { 'x-hub-signature-256': signature(rawBody) },
    });
    expect(
      events.map(
        (event) =>
          event.type === 'inbound-button-reply' && [event.buttonId, event.label, event.inReplyTo, event.from.userId],
      ),
    ).toEqual([
      ['pay-on-date', 'Pagar em uma data', 'wamid.reminder', 'BR.1234567890'],
      ['already-paid', 'Já paguei', 'wamid.reminder', 'BR.1234567890'],
    ]);
  });

  it('maps in-chat payment statuses and status pricing', async () => {
    const payment = JSON.stringify(researchPayloads[3]!.payload);
    expect(
      await parseWhatsAppWebhook({
        appSecret,
        rawBody: payment,
        headers: { 'x-hub-signature-256': signature(payment) },
      }),
    ).toEqual([
      {
        type: 'payment-status',
        eventId: 'wamid.payment:payment:captured',
        occurredAt: '2025-06-18T16:25:00.000Z',
        referenceId: 'inv-77',
        status: 'captured',
        amount: { amountMinor: 1100, currency: 'INR' },
        transactionId: 'pay_Mz0W1',
      },
    ]);
    const priced = JSON.stringify(researchPayloads[1]!.payload);
    const [first] = await parseWhatsAppWebhook({
      appSecret,
      rawBody: priced,
      headers: { 'x-hub-signature-256': signature(priced) },
    });
    expect(first).toMatchObject({ type: 'message-status', pricing: { billable: true, category: 'utility' } });
  });

  it('drops repeated and backward statuses', async () => {
    const rawBody = JSON.stringify(researchPayloads[1]!.payload);
    const events = await parseWhatsAppWebhook({
      appSecret,
      rawBody,
      headers: { 'x-hub-signature-256': signature(rawBody) },
    });
    const tracker = createWhatsAppStatusTracker();
    expect(tracker.accept(events).map((event) => event.type === 'message-status' && event.status)).toEqual(['read']);
    expect(tracker.accept(events)).toEqual([]);
  });

  it('turns any malformed but correctly signed body into a typed error, never a crash or a partial result', async () => {
    const anything = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.record({
        object: fc.constant('whatsapp_business_account'),
        entry: fc.array(fc.jsonValue(), { maxLength: 3 }),
      }),
      fc.constantFrom(...deliveries.map((delivery) => delivery.payload)).chain((payload) =>
        fc.jsonValue().map((noise) => {
          const copy = JSON.parse(JSON.stringify(payload));
          const value = copy.entry[0].changes[0].value;
          const list = value.messages ?? value.statuses;
          if (list?.[0])
            list[0][['id', 'timestamp', 'type', 'status'][JSON.stringify(noise).length % 4] as string] = noise;
          return copy;
        }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(anything, async (payload) => {
        const rawBody = typeof payload === 'string' ? payload : JSON.stringify(payload);
        try {
          const events = await parseWhatsAppWebhook({
            appSecret,
            rawBody,
            headers: { 'x-hub-signature-256': signature(rawBody) },
          });
          for (const event of events) expect(typeof event.eventId).toBe('string');
        } catch (error) {
          expect(WebhookVerificationError.isInstance(error), String(error)).toBe(true);
          expect((error as WebhookVerificationError).reason).toBe('malformed-body');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the emulator’s signed webhooks', () => {
  it('are POSTed to a URL and verify there', async () => {
    const emulator = await createWhatsAppEmulator({ appSecret });
    const received: unknown[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', async () => {
        received.push(
          await parseWhatsAppWebhook({
            appSecret,
            rawBody: Buffer.concat(chunks),
            headers: request.headers as Record<string, string>,
          }),
        );
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/whatsapp`;
    try {
      expect(
        await emulator.deliver(url, emulator.buttonReply('+5511987654321', { id: 'already-paid', title: 'Já paguei' })),
      ).toBe(200);
      expect(await emulator.deliver(url, emulator.status('wamid.unknown', 'delivered'))).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await emulator.close();
    }
    expect(received.flat().map((event) => (event as { type: string }).type)).toEqual([
      'inbound-button-reply',
      'message-status',
    ]);
  });
});

describe('verifyWebhookSubscription', () => {
  it('echoes the challenge for the right token and refuses others', () => {
    expect(
      verifyWebhookSubscription({
        query: '?hub.mode=subscribe&hub.verify_token=s3cret&hub.challenge=1158201444',
        verifyToken: 's3cret',
      }),
    ).toBe('1158201444');
    expect(() =>
      verifyWebhookSubscription({
        query: 'hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1',
        verifyToken: 's3cret',
      }),
    ).toThrow(WebhookVerificationError);
    expect(() =>
      verifyWebhookSubscription({ query: 'hub.verify_token=s3cret&hub.challenge=1', verifyToken: 's3cret' }),
    ).toThrow(WebhookVerificationError);
  });
});
