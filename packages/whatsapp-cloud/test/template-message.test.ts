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

  it('sends amount_1000 only as an integer within int32, else the formatted amount as text (CLF, JPY, KWD, COP, CLP)', () => {
    const parameterOf = (value: string, currency: string, fallback: string) => {
      const payload = buildWhatsAppTemplateMessage({
        name: 'cobro_amount',
        language: 'es',
        body: [{ type: 'currency', amount: parseMoney(value, currency), fallback, name: 'amount' }],
      });
      expect(send(payload)).toEqual([]);
      return (payload.template as { components: { parameters: Record<string, unknown>[] }[] }).components[0]!
        .parameters[0];
    };
    const currency = (code: string, amount_1000: number, fallback: string) => ({
      type: 'currency',
      parameter_name: 'amount',
      currency: { fallback_value: fallback, code, amount_1000 },
    });
    const text = (fallback: string) => ({ type: 'text', parameter_name: 'amount', text: fallback });
    // CLF has four decimals: 1.2345 UF is 1234.5 thousandths, not an integer.
    expect(parameterOf('1.2345', 'CLF', 'UF 1,2345')).toEqual(text('UF 1,2345'));
    expect(parameterOf('1.2340', 'CLF', 'UF 1,2340')).toEqual(currency('CLF', 1_234, 'UF 1,2340'));
    expect(parameterOf('1500', 'JPY', '¥1,500')).toEqual(currency('JPY', 1_500_000, '¥1,500'));
    expect(parameterOf('12.345', 'KWD', 'KWD 12.345')).toEqual(currency('KWD', 12_345, 'KWD 12.345'));
    // 10,000,000.00 COP is 10^10 thousandths and 2,500,000 CLP 2.5 × 10^9: both beyond int32 (2,147,483,647).
    expect(parameterOf('10000000.00', 'COP', '$ 10.000.000,00')).toEqual(text('$ 10.000.000,00'));
    expect(parameterOf('2500000', 'CLP', '$2.500.000')).toEqual(text('$2.500.000'));
    expect(parameterOf('2147483', 'CLP', '$2.147.483')).toEqual(currency('CLP', 2_147_483_000, '$2.147.483'));
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
