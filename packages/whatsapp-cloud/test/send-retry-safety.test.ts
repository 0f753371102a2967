import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiCallError, ValidationError } from '@cobro/core';
import { createWhatsAppCloudClient } from '@cobro/whatsapp-cloud';
import axios from 'axios';
import { afterEach, describe, expect, it } from 'vitest';

type Answer = (request: IncomingMessage, response: ServerResponse) => void;

interface Graph {
  readonly baseURL: string;
  readonly posts: { path: string; userAgent: string | undefined; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

let graph: Graph | undefined;
afterEach(async () => {
  await graph?.close();
  graph = undefined;
});

const accepted: Answer = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ messaging_product: 'whatsapp', messages: [{ id: 'wamid.ok' }] }));
};
const graphError =
  (status: number, code?: number): Answer =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(code === undefined ? { message: 'bad gateway' } : { error: { code, message: `error ${code}` } }),
    );
  };

/** A loopback Graph API answering POSTs with `answers` in turn (the last one repeats), counting every POST. */
async function startGraph(...answers: Answer[]): Promise<Graph> {
  const posts: Graph['posts'] = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    request.on('end', () => {
      posts.push({
        path: request.url ?? '',
        userAgent: request.headers['user-agent'],
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      });
      (answers[posts.length - 1] ?? answers.at(-1) ?? accepted)(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function client(baseURL: string, extra: Partial<Parameters<typeof createWhatsAppCloudClient>[0]> = {}) {
  return createWhatsAppCloudClient({
    accessToken: 'token-never-logged',
    phoneNumberId: '106540352242922',
    graphApiVersion: 'v25.0',
    baseURL,
    pacing: false,
    timeoutMs: 2_000,
    retry: { initialDelayMs: 1, sleep: async () => {} },
    ...extra,
  });
}

const text = { type: 'text', text: { body: 'Hola' } };
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

describe('POST /messages after an ambiguous answer', () => {
  for (const [name, answer] of [
    ['a bare 502 from a proxy', graphError(502)],
    ['a 500 with code 131000', graphError(500, 131000)],
    ['a 503 with code 131016', graphError(503, 131016)],
    ['a 500 with code 2', graphError(500, 2)],
  ] as const) {
    it(`is never re-posted after ${name}: one POST, an ambiguous error`, async () => {
      graph = await startGraph(answer, accepted);
      const error = await failureOf(client(graph.baseURL).sendMessage(text, { to: { phone: '+5215512345678' } }));
      expect(ApiCallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ kind: 'ambiguous', isRetryable: false });
      expect(graph.posts).toHaveLength(1);
    });
  }

  it('is never re-posted after a reset once the request was written', async () => {
    graph = await startGraph((request) => request.socket.destroy(), accepted);
    const error = await failureOf(client(graph.baseURL).sendMessage(text, { to: { phone: '+5215512345678' } }));
    expect(error).toMatchObject({ kind: 'ambiguous', isRetryable: false });
    expect(graph.posts).toHaveLength(1);
  });

  it('is never re-posted after a timeout once the request was written', async () => {
    graph = await startGraph(() => {}, accepted);
    const error = await failureOf(
      client(graph.baseURL, { timeoutMs: 200 }).sendMessage(text, { to: { phone: '+5215512345678' } }),
    );
    expect(error).toMatchObject({ kind: 'ambiguous', isRetryable: false });
    expect(graph.posts).toHaveLength(1);
  });

  it('retries what proves the message was refused: HTTP 429, 130429, 131056', async () => {
    graph = await startGraph(graphError(429), graphError(400, 130429), graphError(400, 131056), accepted);
    const sent = await client(graph.baseURL).sendMessage(text, { to: { phone: '+5215512345678' } });
    expect(sent.messageId).toBe('wamid.ok');
    expect(graph.posts).toHaveLength(4);
  });

  it('retries a refused connection (nothing was written)', async () => {
    const closed = await startGraph();
    const url = closed.baseURL;
    await closed.close();
    let attempts = 0;
    const error = await failureOf(
      client(url, {
        retry: {
          maxAttempts: 3,
          initialDelayMs: 1,
          sleep: async () => {},
          onRetry: () => {
            attempts++;
          },
        },
      }).sendMessage(text, { to: { phone: '+5215512345678' } }),
    );
    expect(error).toMatchObject({ kind: 'network', isRetryable: true });
    expect(attempts).toBe(2);
  });
});

describe('the recipient', () => {
  it('is normalised to digits: a plus, spaces, dashes and parentheses removed', async () => {
    graph = await startGraph(accepted);
    await client(graph.baseURL).sendMessage(text, { to: { phone: '+52 (55) 1234-5678' } });
    await client(graph.baseURL).sendMessage(text, { to: { phone: '5215512345678' } });
    await client(graph.baseURL).sendMessage(text, { to: { userId: 'US.13491208655302741918' } });
    expect(graph.posts.map((post) => post.body.to ?? post.body.recipient)).toEqual([
      '525512345678',
      '5215512345678',
      'US.13491208655302741918',
    ]);
  });

  it('is refused with a ValidationError naming the field (never the number) when it is not a phone or a BSUID', async () => {
    graph = await startGraph(accepted);
    for (const [to, path] of [
      [{ phone: 'abc' }, 'to.phone'],
      [{ phone: '+52 55 1234 5678 9999 0' }, 'to.phone'],
      [{ phone: '0044123456' }, 'to.phone'],
      [{ userId: 'not a bsuid' }, 'to.userId'],
      [{}, 'to'],
    ] as const) {
      const error = await failureOf(client(graph.baseURL).sendMessage(text, { to }));
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).issues[0]?.path).toBe(path);
      expect((error as Error).message).not.toContain('1234');
    }
    expect(graph.posts).toHaveLength(0);
  });
});

describe('an app-supplied axios instance', () => {
  it('keeps the base URL, Graph version and a versioned User-Agent (a bare axios.create() works)', async () => {
    graph = await startGraph(accepted);
    const sent = await client(graph.baseURL, { http: axios.create() }).sendMessage(text, {
      to: { phone: '+5215512345678' },
    });
    expect(sent.messageId).toBe('wamid.ok');
    expect(graph.posts[0]?.path).toBe('/v25.0/106540352242922/messages');
    expect(graph.posts[0]?.userAgent).toMatch(/^cobro-whatsapp-cloud\/\d+\.\d+\.\d+/);
  });

  it('keeps timeoutMs: a server that never answers fails on cobro’s timeout, not the instance’s', async () => {
    graph = await startGraph(() => {});
    // The app's instance would wait a minute; the test's own 5 s limit fails this case if that were used.
    const http = axios.create({ timeout: 60_000 });
    const timeouts: unknown[] = [];
    http.interceptors.request.use((config) => {
      timeouts.push(config.timeout);
      return config;
    });
    const error = await failureOf(
      client(graph.baseURL, { http, timeoutMs: 500 }).sendMessage(text, { to: { phone: '+5215512345678' } }),
    );
    expect(error).toMatchObject({ kind: 'ambiguous' });
    expect(timeouts).toEqual([500]);
  });

  it('runs the app instance’s interceptors', async () => {
    graph = await startGraph(accepted);
    const http = axios.create();
    const seen: string[] = [];
    http.interceptors.request.use((config) => {
      seen.push(String(config.url));
      return config;
    });
    await client(graph.baseURL, { http }).sendMessage(text, { to: { phone: '+5215512345678' } });
    expect(seen).toEqual(['/106540352242922/messages']);
  });
});
