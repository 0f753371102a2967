import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real HTTP server on 127.0.0.1 for the adapter tests, on a port the OS picks. */
export interface LoopbackServer {
  readonly server: Server;
  readonly baseURL: string;
  /** Drops kept-alive connections (a never-answered request holds one open), then closes. */
  close(): Promise<void>;
}

export async function startLoopbackServer(listener: RequestListener): Promise<LoopbackServer> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** What a loopback server received: the request line, the headers and the whole body. */
export interface ReceivedRequest {
  readonly method?: string;
  readonly url?: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A listener that reads the whole body, then calls `answer` with what was received. */
export function afterBody(answer: (received: ReceivedRequest, response: ServerResponse) => void): RequestListener {
  return (request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      answer({ method: request.method, url: request.url, headers: request.headers, body }, response);
    });
  };
}

/** The error a promise rejects with; a promise that resolves fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** A loopback port nothing listens on: a request to it is refused before anything is sent. */
export async function closedPort(): Promise<number> {
  const { server, close } = await startLoopbackServer(() => undefined);
  const { port } = server.address() as AddressInfo;
  await close();
  return port;
}
