import { ApiCallError, ValidationError, WebhookVerificationError } from '@cobro/core';
import { createInMemoryPaymentProviderHarness } from '@cobro/testing';
import { describe, expect, it } from 'vitest';

const webhookSecret = 'whsec_details';
const fixedNow = new Date('2026-03-02T10:00:00.000Z');

function setup() {
  const harness = createInMemoryPaymentProviderHarness({ webhookSecret, now: () => fixedNow });
  return { harness, provider: harness.provider };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('in-memory payment provider details', () => {
  it('signs the exact bytes, so a non-ASCII body verifies from bytes and fails once one byte changes', async () => {
    const { provider } = setup();
    const delivery = await provider.sign({
      type: 'unsupported',
      eventId: 'evt_1',
      provider: 'in-memory',
      occurredAt: fixedNow.toISOString(),
      providerEventType: 'customer.updated',
      note: 'Señora Núñez — 💐',
    });
    const bytes = new TextEncoder().encode(delivery.rawBody);
    await expect(provider.parseWebhook({ rawBody: bytes, headers: delivery.headers })).resolves.toMatchObject({
      type: 'unsupported',
      providerEventType: 'customer.updated',
    });
    const flipped = bytes.slice();
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] ?? 0) ^ 1;
    const error = await rejection(provider.parseWebhook({ rawBody: flipped, headers: delivery.headers }));
    expect(WebhookVerificationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'bad-signature' });
  });

  it('refuses a correctly signed delivery older than the tolerance, and a malformed header', async () => {
    const { provider } = setup();
    const old = await provider.sign({ type: 'x', eventId: 'e' }, { timestamp: fixedNow.getTime() / 1000 - 301 });
    expect(await rejection(provider.parseWebhook(old))).toMatchObject({ reason: 'expired' });
    const malformed = { rawBody: old.rawBody, headers: { 'X-Cobro-Signature': 'v1=abc' } };
    expect(await rejection(provider.parseWebhook(malformed))).toMatchObject({ reason: 'malformed-header' });
  });

  it('refuses an unsupported currency and a fractional amount with per-field issues', async () => {
    const { harness, provider } = setup();
    const error = await rejection(
      provider.createPaymentLink(harness.linkOptions({ amount: { amountMinor: 10.5, currency: 'JPY' } })),
    );
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      'amount.currency',
      'amount.amountMinor',
    ]);
  });

  it('answers an idempotency key reused with other parameters with an idempotency-conflict', async () => {
    const { harness, provider } = setup();
    await provider.createPaymentLink(harness.linkOptions({ idempotencyKey: 'k' }));
    const error = await rejection(
      provider.createPaymentLink(harness.linkOptions({ idempotencyKey: 'k', invoiceReference: 'inv-2' })),
    );
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'idempotency-conflict', statusCode: 409 });
  });

  it('stops an expired link from taking payments', async () => {
    const { harness, provider } = setup();
    const link = await provider.createPaymentLink(harness.linkOptions());
    await provider.expirePaymentLink({ linkId: link.id });
    await expect(provider.completePayment(link.id)).rejects.toThrow(/no longer active/);
  });

  it('never refunds more than was paid', async () => {
    const { harness, provider } = setup();
    const link = await provider.createPaymentLink(harness.linkOptions());
    const { paymentId } = await provider.completePayment(link.id);
    await provider.refund({ paymentId, amount: { amountMinor: 100_000, currency: 'MXN' }, idempotencyKey: 'r1' });
    const error = await rejection(
      provider.refund({ paymentId, amount: { amountMinor: 23_451, currency: 'MXN' }, idempotencyKey: 'r2' }),
    );
    expect(error).toMatchObject({ kind: 'invalid-request' });
    await expect(provider.getPayment({ paymentId })).resolves.toMatchObject({
      status: 'partially_refunded',
      amountRefunded: { amountMinor: 100_000, currency: 'MXN' },
    });
  });
});
