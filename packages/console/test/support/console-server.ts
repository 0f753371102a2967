import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeHandler } from '@cobro/core';
import { type ConsoleViewer, createConsole } from '../../src/index';
import type { DemoBilling } from './demo-billing';

/** The sessions the test's `authorize` knows, by cookie value. */
export const sessions: Readonly<Record<string, ConsoleViewer>> = {
  'session-alice': { id: 'alice', name: 'Alice Operator', sessionId: 'session-alice' },
  'session-bob': { id: 'bob', name: 'Bob Viewer', sessionId: 'session-bob', canAct: false },
  'session-carla': { id: 'carla', name: 'Carla Admin', sessionId: 'session-carla', canSeePhoneNumbers: true },
};

/** Reads the session cookie, as an app's own session middleware would. */
export function authorizeByCookie(request: Request): ConsoleViewer | undefined {
  const cookie = request.headers.get('cookie') ?? '';
  const session = /(?:^|;\s*)cobro_session=([^;]+)/.exec(cookie)?.[1];
  return session ? sessions[session] : undefined;
}

/** A started HTTP server on loopback. */
export interface RunningServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Listens on a free loopback port. */
export async function listen(server: Server): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** The console over the demo's billing, mounted at /console on a real `node:http` server through `toNodeHandler`. */
export async function startConsoleServer(demo: DemoBilling): Promise<RunningServer> {
  const handler = createConsole({
    billing: demo.billing,
    authorize: authorizeByCookie,
    clock: demo.clock.now,
    basePath: '/console',
    secret: 'a-test-secret-that-is-long-enough-0123456789',
  });
  return listen(createServer(toNodeHandler(handler)));
}
