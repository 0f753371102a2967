import { inspect } from 'node:util';
import { ApiCallError, ValidationError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { fixedNow, linkInput, rejectionOf, testPrivateKey, useConektaEmulator } from './support/setup';

const { emulator, provider } = useConektaEmulator();

describe('createPaymentLink (golden request)', () => {
  it('POSTs exactly this body and these headers to /checkouts', async () => {
    const conekta = provider();
    const before = emulator().requests.length;
    const link = await conekta.createPaymentLink(linkInput);
    const sent = emulator().requests.slice(before);
    expect(sent).toHaveLength(1);
    const request = sent[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/checkouts');
    expect(request.headers.authorization).toBe(`Bearer ${testPrivateKey}`);
    expect(request.headers.accept).toBe('application/vnd.conekta-v2.3.0+json');
    expect(request.headers['accept-language']).toBe('en');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['user-agent']).toMatch(/^cobro-conekta\//);
    expect(request.headers['idempotency-key']).toBeUndefined();
    expect(request.rawBody).toBe(
      JSON.stringify({
        name: 'Factura INV-2026-0042',
        type: 'PaymentLink',
        recurrent: false,
        expires_at: 1796148000,
        allowed_payment_methods: ['card', 'cash', 'bank_transfer'],
        needs_shipping_contact: false,
        success_url: 'https://shop.example.mx/gracias',
        order_template: {
          currency: 'MXN',
          line_items: [{ name: 'Factura INV-2026-0042', unit_price: 123450, quantity: 1 }],
          customer_info: { name: 'Jorge López', email: 'jorge@example.mx', phone: '+525512345678' },
          metadata: {
            tenant: 'acme',
            cobro_invoice_reference: 'INV-2026-0042',
            cobro_attempt: '1',
            cobro_idempotency_key: 'cobro:conekta:INV-2026-0042:1:create',
          },
        },
      }),
    );
    const checkout = emulator().checkouts.get(link.id)!;
    expect(link).toEqual({
      id: checkout.id,
      url: `https://pay.conekta.com/link/${checkout.slug}`,
      expiresAt: '2026-12-01T18:00:00.000Z',
      reusable: false,
      methods: ['card', 'oxxo', 'spei'],
      invoiceReference: 'INV-2026-0042',
    });
  });

  it('applies the defaults: settings methods, 30-day expiry, no customer_info without an email', async () => {
    const conekta = provider({ allowedMethods: ['oxxo'], language: 'es', apiVersion: '2.2.0' });
    const before = emulator().requests.length;
    const { customer } = linkInput;
    const link = await conekta.createPaymentLink({
      ...linkInput,
      customer: {
        id: customer.id,
        name: customer.name,
        phone: customer.phone,
        locale: customer.locale,
        country: customer.country,
      },
      expiresAt: undefined,
      successUrl: undefined,
      metadata: undefined,
      idempotencyKey: 'defaults-1',
    });
    const request = emulator().requests[before]!;
    expect(request.headers.accept).toBe('application/vnd.conekta-v2.2.0+json');
    expect(request.headers['accept-language']).toBe('es');
    expect(request.body).toEqual({
      name: 'Factura INV-2026-0042',
      type: 'PaymentLink',
      recurrent: false,
      expires_at: fixedNow.getTime() / 1000 + 30 * 86_400,
      allowed_payment_methods: ['cash'],
      needs_shipping_contact: false,
      order_template: {
        currency: 'MXN',
        line_items: [{ name: 'Factura INV-2026-0042', unit_price: 123450, quantity: 1 }],
        metadata: {
          cobro_invoice_reference: 'INV-2026-0042',
          cobro_attempt: '1',
          cobro_idempotency_key: 'defaults-1',
        },
      },
    });
    expect(link.methods).toEqual(['oxxo']);
    expect(link.expiresAt).toBe('2026-12-24T00:00:00.000Z');
  });

  it('refuses bad input with every field named, before any request', async () => {
    const conekta = provider();
    const before = emulator().requests.length;
    const error = await conekta
      .createPaymentLink({
        ...linkInput,
        amount: { amountMinor: 0, currency: 'MXN' },
        description: 'x',
        allowedMethods: ['pix'],
        expiresAt: 'next week',
        metadata: { cobro_attempt: '9' },
        idempotencyKey: 'bad-1',
      })
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      'amount.amountMinor',
      'allowedMethods[0]',
      'description',
      'expiresAt',
      'metadata.cobro_attempt',
    ]);
    expect(emulator().requests.length).toBe(before);
  });

  it("passes an expiry inside Conekta's 5 minutes – 365 days unchanged, and clamps one outside (a minute inside)", async () => {
    const conekta = provider();
    const nowSeconds = fixedNow.getTime() / 1000;
    const at = (seconds: number) => new Date((nowSeconds + seconds) * 1000).toISOString();
    const cases = [
      [300, 300],
      [299, 360],
      [-86_400, 360],
      [365 * 86_400, 365 * 86_400],
      [365 * 86_400 + 1, 365 * 86_400 - 60],
    ] as const;
    for (const [requested, expected] of cases) {
      const before = emulator().requests.length;
      const link = await conekta.createPaymentLink({
        ...linkInput,
        expiresAt: at(requested),
        idempotencyKey: `edge-${requested}`,
      });
      const sent = (emulator().requests[before]!.body as { expires_at: number }).expires_at;
      expect([requested, sent - nowSeconds, link.expiresAt]).toEqual([requested, expected, at(expected)]);
    }
  });

  it('offers only cards in dollars and refuses OXXO/SPEI there; other currencies are refused', async () => {
    const conekta = provider();
    const usd = { ...linkInput, amount: { amountMinor: 5_000, currency: 'USD' } };
    const link = await conekta.createPaymentLink({ ...usd, idempotencyKey: 'usd-1' });
    expect(link.methods).toEqual(['card']);
    const spei = await rejectionOf<ValidationError>(
      conekta.createPaymentLink({ ...usd, allowedMethods: ['card', 'spei'], idempotencyKey: 'usd-2' }),
    );
    expect(spei.issues).toEqual([
      { path: 'allowedMethods[1]', message: 'Conekta cannot take "spei" here; it offers card' },
    ]);
    const eur = await rejectionOf<ValidationError>(
      conekta.createPaymentLink({
        ...linkInput,
        amount: { amountMinor: 5_000, currency: 'EUR' },
        idempotencyKey: 'eur-1',
      }),
    );
    expect(eur.issues.map((issue) => issue.path)).toEqual(['amount.currency']);
  });

  it('refuses settings it cannot honour', () => {
    const error = (() => {
      try {
        provider({ allowedMethods: ['pix'], apiVersion: 'latest', defaultLinkTtlSeconds: 60 });
      } catch (caught) {
        return caught as ValidationError;
      }
    })();
    expect(error?.issues.map((issue) => issue.path)).toEqual([
      'apiVersion',
      'defaultLinkTtlSeconds',
      'allowedMethods[0]',
    ]);
  });
});

describe('idempotency (client-side guard: Conekta has no idempotency header)', () => {
  it('a repeat with the same key returns the same link without a second POST; a different request is a conflict', async () => {
    const conekta = provider();
    const before = emulator().requests.length;
    const [first, second] = await Promise.all([
      conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'same-key' }),
      conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'same-key' }),
    ]);
    const third = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'same-key' });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(emulator().requests.length - before).toBe(1);
    const conflict = await conekta
      .createPaymentLink({ ...linkInput, amount: { amountMinor: 1, currency: 'MXN' }, idempotencyKey: 'same-key' })
      .catch((caught: unknown) => caught);
    expect(ApiCallError.isInstance(conflict)).toBe(true);
    expect((conflict as ApiCallError).kind).toBe('idempotency-conflict');
    expect((conflict as ApiCallError).isRetryable).toBe(false);
  });

  it('after a connection lost mid-request, finds the checkout by the key in its metadata instead of creating another', async () => {
    const conekta = provider();
    const before = emulator().checkouts.size;
    // Conekta creates the checkout, then the connection drops before the answer arrives.
    emulator().failNext({ status: 0, dropResponse: true });
    const link = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'lost-response' });
    expect(emulator().checkouts.size).toBe(before + 1);
    expect(emulator().checkouts.get(link.id)?.metadata).toMatchObject({ cobro_idempotency_key: 'lost-response' });
    expect(emulator().requests.at(-1)?.url).toBe('/checkouts?limit=50');
  });

  it('after a lost response with no checkout found, the ambiguous error surfaces and is not retryable', async () => {
    const conekta = provider();
    emulator().failNext({ status: 0, destroy: true });
    const error = await conekta
      .createPaymentLink({ ...linkInput, idempotencyKey: 'lost-for-good' })
      .catch((caught: unknown) => caught);
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).kind).toBe('ambiguous');
    expect((error as ApiCallError).isRetryable).toBe(false);
    expect(inspect(error, { depth: 10 })).not.toContain(testPrivateKey);
  });
});

describe('getPayment, expirePaymentLink, refund', () => {
  it('reads a paid order: status, exact cents, invoice reference, link, method, paid time', async () => {
    const conekta = provider();
    const link = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'pay-1' });
    const { order } = emulator().pay(link.id, { method: 'cash' });
    const before = emulator().requests.length;
    const payment = await conekta.getPayment({ paymentId: order.id as string });
    expect(emulator().requests[before]).toMatchObject({ method: 'GET', url: `/orders/${order.id}`, rawBody: '' });
    expect(payment).toEqual({
      id: order.id,
      status: 'succeeded',
      amount: { amountMinor: 123_450, currency: 'MXN' },
      amountRefunded: { amountMinor: 0, currency: 'MXN' },
      invoiceReference: 'INV-2026-0042',
      linkId: link.id,
      method: 'oxxo',
      paidAt: fixedNow.toISOString(),
      raw: order,
    });
  });

  it('reads a pending SPEI order as pending, and paid once settled', async () => {
    const conekta = provider();
    const link = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'spei-1' });
    const { order } = emulator().pay(link.id, { method: 'bank_transfer', pending: true });
    expect(await conekta.getPayment({ paymentId: order.id as string })).toMatchObject({
      status: 'pending',
      method: 'spei',
    });
    emulator().settle(order.id as string);
    expect(await conekta.getPayment({ paymentId: order.id as string })).toMatchObject({ status: 'succeeded' });
  });

  it('cancels a link with PUT /checkouts/{id}/cancel and no body', async () => {
    const conekta = provider();
    const link = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'cancel-1' });
    const before = emulator().requests.length;
    await conekta.expirePaymentLink({ linkId: link.id });
    expect(emulator().requests[before]).toMatchObject({
      method: 'PUT',
      url: `/checkouts/${link.id}/cancel`,
      rawBody: '',
    });
    expect(emulator().requests[before]?.headers['content-type']).toBeUndefined();
    expect(emulator().checkouts.get(link.id)?.status).toBe('Cancelled');
  });

  it('refunds part, then the rest, with exact bodies; a repeated key does not refund twice', async () => {
    const conekta = provider();
    const link = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'refund-link' });
    const { order } = emulator().pay(link.id);
    const paymentId = order.id as string;
    const before = emulator().requests.length;
    const partial = await conekta.refund({
      paymentId,
      amount: { amountMinor: 23_450, currency: 'MXN' },
      idempotencyKey: 'r1',
      reason: 'requested_by_client',
    });
    const again = await conekta.refund({
      paymentId,
      amount: { amountMinor: 23_450, currency: 'MXN' },
      idempotencyKey: 'r1',
      reason: 'requested_by_client',
    });
    expect(again).toEqual(partial);
    const posts = emulator()
      .requests.slice(before)
      .filter((request) => request.method === 'POST');
    expect(posts.map((request) => [request.url, request.rawBody])).toEqual([
      [`/orders/${paymentId}/refunds`, '{"amount":23450,"reason":"requested_by_client"}'],
    ]);
    expect(partial).toMatchObject({ paymentId, amount: { amountMinor: 23_450, currency: 'MXN' }, status: 'succeeded' });
    expect(await conekta.getPayment({ paymentId })).toMatchObject({
      status: 'partially_refunded',
      amountRefunded: { amountMinor: 23_450, currency: 'MXN' },
    });
    const rest = await conekta.refund({ paymentId, idempotencyKey: 'r2' });
    expect(emulator().requests.at(-1)?.rawBody).toBe('{"amount":100000,"reason":"requested_by_client"}');
    expect(rest.amount).toEqual({ amountMinor: 100_000, currency: 'MXN' });
    expect(rest.id).not.toBe(partial.id);
    expect(await conekta.getPayment({ paymentId })).toMatchObject({ status: 'refunded' });
    const nothingLeft = await conekta.refund({ paymentId, idempotencyKey: 'r3' }).catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(nothingLeft)).toBe(true);
  });

  it('after a refund whose answer was lost, finds the refund on the order instead of failing or refunding again', async () => {
    const conekta = provider();
    const link = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'refund-lost-link' });
    const paymentId = emulator().pay(link.id).order.id as string;
    // The order read comes first (served as is); then Conekta makes the refund but the answer is lost.
    emulator().failNext({ status: 200, body: emulator().orders.get(paymentId) });
    emulator().failNext({ status: 0, dropResponse: true });
    const refund = await conekta.refund({
      paymentId,
      amount: { amountMinor: 5_000, currency: 'MXN' },
      idempotencyKey: 'lost-r',
    });
    const order = emulator().orders.get(paymentId)!;
    expect(order.amount_refunded).toBe(5_000);
    const refunds = (order.charges as { data: { refunds: { data: { id: string }[] } }[] }).data[0]!.refunds.data;
    expect(refunds).toHaveLength(1);
    expect(refund).toMatchObject({
      id: refunds[0]!.id,
      amount: { amountMinor: 5_000, currency: 'MXN' },
      status: 'succeeded',
    });
  });

  it('a refund lost before it reached Conekta surfaces as ambiguous, never retried blindly', async () => {
    const conekta = provider();
    const link = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'refund-never-link' });
    const paymentId = emulator().pay(link.id).order.id as string;
    const requests = emulator().requests.length;
    // The order read comes first (served as is), then the refund POST is dropped before Conekta handles it.
    emulator().failNext({ status: 200, body: emulator().orders.get(paymentId) });
    emulator().failNext({ status: 0, destroy: true });
    const error = await rejectionOf<ApiCallError>(
      conekta.refund({ paymentId, amount: { amountMinor: 5_000, currency: 'MXN' }, idempotencyKey: 'never-r' }),
    );
    expect([error.kind, error.isRetryable]).toEqual(['ambiguous', false]);
    expect(emulator().orders.get(paymentId)?.amount_refunded).toBe(0);
    expect(emulator().requests.length - requests).toBe(3);
  });
});
