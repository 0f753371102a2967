import { parseMoney, ValidationError } from '@cobro/core';
import { createWhatsAppEmulator, validateWhatsAppMessageRequest } from '@cobro/testing';
import { buildOrderDetailsMessage, buildOrderStatusMessage, createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const brl = (value: string) => parseMoney(value, 'BRL');
const order = {
  referenceId: 'as-0301',
  goodsType: 'physical-goods' as const,
  body: 'Olá, Ana! Seu pedido AS-0301 está pronto para pagamento.',
  items: [
    { retailerId: 'vestido-azul', name: 'Vestido sob medida', amount: brl('300.00'), quantity: 1 },
    { retailerId: 'ajuste', name: 'Ajuste de barra', amount: brl('15.00'), saleAmount: brl('10.00'), quantity: 2 },
  ],
  tax: brl('0'),
  shipping: brl('12.50'),
  discount: brl('12.50'),
  total: brl('320.00'),
  paymentSettings: [
    {
      type: 'pix_dynamic_code' as const,
      code: '00020101021226...6304ABCD',
      merchantName: 'Ateliê Souza',
      key: '12345678000190',
      keyType: 'CNPJ' as const,
    },
    { type: 'payment_link' as const, uri: 'https://pay.example.com/l/as-0301' },
  ],
};

describe('order_details for Brazil', () => {
  it('builds exact centavo amounts and sends them over HTTP', async () => {
    const payload = buildOrderDetailsMessage(order);
    expect(
      (payload.interactive as { action: { parameters: Record<string, unknown> } }).action.parameters,
    ).toMatchObject({
      reference_id: 'as-0301',
      payment_type: 'br',
      currency: 'BRL',
      total_amount: { value: 32000, offset: 100 },
      order: {
        subtotal: { value: 32000, offset: 100 },
        tax: { value: 0, offset: 100 },
        shipping: { value: 1250, offset: 100 },
      },
    });
    const emulator = await createWhatsAppEmulator({ appSecret: 's' });
    try {
      const { client } = createWhatsAppCloud({
        accessToken: emulator.accessToken,
        phoneNumberId: '1',
        appSecret: 's',
        baseURL: emulator.baseURL,
        pacing: false,
      });
      await client
        .sendMessage(buildOrderDetailsMessage(order), { to: { phone: '+5511987654321' }, reference: 'as-0301' })
        .catch(() => undefined);
      await client
        .sendMessage(buildOrderStatusMessage({ referenceId: 'as-0301', status: 'processing', payment: 'captured' }), {
          to: { phone: '+5511987654321' },
        })
        .catch(() => undefined);
      expect(emulator.requests.map((request) => (request.body.interactive as { type: string }).type)).toEqual([
        'order_details',
        'order_status',
      ]);
      expect(emulator.requests[1]!.body.interactive).toMatchObject({
        action: {
          name: 'review_order',
          parameters: { reference_id: 'as-0301', order: { status: 'processing' }, payment: { status: 'captured' } },
        },
      });
    } finally {
      await emulator.close();
    }
  });

  it('refuses a total that is not subtotal + tax + shipping − discount, naming the expected figure', () => {
    try {
      buildOrderDetailsMessage({ ...order, total: brl('320.01') });
      expect.unreachable();
    } catch (error) {
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).issues).toEqual([
        { path: 'total', message: 'must be subtotal + tax + shipping − discount = 32000 minor units, not 32001' },
      ]);
    }
    expect(() => buildOrderDetailsMessage({ ...order, referenceId: 'has spaces', total: order.total })).toThrow(
      'referenceId',
    );
    expect(() => buildOrderDetailsMessage({ ...order, tax: parseMoney('0', 'MXN') })).toThrow('BRL');
  });

  it('builds the Indian variant (UPI through a payment configuration) and it validates against the spec', async () => {
    const inr = (value: string) => parseMoney(value, 'INR');
    const payload = buildOrderDetailsMessage({
      referenceId: 'unique-reference-id',
      goodsType: 'digital-goods',
      body: 'Your order is ready to pay.',
      items: [{ retailerId: '1234567', name: 'bread', amount: inr('15.00'), saleAmount: inr('10.00'), quantity: 1 }],
      tax: inr('1.00'),
      shipping: inr('1.00'),
      discount: inr('1.00'),
      total: inr('11.00'),
      paymentSettings: [],
      india: { paymentType: 'upi', paymentConfiguration: 'my-payment-config-name' },
    });
    expect(
      (payload.interactive as { action: { parameters: Record<string, unknown> } }).action.parameters,
    ).toMatchObject({
      payment_type: 'upi',
      payment_configuration: 'my-payment-config-name',
      currency: 'INR',
      total_amount: { value: 1100, offset: 100 },
    });
    expect(validateWhatsAppMessageRequest({ messaging_product: 'whatsapp', to: '919999999999', ...payload })).toEqual(
      [],
    );
  });

  it('accepts every order whose total is computed the way WhatsApp checks it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ price: fc.integer({ min: 0, max: 1_000_000 }), quantity: fc.integer({ min: 1, max: 50 }) }),
          { minLength: 1, maxLength: 10 },
        ),
        fc.integer({ min: 0, max: 100_000 }),
        (lines, tax) => {
          const items = lines.map((line, index) => ({
            retailerId: `p${index}`,
            name: `Item ${index}`,
            amount: { amountMinor: line.price, currency: 'BRL' },
            quantity: line.quantity,
          }));
          const total = lines.reduce((sum, line) => sum + line.price * line.quantity, 0) + tax;
          const payload = buildOrderDetailsMessage({
            ...order,
            items,
            tax: { amountMinor: tax, currency: 'BRL' },
            shipping: undefined,
            discount: undefined,
            total: { amountMinor: total, currency: 'BRL' },
          });
          expect(JSON.stringify(payload)).toContain(`"total_amount":{"value":${total},"offset":100}`);
        },
      ),
    );
  });
});
