import type { Server } from 'node:http';
import { serve } from '@hono/node-server';

/** A server listening on a port, from {@link startServer}. */
export interface RunningServer {
  /** `http://<hostname>:<port>`, without a trailing slash. */
  readonly url: string;
  /** Stops accepting connections and drops the open ones. */
  close(): Promise<void>;
}

/** Serves a web-standard `fetch` handler (a Hono app's `app.fetch`) on Node with `@hono/node-server`. */
export function startServer({
  fetch,
  port = 0,
  hostname = '127.0.0.1',
}: {
  /** Answers each request. */
  readonly fetch: (request: Request) => Response | Promise<Response>;
  /** The port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The interface to bind; loopback by default. */
  readonly hostname?: string;
}): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    // Without `createServer` options @hono/node-server makes a plain `node:http` server.
    const server = serve({ fetch, port, hostname }, (info) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    }) as Server;
    server.once('error', reject);
  });
}
