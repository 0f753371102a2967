import { createConekta } from '@cobro/conekta';
import { ApiCallError } from '@cobro/core';
import { createTestServer, type TestServer } from '@cobro/testing';
import axios from 'axios';
import { afterEach, describe, expect, it } from 'vitest';

let server: TestServer;
afterEach(() => server.close());

describe('an app-supplied axios instance', () => {
  it('keeps timeoutMs and the versioned User-Agent: a server that never answers fails on cobro’s 500 ms', async () => {
    server = await createTestServer();
    server.failNext({ kind: 'hang' });
    // A bare instance with a minute-long default: were it used as is, the test's own 5 s limit would fail this case.
    const http = axios.create({ timeout: 60_000 });
    const timeouts: unknown[] = [];
    http.interceptors.request.use((config) => {
      timeouts.push(config.timeout);
      return config;
    });
    const provider = createConekta({ privateKey: 'key_timeout_private', baseURL: server.url, http, timeoutMs: 500 });
    const error = await provider.getPayment({ paymentId: 'ord_2tNDzhA4Akmzj11AU' }).catch((caught: unknown) => caught);
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'network', isRetryable: true });
    expect(timeouts[0]).toBe(500);
    expect(server.requests[0]?.headers['user-agent']).toMatch(/^cobro-conekta\/\d+\.\d+\.\d+/);
  });
});
