import { type PayPalEmulatorRequest, validatePayPalRequest, validatePayPalResponse } from '@cobro/testing';
import { describe, expect, it } from 'vitest';
import { payPalInvoiceNumber } from '../src/paypal-references';
import { linkInput, testCredentials, usePayPalEmulator } from './support/setup';

// Golden requests: the exact bodies and headers cobro sends PayPal, each also validated against PayPal's own OpenAPI
// schemas (closed objects, so an invented field fails), and the emulator's answers validated as spec responses.

const { emulator, provider } = usePayPalEmulator();

const since = (start: number) => emulator().requests.slice(start);
const header = (request: PayPalEmulatorRequest | undefined, name: string) => request?.headers[name];
const find = (requests: PayPalEmulatorRequest[], method: string, path: string) =>
  requests.find((request) => request.method === method && request.url.split('?')[0] === path);

describe('golden requests: invoice links', () => {
  it('gets a token with Basic client credentials, then creates, sends and shares the invoice', async () => {
    const start = emulator().requests.length;
    const link = await provider().createPaymentLink(linkInput);
    const requests = since(start);
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST /v1/oauth2/token',
      'POST /v2/invoicing/invoices',
      `POST /v2/invoicing/invoices/${link.id}/send`,
    ]);
    const [token, create, send] = requests;
    expect(header(token, 'authorization')).toBe(
      `Basic ${Buffer.from(`${testCredentials.clientId}:${testCredentials.clientSecret}`).toString('base64')}`,
    );
    expect(header(token, 'content-type')).toBe('application/x-www-form-urlencoded');
    expect(token?.rawBody).toBe('grant_type=client_credentials');

    const number = payPalInvoiceNumber('INV-2026-0042', 'cobro:paypal:INV-2026-0042:1:create');
    expect(number).toMatch(/^INV-2026-0042-[0-9a-f]{8}$/);
    expect(create?.body).toEqual({
      detail: {
        invoice_number: number,
        reference: 'INV-2026-0042',
        currency_code: 'MXN',
        note: 'Factura INV-2026-0042',
        payment_term: { due_date: '2026-12-31' },
      },
      primary_recipients: [{ billing_info: { name: { full_name: 'Jorge López' }, email_address: 'jorge@example.mx' } }],
      items: [
        { name: 'Factura INV-2026-0042', quantity: '1', unit_amount: { currency_code: 'MXN', value: '1234.50' } },
      ],
      configuration: { allow_tip: false, partial_payment: { allow_partial_payment: false } },
    });
    expect(create?.rawBody).not.toContain('+525512345678');
    expect(header(create, 'authorization')).toMatch(/^Bearer A21AA/);
    expect(header(create, 'content-type')).toBe('application/json');
    expect(header(create, 'prefer')).toBe('return=representation');
    // Invoicing v2 declares no PayPal-Request-Id: none is sent.
    expect(header(create, 'paypal-request-id')).toBeUndefined();
    expect(validatePayPalRequest('invoicing_v2', 'invoice', create?.body)).toEqual([]);

    expect(send?.body).toEqual({ send_to_recipient: false, send_to_invoicer: false });
    expect(validatePayPalRequest('invoicing_v2', 'notification', send?.body)).toEqual([]);

    expect(link).toEqual({
      id: link.id,
      url: `https://www.sandbox.paypal.com/invoice/p/#${link.id}`,
      reusable: false,
      methods: ['paypal', 'card'],
      invoiceReference: 'INV-2026-0042',
    });
    const invoice = emulator().invoices.get(link.id);
    expect(validatePayPalResponse('invoicing_v2', 'invoice', invoice)).toEqual([]);
    expect(invoice).toMatchObject({ status: 'SENT', amount: { currency_code: 'MXN', value: '1234.50' } });
  });

  it('cancels an invoice with no e-mail, and treats a second cancel as done', async () => {
    const paypal = provider();
    const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'golden-cancel' });
    const start = emulator().requests.length;
    await paypal.expirePaymentLink({ linkId: link.id });
    const cancel = find(since(start), 'POST', `/v2/invoicing/invoices/${link.id}/cancel`);
    expect(cancel?.body).toEqual({ send_to_recipient: false, send_to_invoicer: false });
    expect(validatePayPalRequest('invoicing_v2', 'notification', cancel?.body)).toEqual([]);
    expect(emulator().invoices.get(link.id)?.status).toBe('CANCELLED');
    await expect(paypal.expirePaymentLink({ linkId: link.id })).resolves.toBeUndefined();
  });

  it('refunds an invoice payment through its capture with PayPal-Request-Id', async () => {
    const paypal = provider();
    const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'golden-refund' });
    const { capture } = emulator().pay(link.id);
    const start = emulator().requests.length;
    const refund = await paypal.refund({
      paymentId: link.id,
      amount: { amountMinor: 23_450, currency: 'MXN' },
      idempotencyKey: 'refund-key-1',
    });
    const post = find(since(start), 'POST', `/v2/payments/captures/${String(capture.id)}/refund`);
    expect(post?.body).toEqual({ amount: { currency_code: 'MXN', value: '234.50' } });
    expect(header(post, 'paypal-request-id')).toBe('cobro-refund-refund-key-1');
    expect(header(post, 'prefer')).toBe('return=representation');
    expect(validatePayPalRequest('payments_payment_v2', 'refund_request', post?.body)).toEqual([]);
    expect(validatePayPalResponse('payments_payment_v2', 'refund', refund.raw)).toEqual([]);
    expect(refund).toMatchObject({
      paymentId: link.id,
      amount: { amountMinor: 23_450, currency: 'MXN' },
      status: 'succeeded',
    });
    const payment = await paypal.getPayment({ paymentId: link.id });
    expect(payment).toMatchObject({
      status: 'partially_refunded',
      amountRefunded: { amountMinor: 23_450, currency: 'MXN' },
    });
  });

  it('sends zero-decimal currencies without decimals (JPY, and HUF in whole forints)', async () => {
    const paypal = provider();
    const start = emulator().requests.length;
    await paypal.createPaymentLink({
      ...linkInput,
      amount: { amountMinor: 1500, currency: 'JPY' },
      idempotencyKey: 'jpy',
    });
    await paypal.createPaymentLink({
      ...linkInput,
      amount: { amountMinor: 150_000, currency: 'HUF' },
      idempotencyKey: 'huf',
    });
    const creates = since(start).filter((request) => request.url === '/v2/invoicing/invoices');
    expect(
      creates.map((request) => (request.body as { items: { unit_amount: unknown }[] }).items[0]?.unit_amount),
    ).toEqual([
      { currency_code: 'JPY', value: '1500' },
      { currency_code: 'HUF', value: '1500' },
    ]);
  });

  it('the emulator refuses a body the spec does not allow (an invented field)', async () => {
    const token = await fetch(`${emulator().baseURL}/v1/oauth2/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${testCredentials.clientId}:${testCredentials.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    }).then((response) => response.json() as Promise<{ access_token: string }>);
    const response = await fetch(`${emulator().baseURL}/v2/invoicing/invoices`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ detail: { currency_code: 'MXN' }, invented: true }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      name: 'INVALID_REQUEST',
      details: [{ issue: 'INVALID_PARAMETER_SYNTAX' }],
    });
  });
});

describe('golden requests: order links', () => {
  it('creates an order with intent CAPTURE, the reference in reference_id/custom_id, and PayPal-Request-Id', async () => {
    const paypal = provider({ linkType: 'order' });
    const start = emulator().requests.length;
    const link = await paypal.createPaymentLink(linkInput);
    const create = find(since(start), 'POST', '/v2/checkout/orders');
    expect(create?.body).toEqual({
      intent: 'CAPTURE',
      purchase_units: [
        {
          reference_id: 'INV-2026-0042',
          custom_id: 'INV-2026-0042',
          invoice_id: payPalInvoiceNumber('INV-2026-0042', 'cobro:paypal:INV-2026-0042:1:create'),
          description: 'Factura INV-2026-0042',
          amount: { currency_code: 'MXN', value: '1234.50' },
        },
      ],
      payment_source: {
        paypal: {
          experience_context: {
            shipping_preference: 'NO_SHIPPING',
            user_action: 'PAY_NOW',
            locale: 'es-MX',
            return_url: 'https://shop.example.mx/gracias',
            cancel_url: 'https://shop.example.mx/gracias',
          },
        },
      },
    });
    expect(header(create, 'paypal-request-id')).toBe('cobro-order-cobro:paypal:INV-2026-0042:1:create');
    expect(header(create, 'prefer')).toBe('return=representation');
    expect(validatePayPalRequest('checkout_orders_v2', 'order_request', create?.body)).toEqual([]);
    expect(validatePayPalResponse('checkout_orders_v2', 'order', emulator().orders.get(link.id))).toEqual([]);
    expect(link.url).toBe(`https://www.sandbox.paypal.com/checkoutnow?token=${link.id}`);
    expect(link.expiresAt).toBe('2026-12-15T15:00:00.000Z');

    emulator().approve(link.id);
    const before = emulator().requests.length;
    const payment = await paypal.captureOrder({ orderId: link.id });
    const capture = find(since(before), 'POST', `/v2/checkout/orders/${link.id}/capture`);
    expect(capture?.body).toEqual({});
    expect(header(capture, 'paypal-request-id')).toBe(`cobro-capture-${link.id}`);
    expect(validatePayPalRequest('checkout_orders_v2', 'order_capture_request', capture?.body)).toEqual([]);
    expect(validatePayPalResponse('payments_payment_v2', 'capture', payment.raw)).toEqual([]);
    expect(payment).toMatchObject({ status: 'succeeded', linkId: link.id, invoiceReference: 'INV-2026-0042' });
  });
});
