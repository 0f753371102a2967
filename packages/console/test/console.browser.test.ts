import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { defaultReminderPolicy, planReminders } from '@cobro/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousViolations } from './support/browser';
import { listen, type RunningServer, startConsoleServer } from './support/console-server';
import { buildDemoBilling, type DemoBilling } from './support/demo-billing';

const screenshots = resolve(import.meta.dirname, '../../../docs/console');

let demo: DemoBilling;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

async function signedIn(session = 'session-alice'): Promise<Page> {
  await context.clearCookies();
  await context.addCookies([{ name: 'cobro_session', value: session, url: server.origin, sameSite: 'Lax' }]);
  return context.newPage();
}

async function auditActions(invoiceId: string): Promise<{ action: string; actor: string }[]> {
  return (await demo.billing.store.listAudit({ invoiceId })).map(({ action, actor }) => ({ action, actor }));
}

beforeAll(async () => {
  demo = await buildDemoBilling();
  server = await startConsoleServer(demo);
  browser = await launchChromium();
  // axe-core is injected as a script, which the console's own policy (no scripts at all) would block.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every view, in Chromium, with a month of demo data', () => {
  const views = [
    { name: 'invoices', path: '/console/', heading: 'Invoices' },
    { name: 'invoices-overdue-eur', path: '/console/?currency=EUR&overdue=1', heading: 'Invoices' },
    { name: 'invoice', path: '/console/invoices/as-0301', heading: 'Invoice AS-0301' },
    { name: 'customer', path: '/console/customers/c-ana', heading: 'Customer Ana' },
    { name: 'review-queue', path: '/console/review', heading: 'Review queue' },
    { name: 'reports', path: '/console/reports', heading: 'Reports' },
    {
      name: 'message-preview',
      path: '/console/preview?key=reminder-overdue-gentle&locale=pt-BR&preset=BR',
      heading: 'Message preview',
    },
  ];
  for (const view of views) {
    it(`${view.name} loads, passes axe-core and is captured`, async () => {
      const page = await signedIn();
      const response = await page.goto(`${server.origin}${view.path}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(view.heading);
      // The stylesheet applied (served by the console itself, under its own content policy).
      expect(await page.locator('header.top').evaluate((node) => getComputedStyle(node).display)).toBe('flex');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: resolve(screenshots, `${view.name}.png`), fullPage: true });
      await page.close();
    });
  }

  it('the invoices list shows aging, next actions and the rule and preset that hold them', async () => {
    const page = await signedIn();
    await page.goto(`${server.origin}/console/`);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(7);
    const giulia = await rows.filter({ hasText: 'F-2026-0042' }).textContent();
    expect(giulia).toContain('overdue');
    expect(giulia).toContain('Held: opted-out (rule of preset whatsapp-base)');
    const lucia = await rows.filter({ hasText: 'F-2026-0051' }).textContent();
    // 2026-12-20 is a Sunday: Spain's preset closes it, so the next reminder waits for Monday morning.
    expect(lucia).toMatch(/reminder-[a-z-]+ at 2026-12-21 \d\d:\d\d Europe\/Madrid/);
    expect(lucia).toContain('Held: closed-day (rule of preset ES) until 2026-12-21 10:00 Europe/Madrid');
    // Sofia's next stage falls on Monday anyway: scheduled, not held, even though the gate is shut on Sunday.
    const sofia = await rows.filter({ hasText: 'F-2026-0052' }).textContent();
    expect(sofia).toMatch(/reminder-[a-z-]+ at 2026-12-21 10:00 Europe\/Rome/);
    expect(sofia).not.toContain('Held');
    await page.goto(`${server.origin}/console/?currency=EUR&overdue=1`);
    const filtered = await page.locator('tbody tr td:first-child').allTextContents();
    expect(filtered.sort()).toEqual(['F-2026-0042', 'F-2026-0050', 'F-2026-0051', 'F-2026-0052']);
    await page.goto(`${server.origin}/console/?status=paid`);
    expect((await page.locator('tbody tr td:first-child').allTextContents()).sort()).toEqual(['AS-0301', 'FJ-1187']);
    await page.close();
  });

  it('an invoice page shows the timeline beside WhatsApp-style bubbles in the customer’s language', async () => {
    const page = await signedIn();
    await page.goto(`${server.origin}/console/invoices/as-0301`);
    const chat = page.locator('.chat');
    expect(await chat.getAttribute('lang')).toBe('pt-BR');
    expect(await page.locator('.bubble.in').first().textContent()).toContain('Posso pagar no dia 15');
    const outbound = await page.locator('.bubble.out .kind').allTextContents();
    expect(outbound.some((kind) => kind.startsWith('Template cobro_'))).toBe(true);
    expect(outbound.some((kind) => kind.startsWith('Free-form'))).toBe(true);
    // Buttons are drawn under the bubble that carried them.
    expect(await page.locator('.bubble.out .buttons span').count()).toBeGreaterThan(0);
    const timeline = await page.locator('ol.timeline').textContent();
    expect(timeline).toContain('Payment link created');
    expect(timeline).toContain('Reply from the customer');
    expect(timeline).toMatch(/Delivery status\s+(delivered|read)/);
    expect(timeline).toContain('Payment R$320.00 via in-memory');
    expect(timeline).toContain('Audit: payment.applied');
    await page.goto(`${server.origin}/console/invoices/f-2026-0050`);
    expect(await page.locator('ol.timeline li.planned').first().textContent()).toMatch(
      /Planned: reminder-[a-z-]+ .* inside the window \d\d:\d\d–\d\d:\d\d/,
    );
    await page.close();
  });

  it('a customer page shows consent evidence and a masked phone, in full only for a viewer allowed to see it', async () => {
    const page = await signedIn();
    await page.goto(`${server.origin}/console/customers/c-giulia`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('WhatsApp consent box on order form of Giulia');
    expect(text).toMatch(/Opted out on 2026-12-09 18:42 Europe\/Rome \(whatsapp-reply/);
    expect(text).not.toContain('3471234567');
    expect(text).toContain('+39••••••••67');
    const admin = await signedIn('session-carla');
    await admin.goto(`${server.origin}/console/customers/c-giulia`);
    expect(await admin.locator('main').textContent()).toContain('+393471234567');
    await page.close();
    await admin.close();
  });

  it('reports draw SVG charts per currency and link CSV exports that download', async () => {
    const page = await signedIn();
    await page.goto(`${server.origin}/console/reports`);
    // Aging only where money is still owed (EUR and USD); collection rate and days to pay for all four currencies.
    expect(await page.locator('figure svg[role=img]').count()).toBe(2 + 2 * 4);
    expect(await page.locator('figure figcaption').allTextContents()).toContain('Aging, EUR (total €300.00)');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Invoices CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('invoices.csv');
    const csv = await new Response((await download.createReadStream()) as unknown as ReadableStream).text();
    expect(csv.split('\n')[0]).toMatch(/^number,customer_id,status,currency/);
    expect(csv).toContain('AS-0301');
    await page.close();
  });

  it('the message preview renders the bubble and the WhatsApp template it would use', async () => {
    const page = await signedIn();
    await page.goto(`${server.origin}/console/preview`);
    await page.getByRole('combobox', { name: 'Message' }).selectOption('reminder-overdue-gentle');
    await page.getByRole('combobox', { name: 'Locale' }).selectOption('pt-BR');
    await page.getByRole('combobox', { name: 'Preset' }).selectOption('BR');
    await page.getByRole('button', { name: 'Preview' }).click();
    expect(await page.locator('.bubble.out').getAttribute('class')).toBe('bubble out');
    expect(await page.locator('.chat').getAttribute('lang')).toBe('pt-BR');
    const template = JSON.parse((await page.locator('pre').textContent()) ?? '{}');
    expect(template).toMatchObject({ name: 'cobro_reminder_overdue_gentle', language: 'pt_BR', category: 'UTILITY' });
    // Brazil's preset requires the supplier's identity in every message: the bubble and the template both carry it.
    expect(await page.locator('.bubble.out').textContent()).toContain('12.345.678/0001-90');
    // Sample amounts and dates are formatted for the locale, as a real customer's would be.
    expect(await page.locator('.bubble.out').textContent()).toMatch(/€\s45,00.*7 de dezembro de 2026/s);
    expect(JSON.stringify(template)).toContain('supplier_tax_id');
    await page.close();
  });
});

describe('review queue and actions, end to end in the browser', () => {
  it('marks an ambiguous send sent, gives up another, retries a failed one: each lands in the audit log by its viewer', async () => {
    const [marco, sofia] = demo.ambiguousKeys as [string, string];
    const page = await signedIn();
    await page.goto(`${server.origin}/console/review`);
    const row = (invoice: string) => page.locator('tbody tr', { hasText: invoice });
    await row('f-2026-0050').getByLabel('Message id (if known)').fill('wamid.CONFIRMED-BY-PHONE');
    await row('f-2026-0050').getByRole('button', { name: 'Mark sent' }).click();
    await page.waitForURL(`${server.origin}/console/review`);
    await row('f-2026-0052').getByRole('button', { name: 'Give up' }).click();
    await page.waitForURL(`${server.origin}/console/review`);
    await row('f-2026-0051').getByRole('button', { name: 'Retry' }).click();
    await page.waitForURL(`${server.origin}/console/review`);
    expect(await page.locator('.notice').textContent()).toBe('Nothing to review.');

    expect(await demo.billing.store.getOutbox(marco)).toMatchObject({
      state: 'sent',
      channelMessageId: 'wamid.CONFIRMED-BY-PHONE',
    });
    expect(await demo.billing.store.getOutbox(sofia)).toMatchObject({
      state: 'failed',
      lastError: { code: 'given-up' },
    });
    expect(await demo.billing.store.getOutbox(demo.failedKey)).toMatchObject({ state: 'pending' });
    expect(await demo.billing.store.findMessageByOutboxKey(marco)).toMatchObject({
      status: 'sent',
      channelMessageId: 'wamid.CONFIRMED-BY-PHONE',
    });
    expect(await auditActions('f-2026-0050')).toContainEqual({ action: 'outbox.marked-sent', actor: 'console:alice' });
    expect(await auditActions('f-2026-0052')).toContainEqual({ action: 'outbox.given-up', actor: 'console:alice' });
    expect(await auditActions('f-2026-0051')).toContainEqual({ action: 'outbox.retried', actor: 'console:alice' });
    // The audit entries show up on the invoice's own timeline.
    await page.goto(`${server.origin}/console/invoices/f-2026-0050`);
    expect(await page.locator('ol.timeline').textContent()).toContain('Audit: outbox.marked-sent by console:alice');
    await page.close();
  });

  it('records a manual payment from the invoice page', async () => {
    const page = await signedIn();
    await page.goto(`${server.origin}/console/invoices/f-2026-0050`);
    await page.getByLabel('Amount (EUR)').fill('20.00');
    await page.getByLabel('Method').selectOption('cash');
    await page.getByLabel('Reference').fill('RECEIPT-77');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await page.waitForURL(`${server.origin}/console/invoices/f-2026-0050`);
    expect(await page.locator('dl.facts').textContent()).toContain('€100.00');
    const invoice = await demo.billing.getInvoice('f-2026-0050');
    expect(invoice?.balance).toEqual({ amountMinor: 10_000, currency: 'EUR' });
    expect(invoice?.status).toBe('partially_paid');
    expect(await auditActions('f-2026-0050')).toContainEqual({
      action: 'payment.recorded-by-hand',
      actor: 'console:alice',
    });
    await page.close();
  });

  it('refuses a bad amount with a message naming the field and changes nothing', async () => {
    const page = await signedIn();
    await page.goto(`${server.origin}/console/invoices/f-2026-0052`);
    await page.getByLabel('Amount (EUR)').fill('12,5x');
    await page.getByLabel('Reference').fill('R-1');
    const [response] = await Promise.all([
      page.waitForResponse((each) => each.request().method() === 'POST'),
      page.getByRole('button', { name: 'Record payment' }).click(),
    ]);
    expect(response.status()).toBe(400);
    expect(await page.locator('[role=alert]').textContent()).toContain('"amount"');
    expect((await demo.billing.getInvoice('f-2026-0052'))?.payments).toEqual([]);
    await page.close();
  });

  it('pauses and resumes reminders; the planner honours the pause', async () => {
    const page = await signedIn();
    await page.goto(`${server.origin}/console/invoices/f-2026-0052`);
    await page.getByRole('button', { name: 'Pause reminders' }).click();
    await page.waitForURL(`${server.origin}/console/invoices/f-2026-0052`);
    expect(await page.locator('dl.facts').textContent()).toContain('paused by alice');
    const paused = await demo.billing.getInvoice('f-2026-0052');
    const customer = demo.customers.find((each) => each.id === 'c-sofia')!;
    const plan = (invoice: typeof paused) =>
      planReminders({ invoice: invoice!, customer, policy: defaultReminderPolicy, history: [], now: demo.clock.now() });
    expect(plan(paused).reminders).toEqual([]);
    await page.getByRole('button', { name: 'Resume reminders' }).click();
    await page.waitForURL(`${server.origin}/console/invoices/f-2026-0052`);
    const resumed = await demo.billing.getInvoice('f-2026-0052');
    expect(resumed?.dispute).toBeUndefined();
    expect(plan(resumed).reminders.length).toBeGreaterThan(0);
    expect(await auditActions('f-2026-0052')).toEqual(
      expect.arrayContaining([
        { action: 'reminders.paused', actor: 'console:alice' },
        { action: 'reminders.resumed', actor: 'console:alice' },
      ]),
    );
    await page.close();
  });
});

describe('access', () => {
  it('answers 401 to a request without a session, and 403 to a read-only viewer’s action', async () => {
    await context.clearCookies();
    const anonymous = await context.newPage();
    expect((await anonymous.goto(`${server.origin}/console/`))?.status()).toBe(401);
    expect(await anonymous.locator('body').textContent()).not.toContain('F-2026');
    await anonymous.close();

    const bob = await signedIn('session-bob');
    await bob.goto(`${server.origin}/console/review`);
    expect(
      await bob
        .getByRole('button')
        .filter({ hasText: /Mark sent|Retry|Give up/ })
        .count(),
    ).toBe(0);
    const status = await bob.evaluate(async (url) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'key=x',
      });
      return response.status;
    }, `${server.origin}/console/actions/retry`);
    expect(status).toBe(403);
    await bob.close();
  });

  it('refuses a cross-site form post, even one carrying the viewer’s cookie', async () => {
    const before = (await demo.billing.store.listAudit()).length;
    const target = `${server.origin}/console/actions/pause`;
    // Another origin on the same host (same site, so the Lax session cookie goes along): a classic CSRF page.
    const attacker = await listen(
      createServer((_, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<!doctype html><html lang="en"><title>win a prize</title><form id="f" method="post" action="${target}">
<input name="invoiceId" value="f-2026-0051"><input name="_csrf" value="guessed"><input name="return" value="/console/"></form>
<script>document.getElementById('f').submit()</script></html>`);
      }),
    );
    try {
      const page = await signedIn();
      const [response] = await Promise.all([page.waitForResponse(target), page.goto(attacker.origin)]);
      expect(response.status()).toBe(403);
      expect(await response.text()).toContain('cross-site');
      expect((await demo.billing.getInvoice('f-2026-0051'))?.dispute).toBeUndefined();
      expect((await demo.billing.store.listAudit()).length).toBe(before);
      await page.close();
    } finally {
      await attacker.close();
    }
  });
});
