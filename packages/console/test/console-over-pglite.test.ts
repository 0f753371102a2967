import { createPGliteStore } from '@cobro/postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createConsole } from '../src/index';
import { buildSmallBilling } from './support/small-billing';

// The console reads and acts only through BillingStoreV1 and the Billing handle, so a durable store works the same.
const store = createPGliteStore();

beforeAll(async () => {
  await store.migrate();
}, 60_000);

afterAll(async () => {
  await store.close();
});

it('serves every page and records an action over the PGlite store', async () => {
  const { billing, clock } = await buildSmallBilling('Giulia', store);
  const handler = createConsole({ billing, authorize: () => ({ id: 'alice' }), clock: clock.now });
  for (const path of ['/', '/invoices/inv-1', '/customers/c-1', '/review', '/reports', '/preview'])
    expect((await handler(new Request(`http://console.test${path}`))).status).toBe(200);
  const page = await (await handler(new Request('http://console.test/invoices/inv-1'))).text();
  expect(page).toContain('Invoice F-1');
  expect(page).toContain('Template cobro_invoice_sent');
  const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  const response = await handler(
    new Request('http://console.test/actions/pause', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://console.test' },
      body: new URLSearchParams({ invoiceId: 'inv-1', _csrf: token }),
    }),
  );
  expect(response.status).toBe(303);
  expect((await store.listAudit({ invoiceId: 'inv-1' })).at(-1)).toMatchObject({
    actor: 'console:alice',
    action: 'reminders.paused',
  });
  expect((await store.getInvoice('inv-1'))?.metadata).toEqual({ 'cobro.console.paused-by': 'alice' });
});
