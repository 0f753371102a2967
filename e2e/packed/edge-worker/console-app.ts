// The console as an app mounts it in a worker: over a createBilling handle, behind the app's own `authorize`. The edge
// test bundles it like the minimal webhook worker and browses it in workerd and edge-runtime.

import { createConsole } from '@cobro/console';
import { createBilling } from '@cobro/core';
import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { edgeCustomer, edgeInvoice } from './edge-data';

declare const __WHATSAPP_BASE_URL__: string;
declare const __NOW__: string;

const now = () => new Date(__NOW__);
const whatsapp = createWhatsAppCloud({
  accessToken: 'edge-access-token',
  phoneNumberId: '106540352242922',
  appSecret: 'edge-app-secret',
  baseURL: __WHATSAPP_BASE_URL__,
  now,
});
const billing = createBilling({ business: { name: 'Florería Jacaranda' }, channel: whatsapp.channel, clock: now });
const consoleHandler = createConsole({
  billing,
  basePath: '/console',
  clock: now,
  secret: 'an-edge-console-secret-of-32-characters-or-more',
  // The app's own session check; here a header stands in for it.
  authorize: (request) => (request.headers.get('x-viewer') === 'ana' ? { id: 'ana', name: 'Ana' } : undefined),
});

// Data goes in on the first request, never at module scope (no I/O there on workerd).
let seeded: Promise<unknown> | undefined;
const seed = () =>
  (seeded ??= (async () => {
    await billing.saveCustomer(edgeCustomer());
    await billing.addInvoice(edgeInvoice());
  })());

/** Answers one request: every page of the console. */
export async function handle(request: Request): Promise<Response> {
  try {
    await seed();
    return await consoleHandler(request);
  } catch (error) {
    return new Response(error instanceof Error ? `${error.name}: ${error.message}` : String(error), { status: 500 });
  }
}
