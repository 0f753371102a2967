import * as nodeEntry from '@cobro/core/adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as edgeEntry from '../../src/adapter/edge';
import {
  afterBody,
  closedPort,
  failureOf,
  type LoopbackServer,
  type ReceivedRequest,
  startLoopbackServer,
} from './loopback-server';

const { createHttpClient } = edgeEntry;
const { toApiCallError } = nodeEntry;

let loopback: LoopbackServer;
let baseURL: string;
let last: ReceivedRequest | undefined;

beforeAll(async () => {
  loopback = await startLoopbackServer(
    afterBody((received, response) => {
      last = received;
      if (received.url === '/json')
        response.writeHead(201, { 'content-type': 'application/json', 'X-Request-Id': 'r-1' });
      if (received.url === '/json') return response.end('{"ok":true}');
      if (received.url === '/html') return response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad</h1>');
      if (received.url === '/redirect') return response.writeHead(302, { location: '/json' }).end();
      if (received.url === '/big') return response.writeHead(200).end('x'.repeat(2048));
      if (received.url === '/slow') return; // never answers: the request reached the server
      response.writeHead(204).end();
    }),
  );
  baseURL = loopback.baseURL;
});

afterAll(() => loopback.close());

describe('@cobro/core/adapter in edge runtimes (createHttpClient over fetch)', () => {
  it('exports what the Node entry exports', () => {
    expect(Object.keys(edgeEntry).sort()).toEqual(Object.keys(nodeEntry).sort());
  });

  it("sends the adapter's settings and a JSON body, and parses a JSON answer as axios does", async () => {
    const client = createHttpClient({ baseURL: `${baseURL}/`, userAgent: 'cobro-test/1.0' });
    const response = await client.post<{ ok: boolean }>('/json', { to: 'x' }, { headers: { 'X-Extra': '1' } });
    expect([response.status, response.data, response.headers['x-request-id']]).toEqual([201, { ok: true }, 'r-1']);
    expect(last).toMatchObject({ method: 'POST', url: '/json', body: '{"to":"x"}' });
    expect(last?.headers).toMatchObject({
      'user-agent': 'cobro-test/1.0',
      accept: 'application/json',
      'content-type': 'application/json',
      'x-extra': '1',
    });
  });

  it('keeps text as text: responseType text, caller transforms, a body that is not JSON, a header set to false', async () => {
    const client = createHttpClient({ baseURL, userAgent: 'cobro-test/1.0' });
    const html = await client.request<string>({ url: '/html', headers: { 'Content-Type': false } });
    expect([html.status, html.data]).toEqual([502, '<h1>Bad</h1>']);
    expect(last?.headers['content-type']).toBeUndefined();
    const text = await client.request<string>({ url: '/json', responseType: 'text' });
    expect(text.data).toBe('{"ok":true}');
    const transformed = await client.request<string>({
      url: '/json',
      transformResponse: [(data: unknown) => `<${data}>`],
    });
    expect(transformed.data).toBe('<{"ok":true}>');
    const form = await client.post('/form', 'a=1&b=2', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect([form.status, last?.body, last?.headers['content-type']]).toEqual([
      204,
      'a=1&b=2',
      'application/x-www-form-urlencoded',
    ]);
  });

  it('follows no redirect and refuses a body over maxContentLength', async () => {
    const client = createHttpClient({ baseURL, userAgent: 'cobro-test/1.0' });
    expect((await client.get('/redirect')).status).toBe(302);
    const error = await failureOf(client.get('/big', { maxContentLength: 1024 }));
    expect(error).toMatchObject({ code: 'ERR_BAD_RESPONSE' });
  });

  it('classifies failures without a response as the axios transport does', async () => {
    const client = createHttpClient({ baseURL, userAgent: 'cobro-test/1.0', timeoutMs: 200 });
    const timeout = await failureOf(client.post('/slow', { to: '+393471234567' }));
    const ambiguous = toApiCallError({ provider: 'test', error: timeout, idempotent: false });
    expect([ambiguous.kind, ambiguous.isRetryable]).toEqual(['ambiguous', false]);
    expect(ambiguous.message).not.toContain('393471234567');
    const idempotent = toApiCallError({
      provider: 'test',
      error: await failureOf(client.get('/slow')),
      idempotent: true,
    });
    expect(idempotent.kind).toBe('network');

    const port = await closedPort();
    const refused = createHttpClient({ baseURL: `http://127.0.0.1:${port}`, userAgent: 'cobro-test/1.0' });
    const error = toApiCallError({
      provider: 'test',
      error: await failureOf(refused.post('/x', {})),
      idempotent: false,
    });
    // Node's fetch names the refusal; a runtime that does not gets `ERR_NETWORK`, ambiguous for a POST, as with axios.
    expect(error.kind).toBe('network');
  });
});
