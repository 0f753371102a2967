import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** A server listening on a port, from {@link startServer}. */
export interface RunningServer {
  /** `http://<hostname>:<port>`, without a trailing slash. */
  readonly url: string;
  /** Stops accepting connections and drops the open ones. */
  close(): Promise<void>;
}

/** Listens with the Express app on `hostname:port` (a free port when 0, the default). */
export function startServer(app: Express, { port = 0, hostname = '127.0.0.1' } = {}): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, hostname, (error?: Error) => {
      if (error) return reject(error);
      resolve({
        url: `http://${hostname}:${(server.address() as AddressInfo).port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
