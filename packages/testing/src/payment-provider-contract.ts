import {
  ApiCallError,
  type PaymentProviderV1,
  type PaymentProviderV1CreateLinkOptions,
  type PaymentProviderV1PaymentLink,
  WebhookVerificationError,
} from '@cobro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletedPayment, WebhookDelivery } from './in-memory-payment-provider';

/** What an adapter's test gives the payment provider contract: the provider, wired to a fake or sandbox API. */
export interface PaymentProviderContractHarness {
  /** The adapter under test. */
  readonly provider: PaymentProviderV1;
  /** Link options in a currency the provider supports; the kit varies `idempotencyKey` and `invoiceReference`. */
  linkOptions(overrides?: Partial<PaymentProviderV1CreateLinkOptions>): PaymentProviderV1CreateLinkOptions;
  /** Makes the (fake) provider record a payment through `link` and returns its correctly signed webhook delivery. */
  completePayment(link: PaymentProviderV1PaymentLink): Promise<CompletedPayment>;
  /** The header that carries the signature, e.g. `stripe-signature`. */
  readonly signatureHeader: string;
  /** Re-signs a delivery with a key the provider does not trust (wrong secret or key pair). */
  signWithWrongKey?(delivery: WebhookDelivery): Promise<WebhookDelivery>;
  /** Makes the next API call answer with this HTTP status (and a provider-shaped error body). */
  injectError?(status: number): void;
  /** How many links the fake API really created, to prove idempotency. */
  creationCount?(): number;
  /** Secrets that must never appear in an error message (API keys, webhook secrets). */
  readonly secrets: readonly string[];
  /** Stops servers. */
  teardown?(): Promise<void>;
}

/** Options of {@link runPaymentProviderContract}. */
export interface PaymentProviderContractOptions {
  /** Name of the suite, e.g. `stripe (emulator)`. */
  readonly name: string;
  /** Builds the harness once for the suite. */
  readonly setup: () => Promise<PaymentProviderContractHarness>;
  /** Case names to skip, with the reason in your test file. */
  readonly skip?: readonly string[];
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, and it succeeded');
}

function withoutHeader(delivery: WebhookDelivery, name: string): WebhookDelivery {
  const headers = Object.fromEntries(
    Object.entries(delivery.headers).filter(([key]) => key.toLowerCase() !== name.toLowerCase()),
  );
  return { rawBody: delivery.rawBody, headers };
}

/**
 * The payment provider contract: a Vitest suite every `PaymentProviderV1` adapter runs, ours and third parties'.
 * Call it at the top level of a test file. Cases a provider cannot support are skipped from its declared
 * `capabilities` (refunds, link expiry) or the harness (error injection, wrong-key signing), with the reason in
 * the test name.
 */
export function runPaymentProviderContract(options: PaymentProviderContractOptions): void {
  const skip = new Set(options.skip ?? []);
  let harness: PaymentProviderContractHarness;
  let counter = 0;
  const unique = (label: string) => `${label}-${Date.now().toString(36)}-${++counter}`;
  const caseFor = (name: string, run: () => Promise<void>, skipWhen: () => boolean = () => false) =>
    it(name, async (context) => {
      if (skip.has(name) || skipWhen()) context.skip();
      await run();
    });

  describe(`PaymentProviderV1 contract: ${options.name}`, () => {
    beforeAll(async () => {
      harness = await options.setup();
    });
    afterAll(async () => {
      await harness?.teardown?.();
    });

    caseFor('declares spec v1, a provider id and the currency it is tested in', async () => {
      expect(harness.provider.specificationVersion).toBe('v1');
      expect(harness.provider.provider).toMatch(/^[a-z0-9-]+$/);
      const { currency } = harness.linkOptions().amount;
      expect(harness.provider.capabilities.methodsByCurrency[currency]?.length ?? 0).toBeGreaterThan(0);
    });

    caseFor('creates a link for the exact amount and keeps the invoice reference', async () => {
      const options = harness.linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
      const link = await harness.provider.createPaymentLink(options);
      expect(link.id).not.toBe('');
      expect(['http:', 'https:']).toContain(new URL(link.url).protocol);
      expect(link.invoiceReference).toBe(options.invoiceReference);
      expect(link.methods.length).toBeGreaterThan(0);
    });

    caseFor('returns the same link for the same idempotency key, creating it once', async () => {
      const options = harness.linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
      const before = harness.creationCount?.();
      const first = await harness.provider.createPaymentLink(options);
      const second = await harness.provider.createPaymentLink(options);
      expect(second.id).toBe(first.id);
      expect(second.url).toBe(first.url);
      if (before !== undefined) expect(harness.creationCount?.()).toBe(before + 1);
    });

    caseFor('verifies a signed payment webhook and re-fetches the same payment', async () => {
      const options = harness.linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
      const link = await harness.provider.createPaymentLink(options);
      const { paymentId, delivery } = await harness.completePayment(link);
      const event = await harness.provider.parseWebhook(delivery);
      expect(event).toMatchObject({ type: 'payment-succeeded', provider: harness.provider.provider, paymentId });
      if (event.type !== 'payment-succeeded') return;
      expect(event.amount).toEqual(options.amount);
      expect(event.invoiceReference).toBe(options.invoiceReference);
      const payment = await harness.provider.getPayment({ paymentId });
      expect(payment).toMatchObject({
        id: paymentId,
        status: 'succeeded',
        amount: options.amount,
        invoiceReference: options.invoiceReference,
      });
    });

    caseFor('gives a replayed delivery the same event id (so the runtime can deduplicate)', async () => {
      const link = await harness.provider.createPaymentLink(
        harness.linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') }),
      );
      const { delivery } = await harness.completePayment(link);
      const first = await harness.provider.parseWebhook(delivery);
      const again = await harness.provider.parseWebhook(delivery);
      expect(again.eventId).toBe(first.eventId);
    });

    caseFor('refuses a tampered, re-serialised or unsigned delivery before parsing it', async () => {
      const link = await harness.provider.createPaymentLink(
        harness.linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') }),
      );
      const { delivery } = await harness.completePayment(link);
      const tampered = {
        ...delivery,
        rawBody: delivery.rawBody.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10)),
      };
      const reserialised = { ...delivery, rawBody: JSON.stringify(JSON.parse(delivery.rawBody), null, 2) };
      for (const bad of [tampered, reserialised, withoutHeader(delivery, harness.signatureHeader)]) {
        expect(bad.rawBody === delivery.rawBody && bad.headers === delivery.headers).toBe(false);
        const error = await failure(harness.provider.parseWebhook(bad));
        expect(WebhookVerificationError.isInstance(error), String(error)).toBe(true);
      }
      const garbage = await failure(harness.provider.parseWebhook({ rawBody: 'not json', headers: delivery.headers }));
      expect(WebhookVerificationError.isInstance(garbage)).toBe(true);
    });

    caseFor(
      'refuses a delivery signed with the wrong key',
      async () => {
        const link = await harness.provider.createPaymentLink(
          harness.linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') }),
        );
        const { delivery } = await harness.completePayment(link);
        const forged = await harness.signWithWrongKey!(delivery);
        const error = await failure(harness.provider.parseWebhook(forged));
        expect(error).toMatchObject({ reason: 'bad-signature' });
      },
      () => harness.signWithWrongKey === undefined,
    );

    caseFor(
      'refunds a payment once per idempotency key',
      async () => {
        const options = harness.linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') });
        const link = await harness.provider.createPaymentLink(options);
        const { paymentId } = await harness.completePayment(link);
        const refundKey = unique('refund');
        const refund = await harness.provider.refund({ paymentId, idempotencyKey: refundKey });
        const again = await harness.provider.refund({ paymentId, idempotencyKey: refundKey });
        expect(again.id).toBe(refund.id);
        expect(refund.amount).toEqual(options.amount);
        expect(refund.paymentId).toBe(paymentId);
      },
      () => !harness.provider.capabilities.refunds,
    );

    caseFor(
      'expires a link',
      async () => {
        const link = await harness.provider.createPaymentLink(
          harness.linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') }),
        );
        await expect(harness.provider.expirePaymentLink({ linkId: link.id })).resolves.toBeUndefined();
      },
      () => !harness.provider.capabilities.expireLinks,
    );

    caseFor('reports an unknown payment as not-found', async () => {
      const error = await failure(harness.provider.getPayment({ paymentId: unique('missing') }));
      expect(ApiCallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ kind: 'not-found', isRetryable: false });
    });

    caseFor(
      'maps HTTP errors to kinds, retryable only where a retry can help, with no secret in the message',
      async () => {
        const expectations = [
          [401, 'auth', false],
          [429, 'rate-limited', true],
          [503, 'unavailable', true],
          [400, 'invalid-request', false],
        ] as const;
        for (const [status, kind, isRetryable] of expectations) {
          harness.injectError!(status);
          const error = await failure(
            harness.provider.createPaymentLink(
              harness.linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') }),
            ),
          );
          expect(ApiCallError.isInstance(error), String(error)).toBe(true);
          expect(error).toMatchObject({ kind, isRetryable, statusCode: status });
          for (const secret of harness.secrets) expect((error as Error).message).not.toContain(secret);
        }
      },
      () => harness.injectError === undefined,
    );
  });
}
