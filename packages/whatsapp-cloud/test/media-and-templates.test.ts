import { buildWhatsAppTemplates } from '@cobro/core';
import { createWhatsAppEmulator, type WhatsAppEmulator } from '@cobro/testing';
import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { afterEach, beforeEach, expect, it } from 'vitest';

let emulator: WhatsAppEmulator;
beforeEach(async () => {
  emulator = await createWhatsAppEmulator({ appSecret: 's' });
});
afterEach(async () => {
  await emulator.close();
});

const whatsapp = () =>
  createWhatsAppCloud({
    accessToken: emulator.accessToken,
    phoneNumberId: '106540352242922',
    wabaId: '102290129340398',
    appSecret: 's',
    baseURL: emulator.baseURL,
    pacing: false,
  });

it('uploads an invoice PDF as multipart, reads it back, sends it with its file name and deletes it', async () => {
  const { client, channel } = whatsapp();
  const pdf = new TextEncoder().encode('%PDF-1.7\n% cobro test invoice F-2026-0042\n%%EOF\n');
  const { id } = await client.uploadMedia({ bytes: pdf, mimeType: 'application/pdf', filename: 'F-2026-0042.pdf' });
  const upload = emulator.requests.at(-1)!;
  expect(upload.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(upload.body).toMatchObject({
    messaging_product: 'whatsapp',
    type: 'application/pdf',
    file: { filename: 'F-2026-0042.pdf', size: pdf.length },
  });
  expect(await client.getMedia(id)).toMatchObject({ mimeType: 'application/pdf', fileSize: pdf.length });

  await channel.parseWebhook(emulator.inboundText('+393471234567', 'Mi manda la fattura?'));
  await channel.send({
    to: { phone: '+393471234567' },
    content: { kind: 'document', mediaId: id, filename: 'F-2026-0042.pdf', caption: 'Fattura F-2026-0042' },
  });
  expect(emulator.requests.at(-1)!.body.document).toEqual({
    id,
    filename: 'F-2026-0042.pdf',
    caption: 'Fattura F-2026-0042',
  });

  await client.deleteMedia(id);
  await expect(client.getMedia(id)).rejects.toMatchObject({ kind: 'invalid-request' });
});

it('submits the whole catalogue as utility templates, lists and deletes them', async () => {
  const { client } = whatsapp();
  const definitions = buildWhatsAppTemplates({
    business: { name: 'Pasticceria Rossi' },
    paymentUrlBase: 'https://pay.example.com/i/',
  });
  for (const definition of definitions) {
    expect(await client.createTemplate(definition as unknown as Record<string, unknown>)).toMatchObject({
      status: 'PENDING',
      category: 'UTILITY',
    });
  }
  const listed = await client.listTemplates();
  expect(listed).toHaveLength(definitions.length);
  expect(new Set(listed.map((template) => template.language))).toEqual(new Set(['en', 'es', 'pt_BR', 'it']));
  expect(listed.filter((template) => template.name === 'cobro_reminder_upcoming_offline')).toHaveLength(4);
  await client.deleteTemplate('cobro_reminder_upcoming');
  expect(await client.listTemplates()).toHaveLength(definitions.length - 4);
});

it('marks an inbound message read with the typing indicator', async () => {
  const { client } = whatsapp();
  await client.markAsRead('wamid.IN1', { typing: true });
  expect(emulator.requests.at(-1)!.body).toEqual({
    messaging_product: 'whatsapp',
    status: 'read',
    message_id: 'wamid.IN1',
    typing_indicator: { type: 'text' },
  });
});
