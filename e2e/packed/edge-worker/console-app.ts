// The console as an app mounts it in a worker: over a createBilling handle, behind the app's own `authorize`. The edge
// test bundles it like the minimal webhook worker and browses it in workerd and edge-runtime.

import { createConsole } from '@cobro/console';
import { createBilling, createCustomer, createInvoice, parseMoney } from '@cobro/core';
import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';

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
    await billing.saveCustomer(
      createCustomer({
        id: 'c-001',
        name: 'Lucía',
        phone: '+52 55 1234 1001',
        locale: 'es-MX',
        timeZone: 'America/Mexico_City',
        country: 'MX',
        optIn: { at: '2026-11-20T15:00:00.000Z', source: 'checkout', evidence: 'casilla de WhatsApp en pedido web' },
      }),
    );
    await billing.addInvoice(
      createInvoice({
        id: 'inv-001',
        number: 'F-0001',
        customerId: 'c-001',
        currency: 'MXN',
        status: 'open',
        issueDate: '2026-11-25',
        dueDate: '2026-12-04',
        businessTimeZone: 'America/Mexico_City',
        lines: [{ description: 'arreglo floral', quantity: '1', unitPrice: parseMoney('500.00', 'MXN'), taxRate: '0' }],
      }),
    );
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
