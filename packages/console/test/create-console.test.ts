import { createServer } from 'node:http';
import { createInvoice, parseMoney, toNodeHandler } from '@cobro/core';
import express from 'express';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { type ConsoleOptions, type ConsoleViewer, createConsole } from '../src/index';
import { listen } from './support/console-server';
import { buildSmallBilling } from './support/small-billing';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const alice: ConsoleViewer = { id: 'alice', sessionId: 'session-1' };

async function setUp(viewer: ConsoleViewer | null = alice, extra: Partial<ConsoleOptions> = {}) {
  const small = await buildSmallBilling(extra.billing ? undefined : 'Giulia <script>alert(1)</script>');
  const handler = createConsole({
    billing: small.billing,
    authorize: () => viewer ?? undefined,
    clock: small.clock.now,
    basePath: '/console',
    secret,
    ...extra,
  });
  return { ...small, handler };
}

async function tokenFrom(handler: (request: Request) => Promise<Response>, path = '/console/invoices/inv-1') {
  const page = await (await handler(new Request(`http://console.test${path}`))).text();
  const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error('no form token on the page');
  return token;
}

function post(path: string, fields: Record<string, string>, origin: string | null = 'http://console.test') {
  return new Request(`http://console.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: new URLSearchParams(fields),
  });
}

describe('createConsole', () => {
  it('refuses every request when no authorize function was given', async () => {
    const { billing } = await buildSmallBilling();
    const handler = createConsole({ billing } as unknown as ConsoleOptions);
    for (const request of [new Request('http://console.test/'), post('/actions/pause', { invoiceId: 'inv-1' })]) {
      const response = await handler(request);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('F-1');
    }
  });

  it('answers 401 when authorize names nobody and 403 when it throws', async () => {
    const { handler } = await setUp(null);
    expect((await handler(new Request('http://console.test/console/'))).status).toBe(401);
    const { billing } = await buildSmallBilling();
    const throwing = createConsole({
      billing,
      authorize: () => {
        throw new Error('session store down');
      },
    });
    expect((await throwing(new Request('http://console.test/'))).status).toBe(403);
  });

  it('rejects a secret too short to sign with, naming the option', async () => {
    const { billing } = await buildSmallBilling();
    expect(() => createConsole({ billing, authorize: () => alice, secret: 'short' })).toThrow(/secret/);
  });

  it('answers a failing store with a plain 500 that carries nothing of the error, and a malformed path with 404', async () => {
    const { billing, clock } = await setUp();
    const broken = {
      ...billing,
      store: new Proxy(billing.store, {
        get: (target, name, receiver) =>
          name === 'listInvoices'
            ? () => Promise.reject(new Error('connection to db failed for +393471234567'))
            : Reflect.get(target, name, receiver),
      }),
    };
    const handler = createConsole({ billing: broken, authorize: () => alice, clock: clock.now });
    const response = await handler(new Request('http://console.test/'));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('3471234567');
    expect((await handler(new Request('http://console.test/invoices/%E0%A4%A'))).status).toBe(404);
  });

  it('escapes what customers typed: a name with markup is shown as text', async () => {
    const { handler } = await setUp();
    const page = await (await handler(new Request('http://console.test/console/customers/c-1'))).text();
    expect(page).toContain('Giulia &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
  });

  it('never shows a full phone number unless the viewer may see it', async () => {
    for (const [viewer, shown] of [
      [alice, false],
      [{ ...alice, canSeePhoneNumbers: true }, true],
    ] as const) {
      const { handler } = await setUp(viewer);
      for (const path of [
        '/console/',
        '/console/invoices/inv-1',
        '/console/customers/c-1',
        '/console/review',
        '/console/reports',
      ]) {
        const page = await (await handler(new Request(`http://console.test${path}`))).text();
        if (!shown || path !== '/console/customers/c-1') expect(page).not.toContain('3471234567');
        else expect(page).toContain('+393471234567');
      }
    }
  });

  it('accepts a form only with this session’s token and from its own origin', async () => {
    const { billing, handler } = await setUp();
    const token = await tokenFrom(handler);
    const fields = { invoiceId: 'inv-1', _csrf: token, return: '/console/invoices/inv-1' };
    // Same viewer, another session: the token is not transferable.
    const otherSession = createConsole({
      billing,
      authorize: () => ({ ...alice, sessionId: 'session-2' }),
      basePath: '/console',
      secret,
    });
    expect((await otherSession(post('/console/actions/pause', fields))).status).toBe(403);
    expect((await handler(post('/console/actions/pause', { ...fields, _csrf: '' }))).status).toBe(403);
    expect((await handler(post('/console/actions/pause', fields, null))).status).toBe(403);
    expect((await handler(post('/console/actions/pause', fields, 'https://evil.example'))).status).toBe(403);
    expect(
      (await billing.store.listAudit({ invoiceId: 'inv-1' })).filter((entry) => entry.actor.startsWith('console:')),
    ).toEqual([]);

    const accepted = await handler(post('/console/actions/pause', fields));
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe('/console/invoices/inv-1');
    expect((await billing.store.listAudit({ invoiceId: 'inv-1' })).at(-1)).toMatchObject({
      actor: 'console:alice',
      action: 'reminders.paused',
      details: { by: 'alice' },
    });
  });

  it('redirects only inside the console after an action', async () => {
    const { handler } = await setUp();
    const token = await tokenFrom(handler);
    for (const target of ['https://evil.example/', '//evil.example/', '/elsewhere']) {
      const response = await handler(
        post('/console/actions/pause', { invoiceId: 'inv-1', _csrf: token, return: target }),
      );
      expect(response.headers.get('location') ?? '/console/').toBe('/console/');
      await handler(post('/console/actions/resume', { invoiceId: 'inv-1', _csrf: token }));
    }
  });

  it('names the missing field and changes nothing', async () => {
    const { billing, handler } = await setUp();
    const token = await tokenFrom(handler);
    const response = await handler(
      post('/console/actions/record-payment', { invoiceId: 'inv-1', _csrf: token, method: 'cash', amount: '10.00' }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('The field &quot;reference&quot; is required.');
    expect((await billing.getInvoice('inv-1'))?.payments).toEqual([]);
  });

  it('pauses reminders so the runtime sends none, and resumes them', async () => {
    const { billing, clock, handler } = await setUp();
    const token = await tokenFrom(handler);
    expect((await handler(post('/console/actions/pause', { invoiceId: 'inv-1', _csrf: token }))).status).toBe(303);
    const reminders = async () =>
      (await billing.store.listOutbox({ invoiceId: 'inv-1' })).filter((entry) => entry.stage.startsWith('reminder'));
    // Through the due date and past the first overdue stages, hour by hour, as a worker would run.
    for (let hour = 0; hour < 24 * 8; hour++) {
      clock.set(Date.parse('2026-12-01T10:00:00.000Z') + hour * 3_600_000);
      await billing.runDueReminders();
    }
    expect(await reminders()).toEqual([]);
    expect((await handler(post('/console/actions/resume', { invoiceId: 'inv-1', _csrf: token }))).status).toBe(303);
    for (let hour = 0; hour < 24 * 3; hour++) {
      clock.set(Date.parse('2026-12-09T10:00:00.000Z') + hour * 3_600_000);
      await billing.runDueReminders();
    }
    expect((await reminders()).length).toBeGreaterThan(0);
  });

  it('refuses to pause an invoice the customer disputes, and never closes that dispute', async () => {
    const { billing, handler } = await setUp();
    const invoice = (await billing.getInvoice('inv-1'))!;
    await billing.store.putInvoice({
      ...invoice,
      dispute: { openedAt: '2026-12-01T10:00:00.000Z', reason: 'wrong cake' },
    });
    const token = await tokenFrom(handler);
    expect((await handler(post('/console/actions/pause', { invoiceId: 'inv-1', _csrf: token }))).status).toBe(409);
    expect((await handler(post('/console/actions/resume', { invoiceId: 'inv-1', _csrf: token }))).status).toBe(409);
    expect((await billing.getInvoice('inv-1'))?.dispute?.reason).toBe('wrong cake');
  });

  it('lists invoices in pages read from the store by key, never the whole store at once', async () => {
    const { billing, handler } = await setUp();
    for (let index = 2; index <= 120; index++)
      await billing.addInvoice(
        createInvoice({
          id: `inv-${String(index).padStart(3, '0')}`,
          number: `F-${index}`,
          customerId: 'c-1',
          currency: index % 2 === 0 ? 'EUR' : 'USD',
          status: 'open',
          issueDate: '2026-12-01',
          dueDate: '2026-12-20',
          businessTimeZone: 'Europe/Rome',
          lines: [
            {
              description: 'x',
              quantity: '1',
              unitPrice: parseMoney('1.00', index % 2 === 0 ? 'EUR' : 'USD'),
              taxRate: '0',
            },
          ],
        }),
      );
    const seen: string[] = [];
    let path: string | undefined = '/console/';
    while (path) {
      const page = await (await handler(new Request(`http://console.test${path}`))).text();
      const rows = [...page.matchAll(/<td><a href="\/console\/invoices\/([^"]+)">/g)].map(
        (match) => match[1] as string,
      );
      expect(rows.length).toBeLessThanOrEqual(50);
      seen.push(...rows);
      path = /<a href="([^"]+)">Next 50 invoices<\/a>/.exec(page)?.[1]?.replace(/&amp;/g, '&');
    }
    expect(seen.length).toBe(120);
    expect(new Set(seen).size).toBe(120);
    // A filter the store cannot apply (currency) still fills pages and finds every match.
    const usd: string[] = [];
    path = '/console/?currency=USD';
    while (path) {
      const page = await (await handler(new Request(`http://console.test${path}`))).text();
      usd.push(
        ...[...page.matchAll(/<td><a href="\/console\/invoices\/([^"]+)">/g)].map((match) => match[1] as string),
      );
      path = /<a href="([^"]+)">Next 50 invoices<\/a>/.exec(page)?.[1]?.replace(/&amp;/g, '&');
    }
    expect(usd.length).toBe(59); // the odd ones of 2–120
  });

  it('mounts in Express through toNodeHandler', async () => {
    const { handler } = await setUp();
    const app = express();
    app.all('/console/{*rest}', toNodeHandler(handler));
    const server = await listen(createServer(app));
    try {
      const page = await fetch(`${server.origin}/console/invoices/inv-1`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
      const action = await fetch(`${server.origin}/console/actions/pause`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin },
        body: new URLSearchParams({ invoiceId: 'inv-1', _csrf: token }),
      });
      expect(action.status).toBe(303);
    } finally {
      await server.close();
    }
  });

  it('mounts as a Hono route', async () => {
    const { handler } = await setUp();
    const app = new Hono();
    app.all('/console/*', (c) => handler(c.req.raw));
    const response = await app.fetch(new Request('http://console.test/console/review'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<h1>Review queue</h1>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
