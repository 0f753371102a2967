// The Brazilian order end to end over HTTP on loopback: order_details with a Pix code validated by the WhatsApp
// emulator against Meta's spec, the invoice booked in exact cents, and cobro's confirmation and order_status.
import { ApiCallError, parseMoney, ValidationError } from '@cobro/core';
import { createWhatsAppEmulator } from '@cobro/testing';
import { buildOrderDetailsMessage, createWhatsAppCloudClient } from '@cobro/whatsapp-cloud';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPixCopiaECola, crc16 } from '../src/pix-copia-e-cola';
import { type BrazilianOrderRun, runBrazilianOrder } from '../src/run-br-order';
import { exampleOrder, orderDetailsItems, orderTotal } from '../src/shop-order';
import { checkOrderDetails } from './support/check-order-details';

type Interactive = {
  type: string;
  body: { text: string };
  action: { name: string; parameters: Record<string, unknown> };
};
const interactiveOf = (body: Record<string, unknown>) => body.interactive as Interactive;

describe('a Brazilian order paid by Pix', () => {
  let run: BrazilianOrderRun;
  beforeAll(async () => {
    run = await runBrazilianOrder();
  });

  it('sends every message to the emulator with no validation error against Meta’s spec', () => {
    const messages = run.requests.filter((request) => request.path.endsWith('/messages'));
    expect(messages.map((request) => interactiveOf(request.body)?.type ?? request.body.type)).toEqual([
      'order_details',
      'text',
      'order_status',
    ]);
    for (const request of run.requests) {
      expect(request.validationErrors, JSON.stringify(request.validationErrors)).toBeUndefined();
      expect(request.messageId).toMatch(/^wamid\./);
    }
    expect(run.webhookStatuses).toEqual([200]);
  });

  it('sends order_details with the Pix code and amounts in exact cents (offset 100)', () => {
    const request = run.requests.find((each) => interactiveOf(each.body)?.type === 'order_details');
    expect(request?.body.to).toBe('5511987654321');
    const { name, parameters } = interactiveOf(request?.body ?? {}).action;
    expect(name).toBe('review_and_pay');
    expect(parameters).toMatchObject({
      reference_id: run.orderReference,
      type: 'physical-goods',
      payment_type: 'br',
      currency: 'BRL',
      total_amount: { value: 14_180, offset: 100 },
      payment_settings: [
        {
          type: 'pix_dynamic_code',
          pix_dynamic_code: {
            code: run.pixCode,
            merchant_name: 'Empório Ipê',
            key: '12345678000195',
            key_type: 'CNPJ',
          },
        },
      ],
      order: {
        status: 'pending',
        subtotal: { value: 13_680, offset: 100 }, // 2 × 38,90 + 59,00
        tax: { value: 0, offset: 100 },
        shipping: { value: 1_500, offset: 100 },
        discount: { value: 1_000, offset: 100 },
      },
    });
    // Beyond the emulator's schema: every field and invariant of Meta's Brazilian order_details.
    const sentAt = Math.floor((request?.at.getTime() ?? 0) / 1000);
    expect(checkOrderDetails(request?.body ?? {}, sentAt)).toEqual([]);
    // The checker is not vacuous: one cent off the total, a bad key type and a long name are all caught.
    const broken = structuredClone(request?.body ?? {}) as { interactive: Interactive };
    const brokenParameters = broken.interactive.action.parameters as {
      total_amount: { value: number };
      payment_settings: { pix_dynamic_code: { key_type: string } }[];
      order: { items: { name: string }[] };
    };
    brokenParameters.total_amount.value += 1;
    brokenParameters.payment_settings[0]!.pix_dynamic_code.key_type = 'CNPJ_RAIZ';
    brokenParameters.order.items[0]!.name = 'x'.repeat(61);
    expect(checkOrderDetails(broken, sentAt)).toHaveLength(3);
    // The Pix code is a well-formed BR Code: its last four characters are the CRC of everything before them.
    expect(run.pixCode.slice(-4)).toBe(crc16(run.pixCode.slice(0, -4)));
  });

  it('books the invoice, tied to the order card, paid to the cent by the Pix', () => {
    expect(run.invoice.metadata).toEqual({ whatsapp_order_reference: run.orderReference });
    expect(run.invoice.totals.total).toEqual({ amountMinor: 14_180, currency: 'BRL' });
    expect(run.invoice.status).toBe('paid');
    expect(run.invoice.balance).toEqual({ amountMinor: 0, currency: 'BRL' });
    expect(run.invoice.payments).toEqual([
      expect.objectContaining({
        provider: 'manual',
        providerPaymentId: run.endToEndId,
        method: 'pix',
        amount: { amountMinor: 14_180, currency: 'BRL' },
      }),
    ]);
    expect(run.endToEndId).toMatch(/^E\d{8}\d{12}[A-Za-z0-9]{11}$/);
  });

  it('answers in the chat: a confirmation, then order_status with the payment captured (sent by the runtime)', () => {
    const [confirmation, status] = run.afterPayment;
    expect(confirmation?.body.type).toBe('text');
    const thanks = (confirmation?.body.text as { body?: string } | undefined)?.body ?? '';
    expect(thanks).toMatch(/R\$\s141,80/);
    expect(thanks).toContain(run.orderReference);
    const orderStatus = interactiveOf(status?.body ?? {});
    expect(orderStatus.type).toBe('order_status');
    expect(orderStatus.action.name).toBe('review_order');
    expect(orderStatus.action.parameters).toMatchObject({
      reference_id: run.orderReference,
      order: { status: 'processing' },
      payment: { status: 'captured' },
    });
    expect(run.afterPayment).toHaveLength(2);
  });

  it('records the same Pix once, and says nothing more, when the bank notifies again', () => {
    expect(run.afterReplay).toEqual([]);
    expect(run.invoiceAfterReplay.payments).toHaveLength(1);
    expect(run.invoiceAfterReplay.version).toBe(run.invoice.version);
  });
});

describe('what the emulator and the builder refuse', () => {
  it('the emulator rejects an order_details body that breaks Meta’s spec, and says why', async () => {
    const emulator = await createWhatsAppEmulator({ appSecret: 'secret', enforceServiceWindow: false });
    try {
      const client = createWhatsAppCloudClient({
        accessToken: emulator.accessToken,
        phoneNumberId: '106540352242922',
        graphApiVersion: 'v25.0',
        baseURL: emulator.baseURL,
        pacing: false,
        retry: { maxAttempts: 1 },
      });
      const order = exampleOrder('PED-BAD-1');
      const valid = buildOrderDetailsMessage({
        referenceId: order.id,
        goodsType: 'physical-goods',
        body: 'Seu pedido',
        items: orderDetailsItems(order),
        tax: { amountMinor: 0, currency: 'BRL' },
        shipping: order.shipping,
        discount: order.discount,
        total: orderTotal(order),
        paymentSettings: [
          {
            type: 'pix_dynamic_code',
            code: buildPixCopiaECola({ location: 'pix.example/qr/v2/1', merchantName: 'Loja', merchantCity: 'Recife' }),
            merchantName: 'Loja',
            key: 'pix@loja.example',
            keyType: 'EMAIL',
          },
        ],
      });
      const interactive = valid.interactive as Interactive;
      const { reference_id: _, ...withoutReference } = interactive.action.parameters;
      const broken = {
        ...valid,
        interactive: { ...interactive, action: { ...interactive.action, parameters: withoutReference } },
      };
      const error = await client.sendMessage(broken, { to: { phone: '+5581999990000' } }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(ApiCallError.isInstance(error), String(error)).toBe(true);
      expect(emulator.requests.at(-1)?.validationErrors?.join(' ')).toMatch(/reference_id/);
    } finally {
      await emulator.close();
    }
  });

  it('the builder refuses a total that is not subtotal + tax + shipping − discount, to the cent', () => {
    const order = exampleOrder('PED-BAD-2');
    const total = orderTotal(order);
    expect(() =>
      buildOrderDetailsMessage({
        referenceId: order.id,
        goodsType: 'physical-goods',
        body: 'Seu pedido',
        items: orderDetailsItems(order),
        tax: { amountMinor: 0, currency: 'BRL' },
        shipping: order.shipping,
        discount: order.discount,
        total: { ...total, amountMinor: total.amountMinor + 1 },
        paymentSettings: [{ type: 'payment_link', uri: 'https://loja.example/pagar' }],
      }),
    ).toThrow(ValidationError);
    expect(total).toEqual(parseMoney('141.80', 'BRL'));
  });
});

describe('the Pix copia e cola code', () => {
  it('computes the CRC-16/CCITT-FALSE of the Banco Central’s published example', () => {
    const example =
      '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***6304';
    expect(crc16(example)).toBe('1D3D');
  });

  it('writes a dynamic code: location, no amount, upper-case ASCII names', () => {
    const code = buildPixCopiaECola({
      location: 'pix.example/qr/v2/abc',
      merchantName: 'Empório Ipê',
      merchantCity: 'São Paulo',
    });
    expect(code).toContain('0014br.gov.bcb.pix2521pix.example/qr/v2/abc');
    expect(code).toContain('5911EMPORIO IPE6009SAO PAULO');
    expect(code).not.toMatch(/54\d\d\d+\.\d\d/);
    expect(code.startsWith('000201010212')).toBe(true);
  });
});
