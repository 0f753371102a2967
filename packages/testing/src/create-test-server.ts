import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** A request the test server received, as it arrived. */
export interface TestServerRequest {
  /** HTTP method, upper case. */
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  /** The query string, parsed. */
  readonly query: URLSearchParams;
  /** Headers, names lower case; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The body exactly as received (UTF-8). */
  readonly rawBody: string;
  /** Values of the `:name` segments of the route that matched. */
  readonly params: Readonly<Record<string, string>>;
}

/** What a route handler answers. */
export interface TestServerResponse {
  /** HTTP status. Default 200. */
  readonly status?: number;
  /** Extra response headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent as is; anything else as JSON. Absent: empty body. */
  readonly body?: unknown;
}

/** Answers one request. */
export type TestServerHandler = (request: TestServerRequest) => TestServerResponse | Promise<TestServerResponse>;

/** A fault for the next request, whatever its route. */
export type TestServerFault =
  | {
      /** Answer with this status (and body) instead of calling the handler. */
      readonly status: number;
      /** The error body; a string is sent as is, anything else as JSON. */
      readonly body?: unknown;
      /** Extra headers, e.g. `retry-after`. */
      readonly headers?: Readonly<Record<string, string>>;
    }
  | {
      /** `hang`: never answer (the client's timeout fires); `reset`: destroy the socket. */
      readonly kind: 'hang' | 'reset';
    };

/** A loopback HTTP server for adapter tests. */
export interface TestServer {
  /** Base URL, e.g. `http://127.0.0.1:53121`, without a trailing slash. */
  readonly url: string;
  /** Every request received, in order (faulted ones included). */
  readonly requests: readonly TestServerRequest[];
  /** Adds a route. `pattern` is a path whose `:name` segments match one segment each, e.g. `/v1/links/:id`. */
  route(method: string, pattern: string, handler: TestServerHandler): void;
  /** Makes the next request get this fault; call several times to queue several. */
  failNext(fault: TestServerFault): void;
  /** Stops the server, dropping open (hanging) connections. */
  close(): Promise<void>;
}

interface Route {
  readonly method: string;
  readonly segments: readonly string[];
  readonly handler: TestServerHandler;
}

function match(route: Route, method: string, segments: readonly string[]): Record<string, string> | undefined {
  if (route.method !== method || route.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, expected] of route.segments.entries()) {
    const actual = segments[index] ?? '';
    if (expected.startsWith(':')) params[expected.slice(1)] = decodeURIComponent(actual);
    else if (expected !== actual) return undefined;
  }
  return params;
}

function send(response: ServerResponse, answer: TestServerResponse): void {
  const isText = typeof answer.body === 'string';
  const body = answer.body === undefined ? '' : isText ? (answer.body as string) : JSON.stringify(answer.body);
  response.writeHead(answer.status ?? 200, {
    ...(answer.body === undefined ? {} : { 'content-type': isText ? 'text/plain' : 'application/json' }),
    ...answer.headers,
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const splitPath = (path: string) => path.split('/').filter((segment) => segment !== '');

/**
 * Starts a `node:http` server on 127.0.0.1 (a free port) that answers registered routes with JSON, records every
 * request with its raw body, and injects faults (error statuses, hangs, resets). Unmatched routes answer 404
 * `{ "error": "no route" }`; a handler that throws answers 500. Close it in `afterAll`.
 */
export async function createTestServer(): Promise<TestServer> {
  const routes: Route[] = [];
  const requests: TestServerRequest[] = [];
  const faults: TestServerFault[] = [];

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const segments = splitPath(url.pathname);
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
    );
    const rawBody = await readBody(request);
    let handler: TestServerHandler | undefined;
    let params: Record<string, string> = {};
    for (const route of routes) {
      const found = match(route, method, segments);
      if (found) {
        handler = route.handler;
        params = found;
        break;
      }
    }
    const received: TestServerRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      rawBody,
      params,
    };
    requests.push(received);

    const fault = faults.shift();
    if (fault && 'kind' in fault) {
      if (fault.kind === 'reset') request.socket.destroy();
      return; // hang: closeAllConnections() in close() ends it
    }
    if (fault) return send(response, fault);
    if (!handler) return send(response, { status: 404, body: { error: 'no route', method, path: url.pathname } });
    try {
      send(response, await handler(received));
    } catch (error) {
      send(response, { status: 500, body: { error: error instanceof Error ? error.message : String(error) } });
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no TCP address.');

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    route(method, pattern, handler) {
      routes.push({ method: method.toUpperCase(), segments: splitPath(pattern), handler });
    },
    failNext(fault) {
      faults.push(fault);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
