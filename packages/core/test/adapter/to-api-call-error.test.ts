import { ApiCallError } from '@cobro/core';
import { createHttpClient, kindFromStatus, parseRetryAfter, toApiCallError } from '@cobro/core/adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, failureOf, type LoopbackServer, startLoopbackServer } from './loopback-server';

let loopback: LoopbackServer;
let baseURL: string;

beforeAll(async () => {
  // Reads the whole request, then never answers: the request reached the server, so a timeout is ambiguous.
  loopback = await startLoopbackServer((request) => request.resume());
  baseURL = loopback.baseURL;
});

afterAll(() => loopback.close());

describe('toApiCallError over real HTTP', () => {
  it('reports a timeout after the request was written as ambiguous for a non-idempotent call', async () => {
    const http = createHttpClient({ baseURL, userAgent: 'cobro-test', timeoutMs: 200 });
    const error = toApiCallError({
      provider: 'test',
      error: await failureOf(http.post('/messages', { to: '+393471234567' })),
      idempotent: false,
    });
    expect(error.kind).toBe('ambiguous');
    expect(error.isRetryable).toBe(false);
    expect(error.message).not.toContain('393471234567');
  });

  it('reports the same timeout as retryable network trouble for an idempotent call', async () => {
    const http = createHttpClient({ baseURL, userAgent: 'cobro-test', timeoutMs: 200 });
    const error = toApiCallError({ provider: 'test', error: await failureOf(http.get('/thing')), idempotent: true });
    expect(error.kind).toBe('network');
    expect(error.isRetryable).toBe(true);
  });

  it('reports a refused connection as network, even for a non-idempotent call', async () => {
    const port = await closedPort();
    const http = createHttpClient({ baseURL: `http://127.0.0.1:${port}`, userAgent: 'cobro-test' });
    const error = toApiCallError({ provider: 'test', error: await failureOf(http.post('/x', {})), idempotent: false });
    expect(error.kind).toBe('network');
    expect(ApiCallError.isInstance(error)).toBe(true);
  });

  it('classifies statuses and parses Retry-After', () => {
    expect([401, 403, 404, 409, 429, 400, 503].map(kindFromStatus)).toEqual([
      'auth',
      'permission',
      'not-found',
      'conflict',
      'rate-limited',
      'invalid-request',
      'unavailable',
    ]);
    expect(parseRetryAfter('3')).toBe(3_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('2026-01-01T00:00:00Z'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
