// Money crosses Mercado Pago's decimal JSON numbers exactly, and the preference carries what Checkout Pro needs.
import { parseMoney, ValidationError } from '@cobro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeMercadoPago, startFakeMercadoPago } from '../src/fake-mercado-pago/fake-mercado-pago';
import { fromMercadoPagoAmount, toMercadoPagoAmount } from '../src/mercado-pago-money';
import { createMercadoPago } from '../src/mercado-pago-provider';

describe('amounts', () => {
  it('reads decimal numbers as exact minor units, never through a float multiplication', () => {
    // 0.29 * 100 is 28.999999999999996 in floating point; the decimal text is parsed instead.
    expect(fromMercadoPagoAmount(0.29, 'BRL')).toEqual({ amountMinor: 29, currency: 'BRL' });
    expect(fromMercadoPagoAmount(1234.5, 'BRL')).toEqual({ amountMinor: 123_450, currency: 'BRL' });
    expect(fromMercadoPagoAmount(19_999_999.99, 'BRL')).toEqual({ amountMinor: 1_999_999_999, currency: 'BRL' });
    expect(fromMercadoPagoAmount(7, 'MXN')).toEqual({ amountMinor: 700, currency: 'MXN' });
    expect(() => fromMercadoPagoAmount(1.005, 'BRL')).toThrow(ValidationError);
    expect(() => fromMercadoPagoAmount(1e21, 'BRL')).toThrow(ValidationError);
  });

  it('writes minor units as the JSON number of their decimal', () => {
    expect(toMercadoPagoAmount({ amountMinor: 29, currency: 'BRL' })).toBe(0.29);
    expect(JSON.stringify({ unit_price: toMercadoPagoAmount(parseMoney('1234.50', 'BRL')) })).toBe(
      '{"unit_price":1234.5}',
    );
    expect(toMercadoPagoAmount({ amountMinor: 1_999_999_999, currency: 'BRL' })).toBe(19_999_999.99);
  });
});

describe('the preference', () => {
  // One fixed clock for the fake API and the adapter: the suite passes on any day it runs.
  const clock = Date.parse('2026-12-01T14:00:00.000Z');
  const now = () => new Date(clock);
  let api: FakeMercadoPago;
  beforeAll(async () => {
    api = await startFakeMercadoPago({ now });
  });
  afterAll(() => api.close());

  it('is created with items, external_reference, metadata, expiry, notification_url and X-Idempotency-Key', async () => {
    const provider = createMercadoPago({
      accessToken: api.accessToken,
      webhookSecret: api.webhookSecret,
      baseURL: api.url,
      notificationUrl: 'https://loja.example.com.br/webhooks/mercadopago',
      now,
    });
    const link = await provider.createPaymentLink({
      amount: parseMoney('0.29', 'BRL'),
      invoiceReference: 'PED-7',
      attempt: 2,
      customer: { id: 'cus_7', name: 'Bia', email: 'bia@example.com.br', locale: 'pt-BR', country: 'BR' },
      description: 'Adesivo',
      allowedMethods: ['pix'],
      expiresAt: '2026-12-04T02:59:59.000Z',
      successUrl: 'https://loja.example.com.br/obrigado',
      idempotencyKey: 'cobro:PED-7:2',
      metadata: { channel: 'whatsapp' },
    });
    const request = api.requests.find((each) => each.method === 'POST' && each.url === '/checkout/preferences');
    expect(request?.headers['x-idempotency-key']).toBe('cobro:PED-7:2');
    expect(request?.headers.authorization).toBe(`Bearer ${api.accessToken}`);
    expect(JSON.parse(request?.rawBody ?? '{}')).toEqual({
      items: [{ id: 'PED-7', title: 'Adesivo', quantity: 1, currency_id: 'BRL', unit_price: 0.29 }],
      payer: { name: 'Bia', email: 'bia@example.com.br' },
      external_reference: 'PED-7',
      metadata: { channel: 'whatsapp', cobro_invoice_reference: 'PED-7', cobro_attempt: '2' },
      payment_methods: {
        excluded_payment_types: [{ id: 'credit_card' }, { id: 'debit_card' }, { id: 'prepaid_card' }, { id: 'ticket' }],
      },
      expires: true,
      expiration_date_to: '2026-12-04T02:59:59.000+00:00',
      notification_url: 'https://loja.example.com.br/webhooks/mercadopago',
      back_urls: { success: 'https://loja.example.com.br/obrigado' },
      auto_return: 'approved',
    });
    expect(request?.rawBody).toContain('"unit_price":0.29');
    expect(link).toMatchObject({ methods: ['pix'], invoiceReference: 'PED-7', expiresAt: '2026-12-04T02:59:59.000Z' });
    expect(link.url).toContain(`pref_id=${link.id}`);
    const { paymentId } = await api.pay(link.id, { method: 'pix' });
    await expect(provider.getPayment({ paymentId })).resolves.toMatchObject({
      status: 'succeeded',
      method: 'pix',
      amount: { amountMinor: 29, currency: 'BRL' },
      invoiceReference: 'PED-7',
    });
  });

  it('expires through PUT /checkout/preferences/{id} with expiration_date_to in the past', async () => {
    // The adapter shares the fake's clock, so the expiry it writes is really past for the fake.
    const provider = createMercadoPago({
      accessToken: api.accessToken,
      webhookSecret: api.webhookSecret,
      baseURL: api.url,
      now,
    });
    const link = await provider.createPaymentLink({
      amount: parseMoney('10.00', 'BRL'),
      invoiceReference: 'PED-8',
      attempt: 1,
      customer: { id: 'cus_8', name: 'Caio', locale: 'pt-BR', country: 'BR' },
      description: 'Caneca',
      idempotencyKey: 'cobro:PED-8:1',
    });
    await provider.expirePaymentLink({ linkId: link.id });
    const put = api.requests.find((each) => each.method === 'PUT');
    expect(put?.url).toBe(`/checkout/preferences/${link.id}`);
    expect(JSON.parse(put?.rawBody ?? '{}')).toEqual({
      expires: true,
      expiration_date_to: new Date(clock - 60_000).toISOString().replace('Z', '+00:00'),
    });
    await expect(api.pay(link.id)).rejects.toThrow(/expired/);
  });

  it('refuses a currency it is not set up for before calling the API', async () => {
    const provider = createMercadoPago({
      accessToken: api.accessToken,
      webhookSecret: api.webhookSecret,
      baseURL: api.url,
    });
    const before = api.requests.length;
    await expect(
      provider.createPaymentLink({
        amount: { amountMinor: 100, currency: 'EUR' },
        invoiceReference: 'PED-9',
        attempt: 1,
        customer: { id: 'c', name: 'C', locale: 'pt-BR', country: 'BR' },
        description: 'x',
        idempotencyKey: 'k',
      }),
    ).rejects.toThrow(ValidationError);
    expect(api.requests.length).toBe(before);
  });
});
