import { gzipSync } from 'node:zlib';
import { createHttpClient, toApiCallError } from '@cobro/core/adapter';
import axios from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterBody,
  closedPort,
  failureOf,
  type LoopbackServer,
  type ReceivedRequest,
  startLoopbackServer,
} from './loopback-server';

// cobro's own axios instance on Node sends through its node:http adapter: the same behaviour as axios's adapter for
// everything the provider clients rely on.
let loopback: LoopbackServer;
let baseURL: string;
let last: ReceivedRequest | undefined;

beforeAll(async () => {
  loopback = await startLoopbackServer(
    afterBody((received, response) => {
      last = received;
      if (received.url === '/json') {
        return response
          .writeHead(201, { 'content-type': 'application/json', 'X-Request-Id': 'r-1' })
          .end('{"ok":true}');
      }
      if (received.url === '/html') return response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad</h1>');
      if (received.url === '/redirect') return response.writeHead(302, { location: '/json' }).end();
      if (received.url === '/big') return response.writeHead(200).end('x'.repeat(2048));
      if (received.url === '/gzip') {
        return response
          .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
          .end(gzipSync('{"zipped":true}'));
      }
      if (received.url === '/cut') {
        response.writeHead(200, { 'content-length': '100' }).write('{"partial":');
        return setTimeout(() => response.destroy(), 20);
      }
      if (received.url?.startsWith('/query')) return response.writeHead(200).end(JSON.stringify({ url: received.url }));
      if (received.url === '/slow') return; // never answers: the request reached the server
      response.writeHead(204).end();
    }),
  );
  baseURL = loopback.baseURL;
});

afterAll(() => loopback.close());

describe('createHttpClient on Node (cobro’s axios instance over node:http)', () => {
  it("sends the adapter's settings and a JSON body, and answers with axios's response", async () => {
    const client = createHttpClient({ baseURL: `${baseURL}/`, userAgent: 'cobro-test/1.0' });
    const response = await client.post<{ ok: boolean }>('/json', { to: 'x' }, { headers: { 'X-Extra': '1' } });
    expect([response.status, response.data, response.headers['x-request-id']]).toEqual([201, { ok: true }, 'r-1']);
    expect(typeof (response.headers as { get?: unknown }).get).toBe('function');
    expect(last).toMatchObject({ method: 'POST', url: '/json', body: '{"to":"x"}' });
    expect(last?.headers).toMatchObject({
      'user-agent': 'cobro-test/1.0',
      accept: 'application/json',
      'content-type': 'application/json',
      'content-length': '10',
      'x-extra': '1',
    });
  });

  it('keeps text as text, drops a header set to false, and decompresses a gzip answer', async () => {
    const client = createHttpClient({ baseURL, userAgent: 'cobro-test/1.0' });
    const html = await client.request<string>({ url: '/html', headers: { 'Content-Type': false } });
    expect([html.status, html.data]).toEqual([502, '<h1>Bad</h1>']);
    expect(last?.headers['content-type']).toBeUndefined();
    expect((await client.request<string>({ url: '/json', responseType: 'text' })).data).toBe('{"ok":true}');
    const zipped = await client.get('/gzip');
    expect([zipped.data, zipped.headers['content-encoding']]).toEqual([{ zipped: true }, undefined]);
  });

  it('follows no redirect, refuses a body over maxContentLength, and fails a cut-off answer', async () => {
    const client = createHttpClient({ baseURL, userAgent: 'cobro-test/1.0' });
    expect((await client.get('/redirect')).status).toBe(302);
    expect(await failureOf(client.get('/big', { maxContentLength: 1024 }))).toMatchObject({
      code: 'ERR_BAD_RESPONSE',
    });
    const cut = toApiCallError({ provider: 'test', error: await failureOf(client.get('/cut')), idempotent: false });
    expect(cut.kind).toBe('ambiguous');
  });

  it("throws on a status only when the caller's validateStatus says so", async () => {
    const client = createHttpClient({ baseURL, userAgent: 'cobro-test/1.0' });
    const error = await failureOf(client.get('/html', { validateStatus: (status) => status < 500 }));
    expect(error).toMatchObject({ code: 'ERR_BAD_RESPONSE', response: { status: 502 } });
  });

  it("hands what it does not do itself to axios's adapter (query parameters here)", async () => {
    const client = createHttpClient({ baseURL, userAgent: 'cobro-test/1.0' });
    const response = await client.get<{ url: string }>('/query', { params: { a: 1, b: 'x y' } });
    expect(response.data.url).toBe('/query?a=1&b=x+y');
  });

  it('classifies timeouts, aborts and refused connections as the axios transport does', async () => {
    const client = createHttpClient({ baseURL, userAgent: 'cobro-test/1.0', timeoutMs: 200 });
    const timeout = await failureOf(client.post('/slow', { to: '+393471234567' }));
    expect(timeout).toMatchObject({ code: 'ECONNABORTED', message: 'timeout of 200ms exceeded' });
    const ambiguous = toApiCallError({ provider: 'test', error: timeout, idempotent: false });
    expect([ambiguous.kind, ambiguous.isRetryable]).toEqual(['ambiguous', false]);
    expect(ambiguous.message).not.toContain('393471234567');

    const controller = new AbortController();
    const aborted = client.get('/slow', { signal: controller.signal });
    controller.abort();
    expect(axios.isCancel(await failureOf(aborted))).toBe(true);

    const port = await closedPort();
    const refused = createHttpClient({ baseURL: `http://127.0.0.1:${port}`, userAgent: 'cobro-test/1.0' });
    const error = toApiCallError({
      provider: 'test',
      error: await failureOf(refused.post('/x', {})),
      idempotent: false,
    });
    expect([error.kind, error.message]).toEqual(['network', 'test: could not connect (ECONNREFUSED).']);
  });

  it("uses the app's own axios instance as it is", async () => {
    const http = axios.create();
    const seen: string[] = [];
    http.interceptors.request.use((config) => {
      seen.push(String(config.url));
      return config;
    });
    const client = createHttpClient({ baseURL, userAgent: 'cobro-test/1.0', http });
    expect((await client.get('/json')).data).toEqual({ ok: true });
    expect(seen).toEqual(['/json']);
  });
});
