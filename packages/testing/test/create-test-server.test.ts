import { createTestServer, type TestServer } from '@cobro/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('createTestServer', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
    server.route('POST', '/v1/links/:id', (request) => ({
      status: 201,
      headers: { 'request-id': 'req_1' },
      body: { id: request.params.id, echoed: JSON.parse(request.rawBody) as unknown },
    }));
    server.route('GET', '/boom', () => {
      throw new Error('handler failed');
    });
  });
  afterAll(() => server.close());

  it('listens on loopback and answers a route with JSON, recording the raw request', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const raw = '{"amount": 1234,  "currency":"MXN"}';
    const response = await fetch(`${server.url}/v1/links/lnk%201?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'k-1' },
      body: raw,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('request-id')).toBe('req_1');
    expect(await response.json()).toEqual({ id: 'lnk 1', echoed: { amount: 1234, currency: 'MXN' } });
    const recorded = server.requests.at(-1);
    expect(recorded).toMatchObject({ method: 'POST', path: '/v1/links/lnk%201', rawBody: raw });
    expect(recorded?.headers['idempotency-key']).toBe('k-1');
    expect(recorded?.query.get('x')).toBe('1');
  });

  it('answers 404 for an unknown route and 500 when a handler throws', async () => {
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'no route', path: '/nope' });
    const boom = await fetch(`${server.url}/boom`);
    expect(boom.status).toBe(500);
    expect(await boom.json()).toEqual({ error: 'handler failed' });
  });

  it('injects an error status once, then routes normally again', async () => {
    server.failNext({ status: 429, body: { error: 'slow down' }, headers: { 'retry-after': '2' } });
    const limited = await fetch(`${server.url}/v1/links/a`, { method: 'POST', body: '{}' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(await limited.json()).toEqual({ error: 'slow down' });
    const ok = await fetch(`${server.url}/v1/links/a`, { method: 'POST', body: '{}' });
    expect(ok.status).toBe(201);
  });

  it('hangs a request until the client aborts, and resets a connection', async () => {
    server.failNext({ kind: 'hang' });
    const controller = new AbortController();
    const hanging = fetch(`${server.url}/v1/links/h`, { method: 'POST', body: '{}', signal: controller.signal });
    await expect.poll(() => server.requests.at(-1)?.path).toBe('/v1/links/h');
    controller.abort();
    await expect(hanging).rejects.toThrow(/abort/i);
    server.failNext({ kind: 'reset' });
    await expect(fetch(`${server.url}/v1/links/r`, { method: 'POST', body: '{}' })).rejects.toThrow(/fetch failed/);
  });
});
