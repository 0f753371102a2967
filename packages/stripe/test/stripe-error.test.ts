import { inspect } from 'node:util';
import { ApiCallError, LoadSettingError, ValidationError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { scrubStripeMessage, toStripeApiCallError } from '../src/stripe-error';
import { createStripe } from '../src/stripe-provider';
import { linkInput, rejectionOf, testSecretKey, testWebhookSecret, useStripeEmulator } from './support/setup';

const { emulator, provider } = useStripeEmulator();

describe('Stripe error bodies → ApiCallError', () => {
  const cases = [
    [401, { type: 'invalid_request_error', code: 'api_key_invalid' }, 'auth', false, 'api_key_invalid'],
    [
      400,
      { type: 'invalid_request_error', code: 'parameter_missing', param: 'line_items' },
      'invalid-request',
      false,
      'parameter_missing',
    ],
    [
      402,
      { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' },
      'declined',
      false,
      'insufficient_funds',
    ],
    [404, { type: 'invalid_request_error', code: 'resource_missing' }, 'not-found', false, 'resource_missing'],
    [429, { type: 'invalid_request_error', code: 'rate_limit' }, 'rate-limited', true, 'rate_limit'],
    [400, { type: 'idempotency_error' }, 'idempotency-conflict', false, 'idempotency_error'],
    [409, { type: 'idempotency_error' }, 'idempotency-conflict', false, 'idempotency_error'],
    [409, { type: 'invalid_request_error', code: 'lock_timeout' }, 'conflict', false, 'lock_timeout'],
    [403, { type: 'invalid_request_error', code: 'secret_key_required' }, 'permission', false, 'secret_key_required'],
    [500, { type: 'api_error' }, 'unavailable', true, 'api_error'],
    [503, undefined, 'unavailable', true, undefined],
  ] as const;
  it.each(cases)('HTTP %i %j → %s (retryable %s, code %s)', (status, error, kind, isRetryable, providerCode) => {
    const mapped = toStripeApiCallError({
      status,
      body: error ? { error: { ...error, message: 'Something happened.' } } : '<html>Bad gateway</html>',
      headers: { 'request-id': 'req_abc123', ...(status === 429 ? { 'retry-after': '2' } : {}) },
      operation: 'create the payment link',
    });
    expect(mapped).toMatchObject({
      provider: 'stripe',
      kind,
      isRetryable,
      statusCode: status,
      providerCode,
      requestId: 'req_abc123',
    });
    if (status === 429) expect(mapped.retryAfterMs).toBe(2000);
    expect(mapped.message).toMatch(/^Stripe could not create the payment link: /);
  });

  it('scrubs keys, webhook secrets, bearer tokens and free-standing long numbers, but not object ids', () => {
    const text = scrubStripeMessage(
      `Invalid API Key provided: ${testSecretKey} (Bearer rk_live_abc) secret ${testWebhookSecret} card 4242424242424242 phone +525512345678 id cs_test_a1000000000000b`,
    );
    for (const secret of [testSecretKey, 'rk_live_abc', testWebhookSecret, '4242424242424242', '+525512345678']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('cs_test_a1000000000000b');
  });
});

describe('errors through the emulator', () => {
  it('carries Stripe message, param, request id and Retry-After, never the key', async () => {
    emulator().failNext({
      status: 400,
      body: {
        error: {
          type: 'invalid_request_error',
          code: 'parameter_invalid',
          param: 'unit_amount',
          message: `Bad key ${testSecretKey}`,
        },
      },
      headers: { 'request-id': 'req_injected' },
    });
    const error = await rejectionOf<ApiCallError>(
      provider().createPaymentLink({ ...linkInput, idempotencyKey: 'err-1' }),
    );
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      kind: 'invalid-request',
      requestId: 'req_injected',
      providerCode: 'parameter_invalid',
    });
    expect(error.message).toContain('(unit_amount)');
    expect(`${error.message} ${inspect(error, { depth: 5 })}`).not.toContain(testSecretKey);
  });

  it('reports a wrong key as auth and a missing object as not-found, with the emulator request id', async () => {
    const wrong = await rejectionOf<ApiCallError>(
      provider({ secretKey: 'sk_test_wrongKey000' }).createPaymentLink({ ...linkInput, idempotencyKey: 'err-2' }),
    );
    expect(wrong).toMatchObject({ kind: 'auth', statusCode: 401, providerCode: 'api_key_invalid' });
    expect(wrong.requestId).toMatch(/^req_/);
    expect(wrong.message).not.toContain('sk_test_wrongKey000');
    const missing = await rejectionOf<ApiCallError>(provider().getPayment({ paymentId: 'pi_doesNotExist' }));
    expect(missing).toMatchObject({ kind: 'not-found', statusCode: 404, providerCode: 'resource_missing' });
  });

  it('turns a reset connection on a keyed POST into a retryable network error without the key', async () => {
    emulator().failNext({ kind: 'reset' });
    const error = await rejectionOf<ApiCallError>(
      provider().createPaymentLink({ ...linkInput, idempotencyKey: 'err-3' }),
    );
    expect(error).toMatchObject({ kind: 'network', isRetryable: true });
    expect(`${error.message} ${inspect(error, { depth: 5 })}`).not.toContain(testSecretKey);
    // The retry with the same key goes through and creates the link once.
    const before = emulator().counts().paymentLinks;
    await provider().createPaymentLink({ ...linkInput, idempotencyKey: 'err-3' });
    await provider().createPaymentLink({ ...linkInput, idempotencyKey: 'err-3' });
    expect(emulator().counts().paymentLinks).toBe(before + 1);
  });

  it('reports reusing a key with other parameters as idempotency-conflict', async () => {
    await provider().createPaymentLink({ ...linkInput, idempotencyKey: 'err-4' });
    const error = await rejectionOf<ApiCallError>(
      provider().createPaymentLink({
        ...linkInput,
        amount: { amountMinor: 1, currency: 'MXN' },
        idempotencyKey: 'err-4',
      }),
    );
    expect(error).toMatchObject({ kind: 'idempotency-conflict', statusCode: 400, providerCode: 'idempotency_error' });
  });
});

describe('input and settings validation (before any request)', () => {
  it('refuses a method the currency does not allow, an unsupported currency and reserved metadata, naming each', async () => {
    const before = emulator().requests.length;
    const error = await rejectionOf<ValidationError>(
      provider().createPaymentLink({
        ...linkInput,
        amount: { amountMinor: 1_000, currency: 'USD' },
        allowedMethods: ['card', 'oxxo', 'pix'],
        metadata: { cobro_attempt: '9' },
        description: ' ',
        idempotencyKey: 'bad-1',
      }),
    );
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'allowedMethods[1]',
      'allowedMethods[2]',
      'metadata.cobro_attempt',
      'description',
    ]);
    expect(error.message).toContain('oxxo is not available in USD');
    const currency = await rejectionOf<ValidationError>(
      provider().createPaymentLink({
        ...linkInput,
        amount: { amountMinor: 1_000, currency: 'XAU' },
        idempotencyKey: 'bad-2',
      }),
    );
    expect(currency.issues.map((issue) => issue.path)).toContain('amount.currency');
    expect(emulator().requests.length).toBe(before);
  });

  it('refuses a Checkout Session under 30 minutes away or without a success URL', async () => {
    const session = provider({ linkType: 'checkout-session' });
    const soon = await rejectionOf<ValidationError>(
      session.createPaymentLink({ ...linkInput, expiresAt: '2026-11-24T00:20:00.000Z', idempotencyKey: 'bad-3' }),
    );
    expect(soon.issues).toEqual([{ path: 'expiresAt', message: expect.stringContaining('30 minutes') }]);
    const noUrl = await rejectionOf<ValidationError>(
      session.createPaymentLink({ ...linkInput, successUrl: undefined, idempotencyKey: 'bad-4' }),
    );
    expect(noUrl.issues.map((issue) => issue.path)).toEqual(['successUrl']);
    await expect(
      provider({ linkType: 'checkout-session', successUrl: 'https://shop.example/ok' }).createPaymentLink({
        ...linkInput,
        successUrl: undefined,
        idempotencyKey: 'ok-5',
      }),
    ).resolves.toMatchObject({ reusable: false });
  });

  it('needs a secret key, and checks the settings', () => {
    const saved = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    try {
      expect(() => createStripe()).toThrow(LoadSettingError);
      expect(() => createStripe()).toThrow(/STRIPE_SECRET_KEY/);
    } finally {
      if (saved !== undefined) process.env.STRIPE_SECRET_KEY = saved;
    }
    let error: unknown;
    try {
      createStripe({
        secretKey: testSecretKey,
        linkType: 'invoice' as never,
        apiVersion: 'latest',
        toleranceSeconds: -1,
      });
    } catch (caught) {
      error = caught;
    }
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      'linkType',
      'apiVersion',
      'toleranceSeconds',
    ]);
  });

  it('declares capabilities per link type', () => {
    const link = createStripe({ secretKey: testSecretKey }).capabilities;
    const session = createStripe({ secretKey: testSecretKey, linkType: 'checkout-session' }).capabilities;
    expect(link).toMatchObject({
      reusableLinks: false,
      expireLinks: true,
      refunds: true,
      partialRefunds: true,
      partialPayments: false,
    });
    expect(link.maxLinkLifetimeMs).toBeUndefined();
    expect(session).toMatchObject({ minLinkLifetimeMs: 1_800_000, maxLinkLifetimeMs: 86_400_000 });
    expect(link.methodsByCurrency.MXN).toEqual(['card', 'oxxo']);
    expect(link.methodsByCurrency.BRL).toEqual(['card', 'boleto', 'pix']);
    expect(link.methodsByCurrency.USD).toEqual(['card']);
  });
});
