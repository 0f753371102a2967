import { ApiCallError, ValidationError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { scrubPayPalMessage, toPayPalApiCallError } from '../src/paypal-error';
import { linkInput, rejectionOf, testCredentials, usePayPalEmulator } from './support/setup';

const { emulator, provider } = usePayPalEmulator();

const error = (status: number, body: unknown, headers: Record<string, unknown> = {}) =>
  toPayPalApiCallError({ status, body, headers, operation: 'do the thing', secrets: [testCredentials.clientSecret] });

describe('PayPal error mapping', () => {
  it.each([
    [
      422,
      { name: 'UNPROCESSABLE_ENTITY', debug_id: 'd1', details: [{ issue: 'INSTRUMENT_DECLINED' }] },
      'declined',
      'INSTRUMENT_DECLINED',
      false,
    ],
    [
      422,
      { name: 'UNPROCESSABLE_ENTITY', details: [{ issue: 'DUPLICATE_REQUEST_ID' }] },
      'idempotency-conflict',
      'DUPLICATE_REQUEST_ID',
      false,
    ],
    [
      422,
      { name: 'UNPROCESSABLE_ENTITY', details: [{ issue: 'ORDER_NOT_APPROVED' }] },
      'invalid-request',
      'ORDER_NOT_APPROVED',
      false,
    ],
    [
      400,
      { name: 'INVALID_REQUEST', details: [{ issue: 'MISSING_REQUIRED_PARAMETER', field: '/intent' }] },
      'invalid-request',
      'MISSING_REQUIRED_PARAMETER',
      false,
    ],
    [
      404,
      { name: 'RESOURCE_NOT_FOUND', details: [{ issue: 'INVALID_RESOURCE_ID' }] },
      'not-found',
      'INVALID_RESOURCE_ID',
      false,
    ],
    [
      401,
      { error: 'invalid_client', error_description: 'Client Authentication failed' },
      'auth',
      'invalid_client',
      false,
    ],
    [
      401,
      { name: 'AUTHENTICATION_FAILURE', message: 'Authentication failed' },
      'auth',
      'AUTHENTICATION_FAILURE',
      false,
    ],
    [403, { name: 'NOT_AUTHORIZED', message: 'Authorization failed' }, 'permission', 'NOT_AUTHORIZED', false],
    [429, { name: 'RATE_LIMIT_REACHED', message: 'Too many requests' }, 'rate-limited', 'RATE_LIMIT_REACHED', true],
    [500, { name: 'INTERNAL_SERVER_ERROR' }, 'unavailable', 'INTERNAL_SERVER_ERROR', true],
    [503, '<html>Service Unavailable</html>', 'unavailable', undefined, true],
  ])('HTTP %i %j → %s', (status, body, kind, providerCode, isRetryable) => {
    const mapped = error(status, body);
    expect(mapped).toMatchObject({ provider: 'paypal', kind, providerCode, isRetryable, statusCode: status });
  });

  it('takes the request id from debug_id, else the paypal-debug-id header, and honours Retry-After', () => {
    expect(error(422, { debug_id: 'body-id' }, { 'paypal-debug-id': 'header-id' }).requestId).toBe('body-id');
    expect(error(500, '', { 'paypal-debug-id': 'header-id' }).requestId).toBe('header-id');
    expect(error(429, {}, { 'retry-after': '3' }).retryAfterMs).toBe(3000);
  });

  it('never lets credentials, tokens or long numbers into a message', () => {
    const mapped = error(400, {
      name: 'INVALID_REQUEST',
      details: [
        {
          issue: 'X',
          description: `secret ${testCredentials.clientSecret} Bearer A21AAabcdefghijklmnopqrstuvwxyz0123 +525512345678`,
        },
      ],
    });
    expect(mapped.message).not.toContain(testCredentials.clientSecret);
    expect(mapped.message).not.toContain('A21AAabcdefghijklmnopqrstuvwxyz0123');
    expect(mapped.message).not.toContain('525512345678');
    expect(scrubPayPalMessage('Basic QWJjOmRlZg==')).toBe('[redacted]');
  });
});

describe('failures through the client', () => {
  it('reports a declined capture with PayPal issue and debug id from a real response', async () => {
    emulator().failNext({
      status: 422,
      body: {
        name: 'UNPROCESSABLE_ENTITY',
        message: 'x',
        debug_id: 'f00dcafe',
        details: [{ issue: 'INSTRUMENT_DECLINED', description: 'The instrument presented was declined.' }],
      },
      pathPrefix: '/v2/checkout/orders',
    });
    const failure = await rejectionOf<ApiCallError>(
      provider({ linkType: 'order' }).createPaymentLink({ ...linkInput, idempotencyKey: 'declined' }),
    );
    expect(failure).toMatchObject({
      kind: 'declined',
      providerCode: 'INSTRUMENT_DECLINED',
      requestId: 'f00dcafe',
      statusCode: 422,
    });
  });

  it('reports a refused connection as network (retryable), with no credential in it', async () => {
    const paypal = provider({ baseURL: 'http://127.0.0.1:1' });
    const failure = await rejectionOf<ApiCallError>(paypal.getPayment({ paymentId: 'INV2-AAAA-BBBB-CCCC-DDDD' }));
    expect(ApiCallError.isInstance(failure)).toBe(true);
    expect(failure).toMatchObject({ kind: 'network', isRetryable: true });
    const text = `${failure.message} ${JSON.stringify(failure)} ${String(failure.cause)}`;
    expect(text).not.toContain(testCredentials.clientSecret);
    expect(text).not.toContain(
      Buffer.from(`${testCredentials.clientId}:${testCredentials.clientSecret}`).toString('base64'),
    );
  });

  it('refuses a currency PayPal does not take before calling', async () => {
    const before = emulator().requests.length;
    const failure = await rejectionOf(
      provider().createPaymentLink({ ...linkInput, amount: { amountMinor: 100, currency: 'KWD' } }),
    );
    expect(ValidationError.isInstance(failure)).toBe(true);
    expect(emulator().requests.length).toBe(before);
  });

  it('recovers an invoice whose create answer was lost, instead of making a second one', async () => {
    const paypal = provider();
    await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'warm-up-token' });
    const created = emulator().counts().invoicesCreated;
    emulator().failNext({ status: 0, dropResponse: true, pathPrefix: '/v2/invoicing/invoices' });
    const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'lost-answer' });
    expect(emulator().counts().invoicesCreated).toBe(created + 1);
    expect(emulator().invoices.get(link.id)?.status).toBe('SENT');
    expect(emulator().requests.some((request) => request.url.startsWith('/v2/invoicing/search-invoices'))).toBe(true);
  });

  it('recovers across processes: a second provider with the same key finds the invoice by its number', async () => {
    const first = await provider().createPaymentLink({ ...linkInput, idempotencyKey: 'two-processes' });
    const created = emulator().counts().invoicesCreated;
    const second = await provider().createPaymentLink({ ...linkInput, idempotencyKey: 'two-processes' });
    expect(second).toEqual(first);
    expect(emulator().counts().invoicesCreated).toBe(created);
    const conflict = await rejectionOf(
      provider().createPaymentLink({
        ...linkInput,
        amount: { amountMinor: 999, currency: 'MXN' },
        idempotencyKey: 'two-processes',
      }),
    );
    expect(conflict).toMatchObject({ kind: 'idempotency-conflict' });
  });

  it('refuses to reuse an idempotency key for a different request in one process', async () => {
    const paypal = provider();
    await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'same-key' });
    const failure = await rejectionOf(
      paypal.createPaymentLink({ ...linkInput, description: 'Otra cosa', idempotencyKey: 'same-key' }),
    );
    expect(failure).toMatchObject({ kind: 'idempotency-conflict' });
  });
});
