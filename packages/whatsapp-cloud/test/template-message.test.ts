import { parseMoney, ValidationError } from '@cobro/core';
import { validateWhatsAppMessageRequest } from '@cobro/testing';
import { buildWhatsAppTemplateMessage } from '@cobro/whatsapp-cloud';
import { describe, expect, it } from 'vitest';

const send = (payload: object) =>
  validateWhatsAppMessageRequest({ messaging_product: 'whatsapp', to: '5215512345678', ...payload });

describe('template messages', () => {
  it('builds a document header, positional text, currency and date_time parameters, and both button kinds', () => {
    const payload = buildWhatsAppTemplateMessage({
      name: 'invoice_with_pdf',
      language: 'es_MX',
      header: { type: 'document', link: 'https://shop.example/f/FJ-1187.pdf', filename: 'FJ-1187.pdf' },
      body: [
        { type: 'text', text: 'Carlos' },
        { type: 'currency', amount: parseMoney('1234.50', 'MXN'), fallback: '$1,234.50' },
        { type: 'date_time', fallback: '5 de diciembre de 2026' },
      ],
      buttons: [
        { subType: 'url', index: 0, text: 'FJ-1187' },
        { subType: 'quick_reply', index: 1, payload: 'already-paid' },
      ],
    });
    expect(payload.template).toEqual({
      name: 'invoice_with_pdf',
      language: { code: 'es_MX', policy: 'deterministic' },
      components: [
        {
          type: 'header',
          parameters: [
            { type: 'document', document: { link: 'https://shop.example/f/FJ-1187.pdf', filename: 'FJ-1187.pdf' } },
          ],
        },
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Carlos' },
            { type: 'currency', currency: { fallback_value: '$1,234.50', code: 'MXN', amount_1000: 1_234_500 } },
            { type: 'date_time', date_time: { fallback_value: '5 de diciembre de 2026' } },
          ],
        },
        { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'FJ-1187' }] },
        {
          type: 'button',
          sub_type: 'quick_reply',
          index: '1',
          parameters: [{ type: 'payload', payload: 'already-paid' }],
        },
      ],
    });
    expect(send(payload)).toEqual([]);
  });

  it('scales amount_1000 exactly from the currency exponent (JPY 0, KWD 3)', () => {
    const amountOf = (value: string, currency: string) =>
      (
        buildWhatsAppTemplateMessage({
          name: 't',
          language: 'en',
          body: [{ type: 'currency', amount: parseMoney(value, currency), fallback: value, name: 'amount' }],
        }).template as { components: { parameters: { currency: { amount_1000: number } }[] }[] }
      ).components[0]!.parameters[0]!.currency.amount_1000;
    expect([amountOf('1500', 'JPY'), amountOf('12.345', 'KWD'), amountOf('0.10', 'EUR')]).toEqual([
      1_500_000, 12_345, 100,
    ]);
  });

  it('builds named text headers and refuses mixing named with positional parameters', () => {
    const payload = buildWhatsAppTemplateMessage({
      name: 't',
      language: 'it',
      header: { type: 'text', parameters: [{ type: 'text', text: 'F-2026-0042', name: 'invoice_number' }] },
      body: [{ type: 'text', text: 'Giulia', name: 'name' }],
    });
    expect(send(payload)).toEqual([]);
    expect(() =>
      buildWhatsAppTemplateMessage({
        name: 't',
        language: 'it',
        body: [
          { type: 'text', text: 'a', name: 'x' },
          { type: 'text', text: 'b' },
        ],
      }),
    ).toThrow(ValidationError);
  });
});
