import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Records when axios is first imported, and otherwise hands out the real module.
const imported = vi.hoisted(() => ({ axios: false }));
vi.mock('axios', async (importOriginal) => {
  imported.axios = true;
  return importOriginal();
});

let server: Server;
let baseURL: string;
const seen: { url?: string; userAgent?: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url, userAgent: request.headers['user-agent'] });
    response.writeHead(503, { 'content-type': 'application/json' }).end('{"ok":false}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createHttpClient', () => {
  it('imports axios on the first request, not with the adapter module or the client', async () => {
    const { createHttpClient } = await import('@cobro/core/adapter');
    const client = createHttpClient({ baseURL, userAgent: 'cobro-test/1.0' });
    expect(imported.axios).toBe(false);

    const response = await client.get<{ ok: boolean }>('/first');

    expect(imported.axios).toBe(true);
    // Statuses are the adapter's to map: a 503 is an answer, not a throw.
    expect([response.status, response.data]).toEqual([503, { ok: false }]);
    expect(seen.at(-1)).toEqual({ url: '/first', userAgent: 'cobro-test/1.0' });
  });
});
