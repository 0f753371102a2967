import { inspect } from 'node:util';
import { ApiCallError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { toConektaApiCallError } from '../src/conekta-error';
import { linkInput, rejectionOf, testPrivateKey, useConektaEmulator } from './support/setup';

const { emulator, provider } = useConektaEmulator();

// Bodies as the spec's examples give them (`error` schema, responses 401/402/404/422/500 of /checkouts and /orders).
const specErrors = {
  401: {
    details: [
      { message: 'Please include your access key in your request.', code: 'conekta.errors.authentication.missing_key' },
    ],
    log_id: '507f1f77bcf86cd799439011',
    object: 'error',
    type: 'authentication_error',
  },
  402: {
    details: [
      {
        message: 'The card could not be processed.',
        code: 'conekta.errors.processing.tokenization.used',
        debug_message: 'The token has already been used.',
      },
    ],
    log_id: '641b6d073cd9a50001515007',
    object: 'error',
    type: 'processing_error',
  },
  404: {
    details: [
      {
        message: 'The resource was not found.',
        code: 'conekta.errors.resource_not_found.entity',
        debug_message: 'The object Webhook "641b1d5662d7e00001eaa46b" could not be found.',
      },
    ],
    log_id: '641b6c253cd9a50001514fae',
    object: 'error',
    type: 'resource_not_found_error',
  },
  422: {
    details: [
      {
        message: 'The token does not exist.',
        param: 'payment_method.token_id',
        code: 'conekta.errors.parameter_validation.payment_method.token_id.nonexistent_token',
        debug_message: 'The token does not exist.',
      },
    ],
    log_id: '641b6d813cd9a50001515017',
    object: 'error',
    type: 'parameter_validation_error',
  },
  500: {
    details: [
      {
        debug_message: 'There was a runtime error and Conekta engineers have been notified.',
        message: 'There was a runtime error and Conekta engineers have been notified.',
        code: 'conekta.errors.api.system.general_failure',
      },
    ],
    object: 'error',
    type: 'api_error',
    log_id: '641b6f2b3cd9a50001515098',
  },
} as const;

async function failingCall(fault: Parameters<ReturnType<typeof emulator>['failNext']>[0]): Promise<ApiCallError> {
  emulator().failNext(fault);
  const error = await provider()
    .createPaymentLink({ ...linkInput, idempotencyKey: `error-${Math.random()}` })
    .catch((caught: unknown) => caught);
  expect(ApiCallError.isInstance(error)).toBe(true);
  return error as ApiCallError;
}

describe('Conekta error bodies become typed ApiCallErrors (over HTTP)', () => {
  it.each([
    [401, 'auth', false, 'conekta.errors.authentication.missing_key', '507f1f77bcf86cd799439011'],
    [402, 'declined', false, 'conekta.errors.processing.tokenization.used', '641b6d073cd9a50001515007'],
    [404, 'not-found', false, 'conekta.errors.resource_not_found.entity', '641b6c253cd9a50001514fae'],
    [
      422,
      'invalid-request',
      false,
      'conekta.errors.parameter_validation.payment_method.token_id.nonexistent_token',
      '641b6d813cd9a50001515017',
    ],
    [500, 'unavailable', true, 'conekta.errors.api.system.general_failure', '641b6f2b3cd9a50001515098'],
  ] as const)(
    'HTTP %i → %s (retryable %s), provider code and log id kept',
    async (status, kind, retryable, code, logId) => {
      const error = await failingCall({ status, body: specErrors[status] });
      expect(error.provider).toBe('conekta');
      expect(error.kind).toBe(kind);
      expect(error.isRetryable).toBe(retryable);
      expect(error.statusCode).toBe(status);
      expect(error.providerCode).toBe(code);
      expect(error.requestId).toBe(logId);
      expect(error.code).toBe('COBRO_API_CALL');
    },
  );

  it('names the offending parameter in the message', async () => {
    const error = await failingCall({ status: 422, body: specErrors[422] });
    expect(error.message).toBe(
      'Conekta could not create the payment link: The token does not exist. (payment_method.token_id) [parameter_validation_error].',
    );
  });

  it('429 is rate-limited with Retry-After; 503 from a proxy with an HTML page is unavailable', async () => {
    const limited = await failingCall({
      status: 429,
      body: { object: 'error', type: 'too_many_requests_error', details: [] },
      headers: { 'retry-after': '7' },
    });
    expect([limited.kind, limited.isRetryable, limited.retryAfterMs]).toEqual(['rate-limited', true, 7000]);
    const proxy = await failingCall({ status: 503, body: '<html>Service Unavailable</html>' });
    expect([proxy.kind, proxy.isRetryable, proxy.providerCode, proxy.message]).toEqual([
      'unavailable',
      true,
      undefined,
      'Conekta could not create the payment link: HTTP 503.',
    ]);
  });

  it('a wrong key is an auth error from the emulator itself, and the key never appears in the error', async () => {
    const error = await rejectionOf<ApiCallError>(
      provider({ privateKey: 'key_WrongKeyAbcdef123' }).getPayment({ paymentId: 'ord_missing' }),
    );
    expect(error.kind).toBe('auth');
    expect(inspect(error, { depth: 10 })).not.toContain('key_WrongKeyAbcdef123');
    expect(JSON.stringify(error)).not.toContain('key_');
  });

  it('an unknown order is not-found with Conekta code', async () => {
    const error = await rejectionOf<ApiCallError>(provider().getPayment({ paymentId: 'ord_2tNothingHere' }));
    expect([error.kind, error.statusCode, error.providerCode]).toEqual([
      'not-found',
      404,
      'conekta.errors.resource_not_found.entity',
    ]);
  });

  it('a refused connection is a retryable network error that does not carry the key', async () => {
    const error = await rejectionOf<ApiCallError>(
      provider({ baseURL: 'http://127.0.0.1:1' }).getPayment({ paymentId: 'ord_1' }),
    );
    expect([error.kind, error.isRetryable]).toEqual(['network', true]);
    expect(inspect(error, { depth: 10 })).not.toContain(testPrivateKey);
  });
});

describe('toConektaApiCallError scrubbing', () => {
  it('removes keys, bearer tokens and long numbers that Conekta may echo', () => {
    const error = toConektaApiCallError({
      status: 401,
      headers: {},
      operation: 'read order',
      body: {
        type: 'authentication_error',
        details: [
          {
            message: 'Key key_LiveSecret123 is invalid for Bearer abc.def; card 4242424242424242, phone +525512345678',
          },
        ],
      },
    });
    expect(error.message).toBe(
      'Conekta could not read order: Key [redacted] is invalid for [redacted] card [redacted], phone [redacted] [authentication_error].',
    );
  });
});
