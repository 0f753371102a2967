import { ApiCallError, type MessagingChannelV1OutboundMessage } from '@cobro/core';
import { createWhatsAppEmulator, type WhatsAppEmulator } from '@cobro/testing';
import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const appSecret = 'app-secret-for-tests';
const customer = '+5215512345678';
let emulator: WhatsAppEmulator;

beforeEach(async () => {
  emulator = await createWhatsAppEmulator({ appSecret });
});
afterEach(async () => {
  await emulator.close();
});

function whatsapp(timeoutMs = 5_000) {
  return createWhatsAppCloud({
    accessToken: emulator.accessToken,
    phoneNumberId: '106540352242922',
    appSecret,
    verifyToken: 'verify-me',
    baseURL: emulator.baseURL,
    timeoutMs,
    retry: { initialDelayMs: 1, sleep: async () => {} },
    pacing: false,
  });
}

const reminder: MessagingChannelV1OutboundMessage = {
  to: { phone: customer },
  reference: 'inv-42:1:after-3',
  content: {
    kind: 'cta-url',
    text: 'Hola Carlos, la factura FJ-1187 venció el 5 de diciembre.',
    buttonLabel: 'Pagar ahora',
    url: 'https://pay.conekta.com/link/abc',
  },
  template: {
    name: 'cobro_reminder_overdue_gentle',
    language: 'es',
    parameters: { name: 'Carlos', invoice_number: 'FJ-1187' },
    urlButtonSuffix: 'abc',
  },
};

describe('WhatsApp Cloud channel over HTTP against the emulator', () => {
  it('sends the template outside the window and free-form content inside it, with the reference', async () => {
    const { channel } = whatsapp();
    expect(await channel.send(reminder)).toMatchObject({ deliveredAs: 'template' });
    await channel.parseWebhook(emulator.inboundText(customer, 'Hola, ¿cuánto debo?'));
    expect(channel.serviceWindow({ phone: customer }, new Date().toISOString()).open).toBe(true);
    expect(await channel.send(reminder)).toMatchObject({ deliveredAs: 'free-form' });
    const [template, freeForm] = emulator.requests.map((request) => request.body);
    expect(template).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '5215512345678',
      type: 'template',
      template: {
        name: 'cobro_reminder_overdue_gentle',
        language: { code: 'es', policy: 'deterministic' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', parameter_name: 'name', text: 'Carlos' },
              { type: 'text', parameter_name: 'invoice_number', text: 'FJ-1187' },
            ],
          },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'abc' }] },
        ],
      },
      biz_opaque_callback_data: 'inv-42:1:after-3',
    });
    expect(freeForm).toMatchObject({
      type: 'interactive',
      interactive: {
        type: 'cta_url',
        action: {
          name: 'cta_url',
          parameters: { display_text: 'Pagar ahora', url: 'https://pay.conekta.com/link/abc' },
        },
      },
    });
    expect(emulator.requests[0]?.headers.authorization).toBe(`Bearer ${emulator.accessToken}`);
  });

  it('sends to a business-scoped user id as `recipient` instead of `to`', async () => {
    const { channel } = whatsapp();
    await channel.send({ ...reminder, to: { userId: 'MX.1234567890', phone: customer } });
    expect(emulator.requests[0]?.body).toMatchObject({ recipient: 'MX.1234567890', type: 'template' });
    expect(emulator.requests[0]?.body.to).toBeUndefined();
  });

  it('sends text, reply buttons, a named PDF document, a list and an image', async () => {
    const { channel } = whatsapp();
    await channel.parseWebhook(emulator.inboundText(customer, 'hola'));
    await channel.send({
      to: { phone: customer },
      content: { kind: 'text', text: 'Saldo: $1,234.50', previewUrl: true },
    });
    await channel.send({
      to: { phone: customer },
      content: {
        kind: 'reply-buttons',
        text: '¿Cuándo puedes pagar?',
        buttons: [{ id: 'pay-on-date', label: 'Pagar en una fecha' }],
      },
    });
    await channel.send({
      to: { phone: customer },
      content: {
        kind: 'document',
        link: 'https://shop.example/f/FJ-1187.pdf',
        filename: 'FJ-1187.pdf',
        caption: 'Factura FJ-1187',
      },
    });
    await channel.send({
      to: { phone: customer },
      content: {
        kind: 'list',
        text: 'Tienes 2 facturas abiertas. ¿Cuál quieres pagar?',
        buttonLabel: 'Ver facturas',
        sections: [
          { title: 'Facturas', rows: [{ id: 'FJ-1187', title: 'FJ-1187', description: '$1,234.50, venció el 5 dic' }] },
        ],
      },
    });
    await channel.send({
      to: { phone: customer },
      content: { kind: 'image', link: 'https://shop.example/pix/FJ-1187.png', caption: 'QR Pix' },
    });
    expect(emulator.requests.map((request) => request.body.type)).toEqual([
      'text',
      'interactive',
      'document',
      'interactive',
      'image',
    ]);
    expect(emulator.requests[3]?.body.interactive).toMatchObject({
      type: 'list',
      action: {
        button: 'Ver facturas',
        sections: [{ title: 'Facturas', rows: [{ id: 'FJ-1187', title: 'FJ-1187' }] }],
      },
    });
    expect(emulator.requests[4]?.body.image).toEqual({
      link: 'https://shop.example/pix/FJ-1187.png',
      caption: 'QR Pix',
    });
    expect(emulator.requests[2]?.body.document).toEqual({
      link: 'https://shop.example/f/FJ-1187.pdf',
      filename: 'FJ-1187.pdf',
      caption: 'Factura FJ-1187',
    });
  });

  it('falls back to the template when WhatsApp answers 131047, and closes the window on a 131047 status', async () => {
    const { channel } = whatsapp();
    await channel.parseWebhook(emulator.inboundText(customer, 'hola'));
    emulator.failNext({ code: 131047 });
    expect(await channel.send(reminder)).toMatchObject({ deliveredAs: 'template' });
    expect(emulator.requests.map((request) => request.body.type)).toEqual(['interactive', 'template']);

    await channel.parseWebhook(emulator.inboundText(customer, 'hola otra vez'));
    const sent = await channel.send(reminder);
    await channel.parseWebhook(emulator.status(sent.messageId, 'failed', { errorCode: 131047 }));
    expect(channel.serviceWindow({ phone: customer }, new Date().toISOString()).open).toBe(false);
  });

  it('retries 130429 with backoff, never a 131000 (ambiguous), 131026 or template errors', async () => {
    const { channel } = whatsapp();
    emulator.failNext({ code: 130429 });
    await expect(channel.send(reminder)).resolves.toMatchObject({ deliveredAs: 'template' });
    expect(emulator.requests).toHaveLength(2);
    emulator.failNext({ code: 131000 });
    await expect(channel.send(reminder)).rejects.toMatchObject({ kind: 'ambiguous', providerCode: '131000' });
    expect(emulator.requests).toHaveLength(3);
    for (const [code, kind] of [
      [131026, 'undeliverable'],
      [132001, 'template'],
    ] as const) {
      const before = emulator.requests.length;
      emulator.failNext({ code });
      const error = await channel.send(reminder).catch((caught: unknown) => caught);
      expect(ApiCallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ kind, providerCode: String(code), isRetryable: false });
      expect((error as ApiCallError).requestId).toMatch(/^Aemu/);
      expect(emulator.requests.length - before).toBe(1);
    }
  });

  it('reports a timeout after the request was sent as ambiguous, without re-posting', async () => {
    const { channel } = whatsapp(300);
    emulator.failNext({ timeout: true });
    const error = await channel.send(reminder).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'ambiguous', isRetryable: false });
    expect(emulator.requests).toHaveLength(1);
  });

  it('maps a rejected token to auth and never shows the token', async () => {
    const { channel } = createWhatsAppCloud({
      accessToken: 'wrong-token-123',
      phoneNumberId: '1',
      appSecret,
      baseURL: emulator.baseURL,
    });
    const error = await channel.send(reminder).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'auth', providerCode: '190' });
    expect((error as Error).message).not.toContain('wrong-token-123');
  });

  it('names the missing setting and its environment variable', () => {
    expect(() => createWhatsAppCloud({ phoneNumberId: '1', appSecret })).toThrow(
      'The WhatsApp Cloud API access token is missing. Pass it as the `accessToken` option or set the WHATSAPP_ACCESS_TOKEN environment variable.',
    );
    expect(whatsapp().verifySubscription('hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=42')).toBe('42');
  });
});
