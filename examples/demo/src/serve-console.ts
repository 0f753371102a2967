import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConsole } from '@cobro/console';
import { toNodeHandler } from '@cobro/core';
import type { DemoResult } from './run-demo';

/** The console over each shop's state, one per path, on loopback. */
export interface ServedConsole {
  /** `http://127.0.0.1:<port>/`: a page linking each shop's console. */
  readonly url: string;
  close(): Promise<void>;
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');

/**
 * Serves the demo's state in `@cobro/console`: each shop's runtime under `/<shop>/`, at the demo's last simulated
 * instant, for a local viewer who may see and do everything. Listens on 127.0.0.1 only.
 */
export async function serveConsole(
  result: DemoResult,
  options: { readonly port?: number } = {},
): Promise<ServedConsole> {
  const shops = result.shops.map(({ demo, billing }) => {
    const basePath = `/${slug(demo.business.name)}`;
    const handler = createConsole({
      billing,
      basePath,
      clock: result.now,
      timeZone: demo.business.timeZone,
      // Loopback only, for the person who ran the demo.
      authorize: () => ({ id: 'demo', name: 'You (demo)', canSeePhoneNumbers: true }),
    });
    return { name: demo.business.name, customer: demo.customer.name, basePath, handler };
  });
  const index = `<!doctype html><html lang="en"><meta charset="utf-8"><title>cobro demo console</title>
<h1>cobro demo: the month in the console</h1><ul>${shops
    .map((shop) => `<li><a href="${shop.basePath}/">${shop.name}</a> (customer: ${shop.customer})</li>`)
    .join('')}</ul></html>`;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const shop = shops.find((each) => path === each.basePath || path.startsWith(`${each.basePath}/`));
    if (shop) return void toNodeHandler(shop.handler)(req, res);
    res.writeHead(path === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(index);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
