import { WebhookVerificationError } from '@cobro/core';
import { expect } from 'vitest';
import { type ContractContext, failure, withoutHeader } from './payment-contract-context';

/** Cases about webhook verification, normalisation, replays and ordering. */
export function webhookCases({ harness, unique, contractCase }: ContractContext): void {
  const paidLink = async () => {
    const options = harness().linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
    const link = await harness().provider.createPaymentLink(options);
    return { options, link, ...(await harness().completePayment(link)) };
  };

  contractCase('verifies a signed payment webhook and re-fetches the same payment', async () => {
    const { options, paymentId, delivery } = await paidLink();
    const event = await harness().provider.parseWebhook(delivery);
    expect(event).toMatchObject({ type: 'payment-succeeded', provider: harness().provider.provider, paymentId });
    if (event.type !== 'payment-succeeded') throw new Error(`unexpected ${event.type}`);
    expect(event.amount).toEqual(options.amount);
    expect(event.invoiceReference).toBe(options.invoiceReference);
    expect(Number.isNaN(Date.parse(event.occurredAt))).toBe(false);
    const payment = await harness().provider.getPayment({ paymentId });
    expect(payment).toMatchObject({
      id: paymentId,
      status: 'succeeded',
      amount: event.amount,
      invoiceReference: event.invoiceReference,
    });
  });

  contractCase('verifies the raw body given as bytes as well as a string', async () => {
    const { delivery } = await paidLink();
    const fromText = await harness().provider.parseWebhook(delivery);
    const fromBytes = await harness().provider.parseWebhook({
      rawBody: new TextEncoder().encode(delivery.rawBody),
      headers: delivery.headers,
    });
    expect(fromBytes.eventId).toBe(fromText.eventId);
  });

  contractCase('gives a replayed delivery the same event id (so the runtime can deduplicate)', async () => {
    const { delivery } = await paidLink();
    const first = await harness().provider.parseWebhook(delivery);
    const again = await harness().provider.parseWebhook(delivery);
    expect(again.eventId).toBe(first.eventId);
    expect(again.type).toBe(first.type);
  });

  contractCase(
    'refuses a tampered or re-serialised body before parsing it',
    async () => {
      const { delivery } = await paidLink();
      const tampered = {
        ...delivery,
        rawBody: delivery.rawBody.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10)),
      };
      const reserialised = { ...delivery, rawBody: JSON.stringify(JSON.parse(delivery.rawBody), null, 2) };
      expect(tampered.rawBody).not.toBe(delivery.rawBody);
      expect(reserialised.rawBody).not.toBe(delivery.rawBody);
      for (const bad of [tampered, reserialised]) {
        const error = await failure(harness().provider.parseWebhook(bad));
        expect(WebhookVerificationError.isInstance(error), String(error)).toBe(true);
      }
    },
    { reason: 'the signature does not cover the body (harness.signsBody: false)', unmet: (h) => h.signsBody === false },
  );

  contractCase('refuses an unsigned or unreadable delivery before parsing it', async () => {
    const { delivery } = await paidLink();
    const unsigned = withoutHeader(delivery, harness().signatureHeader);
    expect(Object.keys(unsigned.headers).length).toBeLessThan(Object.keys(delivery.headers).length);
    const error = await failure(harness().provider.parseWebhook(unsigned));
    expect(WebhookVerificationError.isInstance(error), String(error)).toBe(true);
    const garbage = await failure(harness().provider.parseWebhook({ rawBody: 'not json', headers: delivery.headers }));
    expect(WebhookVerificationError.isInstance(garbage), String(garbage)).toBe(true);
  });

  contractCase(
    'refuses a delivery signed with the wrong secret',
    async () => {
      const { delivery } = await paidLink();
      const forged = await harness().signWithWrongKey!(delivery);
      expect(forged.rawBody).toBe(delivery.rawBody);
      const error = await failure(harness().provider.parseWebhook(forged));
      expect(WebhookVerificationError.isInstance(error), String(error)).toBe(true);
      expect(error).toMatchObject({ reason: 'bad-signature' });
    },
    { reason: 'needs harness.signWithWrongKey', unmet: (h) => h.signWithWrongKey === undefined },
  );

  contractCase(
    'parses a refund delivered before the payment it refunds (out of order)',
    async () => {
      const { options, link, paymentId, delivery } = await paidLink();
      const refundDelivery = await harness().signedDelivery!('payment-refunded', {
        link,
        paymentId,
        amount: options.amount,
      });
      const refunded = await harness().provider.parseWebhook(refundDelivery);
      expect(refunded).toMatchObject({ type: 'payment-refunded', paymentId });
      if (refunded.type !== 'payment-refunded') throw new Error(`unexpected ${refunded.type}`);
      expect(refunded.amountRefunded).toEqual(options.amount);
      expect(refunded.refundId).not.toBe('');
      const succeeded = await harness().provider.parseWebhook(delivery);
      expect(succeeded).toMatchObject({ type: 'payment-succeeded', paymentId });
      expect(succeeded.eventId).not.toBe(refunded.eventId);
    },
    { reason: 'needs harness.signedDelivery', unmet: (h) => h.signedDelivery === undefined },
  );

  contractCase(
    'normalises failed-payment and link-expired deliveries',
    async () => {
      const options = harness().linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
      const link = await harness().provider.createPaymentLink(options);
      const failed = await harness().provider.parseWebhook(
        await harness().signedDelivery!('payment-failed', { link, amount: options.amount }),
      );
      expect(failed.type).toBe('payment-failed');
      const expired = await harness().provider.parseWebhook(
        await harness().signedDelivery!('link-expired', { link, amount: options.amount }),
      );
      expect(expired).toMatchObject({ type: 'link-expired', linkId: link.id });
    },
    { reason: 'needs harness.signedDelivery', unmet: (h) => h.signedDelivery === undefined },
  );
}
