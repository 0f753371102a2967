import { describe, expect, it } from 'vitest';
import { conektaSpecSource, validateConektaRequest, validateConektaResponse } from './support/conekta-spec';
import { linkInput, useConektaEmulator } from './support/setup';

const { emulator, provider } = useConektaEmulator();

describe(`requests and emulator responses conform to ${conektaSpecSource}`, () => {
  it('every POST /checkouts body the adapter sends validates against the spec `checkout` schema (closed objects)', async () => {
    const conekta = provider();
    const { customer } = linkInput;
    const variants = [
      linkInput,
      {
        ...linkInput,
        customer: { id: customer.id, name: customer.name, locale: 'es-MX', country: 'MX' },
        metadata: undefined,
      },
      { ...linkInput, allowedMethods: ['spei' as const], successUrl: undefined, expiresAt: undefined },
      { ...linkInput, amount: { amountMinor: 2_147_483_647, currency: 'USD' } },
    ];
    const before = emulator().requests.length;
    for (const [index, variant] of variants.entries())
      await conekta.createPaymentLink({ ...variant, idempotencyKey: `spec-${index}` });
    const bodies = emulator()
      .requests.slice(before)
      .map((request) => request.body);
    expect(bodies).toHaveLength(variants.length);
    for (const body of bodies) expect(validateConektaRequest('checkout', body)).toEqual([]);
  });

  it('the refund body validates against `orderRefund_request`', async () => {
    const conekta = provider();
    const link = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'spec-refund' });
    const { order } = emulator().pay(link.id);
    await conekta.refund({
      paymentId: order.id as string,
      amount: { amountMinor: 100, currency: 'MXN' },
      idempotencyKey: 'spec-r',
    });
    const body = emulator().requests.at(-1)?.body;
    expect(body).toEqual({ amount: 100, reason: 'requested_by_client' });
    expect(validateConektaRequest('orderRefund_request', body)).toEqual([]);
    expect(validateConektaResponse('order_response', emulator().orders.get(order.id as string))).toEqual([]);
  });

  it('the validator is not vacuous: a wrong type, a missing field and an invented field all fail', () => {
    const good = emulator().requests.find((request) => request.url === '/checkouts' && request.method === 'POST')
      ?.body as Record<string, unknown>;
    expect(validateConektaRequest('checkout', { ...good, expires_at: '1796148000' })).not.toEqual([]);
    const { order_template: _omitted, ...withoutTemplate } = good;
    expect(validateConektaRequest('checkout', withoutTemplate)).not.toEqual([]);
    expect(validateConektaRequest('checkout', { ...good, idempotency_key: 'x' })).not.toEqual([]);
    expect(validateConektaRequest('orderRefund_request', { amount: 1 })).not.toEqual([]);
  });

  it('emulator responses validate against `checkout_response`, `order_response`, `event_response` and `error`', async () => {
    const conekta = provider();
    const link = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: 'spec-responses' });
    const checkout = emulator().checkouts.get(link.id);
    expect(validateConektaResponse('checkout_response', checkout)).toEqual([]);
    for (const method of ['card', 'cash', 'bank_transfer'] as const) {
      const again = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: `spec-responses-${method}` });
      const { order, webhook } = emulator().pay(again.id, { method });
      expect(validateConektaResponse('order_response', order)).toEqual([]);
      expect(validateConektaResponse('event_response', JSON.parse(webhook.rawBody))).toEqual([]);
    }
    const response = await fetch(`${emulator().baseURL}/orders/ord_none`, {
      headers: { authorization: 'Bearer nope' },
    });
    expect(validateConektaResponse('error', await response.json())).toEqual([]);
  });
});
