import { LoadSettingError, WebhookVerificationError } from '@cobro/core';
import { generateConektaWebhookKeyPair, signConektaWebhook } from '@cobro/testing';
import { describe, expect, it } from 'vitest';
import { fixedNow, linkInput, rejectionOf, useConektaEmulator, webhookKeyPair } from './support/setup';

const { emulator, provider } = useConektaEmulator();

async function paidLink(key: string, method: 'card' | 'cash' | 'bank_transfer' = 'card', pending = false) {
  const conekta = provider();
  const link = await conekta.createPaymentLink({ ...linkInput, idempotencyKey: key });
  return { conekta, link, ...emulator().pay(link.id, { method, pending }) };
}

describe('parseWebhook', () => {
  it('verifies the digest on the raw bytes and maps order.paid to payment-succeeded', async () => {
    const { conekta, link, order, webhook } = await paidLink('wh-paid');
    const event = await conekta.parseWebhook({
      rawBody: webhook.rawBody,
      headers: { ...webhook.headers, Digest: undefined },
    });
    const eventId = JSON.parse(webhook.rawBody).id;
    expect(event).toEqual({
      type: 'payment-succeeded',
      eventId,
      provider: 'conekta',
      occurredAt: fixedNow.toISOString(),
      raw: JSON.parse(webhook.rawBody),
      paymentId: order.id,
      amount: { amountMinor: 123_450, currency: 'MXN' },
      invoiceReference: 'INV-2026-0042',
      linkId: link.id,
      method: 'card',
    });
  });

  it('accepts the body as bytes and the header in any case', async () => {
    const { conekta, webhook } = await paidLink('wh-bytes');
    const event = await conekta.parseWebhook({
      rawBody: new TextEncoder().encode(webhook.rawBody),
      headers: { DIGEST: webhook.headers.digest },
    });
    expect(event.type).toBe('payment-succeeded');
  });

  it('maps the OXXO voucher lifecycle: pending_payment → paid, with method oxxo', async () => {
    const { conekta, order, webhook } = await paidLink('wh-oxxo', 'cash', true);
    expect(await conekta.parseWebhook(webhook)).toMatchObject({
      type: 'payment-pending',
      paymentId: order.id,
      method: 'oxxo',
    });
    const paid = emulator().settle(order.id as string);
    expect(await conekta.parseWebhook(paid)).toMatchObject({
      type: 'payment-succeeded',
      paymentId: order.id,
      method: 'oxxo',
    });
  });

  it('maps refunds to the newest refund, expiry to link-expired, and charge events to the order', async () => {
    const { conekta, link, order } = await paidLink('wh-more', 'bank_transfer');
    const paymentId = order.id as string;
    await conekta.refund({ paymentId, amount: { amountMinor: 450, currency: 'MXN' }, idempotencyKey: 'wh-r1' });
    await conekta.refund({ paymentId, amount: { amountMinor: 1_000, currency: 'MXN' }, idempotencyKey: 'wh-r2' });
    const refundedOrder = emulator().orders.get(paymentId)!;
    const refunds = (refundedOrder.charges as { data: { refunds: { data: { id: string }[] } }[] }).data[0]!.refunds
      .data;
    const refundEvent = emulator().emit('order.partially_refunded', refundedOrder);
    expect(await conekta.parseWebhook(refundEvent)).toMatchObject({
      type: 'payment-refunded',
      paymentId,
      amount: { amountMinor: 123_450, currency: 'MXN' },
      refundId: refunds[1]!.id,
      amountRefunded: { amountMinor: 1_000, currency: 'MXN' },
      invoiceReference: 'INV-2026-0042',
      method: 'spei',
    });
    const charge = (refundedOrder.charges as { data: Record<string, unknown>[] }).data[0]!;
    expect(await conekta.parseWebhook(emulator().emit('charge.refunded', charge))).toMatchObject({
      type: 'payment-refunded',
      paymentId,
      refundId: refunds[1]!.id,
      amountRefunded: { amountMinor: 1_000, currency: 'MXN' },
    });
    const expired = await conekta.parseWebhook(
      emulator().emit('order.expired', { ...order, payment_status: 'expired' }),
    );
    expect(expired).toEqual({
      type: 'link-expired',
      eventId: expect.any(String),
      provider: 'conekta',
      occurredAt: fixedNow.toISOString(),
      raw: expect.any(Object),
      linkId: link.id,
      invoiceReference: 'INV-2026-0042',
    });
    const { checkout: _checkout, ...withoutLink } = order;
    expect(await conekta.parseWebhook(emulator().emit('order.expired', withoutLink))).toMatchObject({
      type: 'payment-failed',
      paymentId,
      failureReason: 'expired',
    });
    expect(await conekta.parseWebhook(emulator().emit('charge.paid', charge))).toMatchObject({
      type: 'payment-succeeded',
      paymentId,
      amount: { amountMinor: 123_450, currency: 'MXN' },
      method: 'spei',
    });
    const declinedCharge = {
      ...charge,
      status: 'declined',
      failure_code: 'suspected_fraud',
      failure_message: 'Este cargo ha sido declinado.',
    };
    expect(await conekta.parseWebhook(emulator().emit('charge.declined', declinedCharge))).toMatchObject({
      type: 'payment-failed',
      paymentId,
      failureReason: 'Este cargo ha sido declinado.',
    });
    expect(
      await conekta.parseWebhook(emulator().emit('order.declined', { ...order, payment_status: 'declined' })),
    ).toMatchObject({
      type: 'payment-failed',
      paymentId,
      failureReason: 'order.declined',
    });
  });

  it('acknowledges unknown types and unreadable objects as unsupported', async () => {
    const conekta = provider();
    const ping = emulator().sign({
      id: 'evt_ping',
      object: 'event',
      type: 'webhook_ping',
      created_at: 1_700_000_000,
      data: { action: 'ping' },
    });
    expect(await conekta.parseWebhook(ping)).toMatchObject({
      type: 'unsupported',
      eventId: 'evt_ping',
      providerEventType: 'webhook_ping',
    });
    const odd = emulator().sign({
      id: 'evt_odd',
      type: 'order.paid',
      created_at: 1_700_000_000,
      data: { object: { id: 'ord_1' } },
    });
    expect(await conekta.parseWebhook(odd)).toMatchObject({ type: 'unsupported', eventId: 'evt_odd' });
  });

  it('deduplicates on the event id: a redelivery is marked duplicate', async () => {
    const { webhook } = await paidLink('wh-dup');
    const conekta = provider();
    const first = await conekta.parseWebhook(webhook);
    const second = await conekta.parseWebhook(webhook);
    expect(first).not.toHaveProperty('duplicate');
    expect(second).toEqual({ ...first, duplicate: true });
    const withoutDedupe = provider({ eventDeduplicationSize: 0 });
    await withoutDedupe.parseWebhook(webhook);
    expect(await withoutDedupe.parseWebhook(webhook)).not.toHaveProperty('duplicate');
  });

  it('refuses tampering, re-serialisation, another key and missing digests, before parsing', async () => {
    const { conekta, webhook } = await paidLink('wh-bad');
    const reasons: string[] = [];
    const attempt = async (rawBody: string, headers: Record<string, string | undefined>) => {
      const error = await conekta.parseWebhook({ rawBody, headers }).catch((caught: unknown) => caught);
      expect(WebhookVerificationError.isInstance(error)).toBe(true);
      reasons.push((error as WebhookVerificationError).reason);
    };
    await attempt(webhook.rawBody.replace('123450', '1'), webhook.headers);
    await attempt(JSON.stringify(JSON.parse(webhook.rawBody), null, 2), webhook.headers);
    const forged = signConektaWebhook({
      body: webhook.rawBody,
      privateKey: generateConektaWebhookKeyPair().privateKey,
    });
    await attempt(forged.rawBody, forged.headers);
    await attempt(webhook.rawBody, {});
    await attempt('not json at all', { digest: 'AAAA' });
    expect(reasons).toEqual(['bad-signature', 'bad-signature', 'bad-signature', 'missing-header', 'bad-signature']);
  });

  it('a validly signed body that is not an event is malformed-body', async () => {
    const conekta = provider();
    for (const body of ['[1,2]', '{"type":"order.paid"}', 'nope']) {
      const signed = signConektaWebhook({ body, privateKey: webhookKeyPair.privateKey });
      const error = await rejectionOf<WebhookVerificationError>(conekta.parseWebhook(signed));
      expect([body, error.reason]).toEqual([body, 'malformed-body']);
    }
  });

  it('without a webhook public key, parseWebhook names the setting and the variable', async () => {
    const previous = process.env.CONEKTA_WEBHOOK_PUBLIC_KEY;
    delete process.env.CONEKTA_WEBHOOK_PUBLIC_KEY;
    try {
      const { webhook } = await paidLink('wh-nokey');
      const error = await rejectionOf<LoadSettingError>(
        provider({ webhookPublicKey: undefined }).parseWebhook(webhook),
      );
      expect(LoadSettingError.isInstance(error)).toBe(true);
      expect(error.message).toContain('CONEKTA_WEBHOOK_PUBLIC_KEY');
    } finally {
      if (previous !== undefined) process.env.CONEKTA_WEBHOOK_PUBLIC_KEY = previous;
    }
  });
});
