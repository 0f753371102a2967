import { renderMessage } from '@cobro/core';
import { createStripeEmulator, createWhatsAppEmulator, type WhatsAppEmulator } from '@cobro/testing';
import { EdgeRuntime } from 'edge-runtime';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleEdgeWorker, type EdgeTarget } from './edge-worker/bundle-edge-worker';

// Monday 30 November 2026, 11:00 in Mexico City: inside the lawful window, so the sends go out.
const nowIso = '2026-11-30T17:00:00.000Z';
const now = () => new Date(nowIso);

/** A running worker: what the test sends it, as its runtime would receive it. */
interface RunningWorker {
  fetch(path: string, init?: { method?: string; body?: string; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

async function startWorker(target: EdgeTarget, script: string): Promise<RunningWorker> {
  if (target === 'workerd') {
    const miniflare = new Miniflare({ modules: true, script, compatibilityDate: '2025-12-01' });
    await miniflare.ready;
    return {
      fetch: async (path, init) => {
        const response = await miniflare.dispatchFetch(`http://worker.local${path}`, { method: 'POST', ...init });
        return new Response(await response.text(), { status: response.status });
      },
      close: () => miniflare.dispose(),
    };
  }
  const runtime = new EdgeRuntime({ initialCode: script });
  return {
    fetch: async (path, init) => {
      const response = await runtime.dispatchFetch(`http://worker.local${path}`, { method: 'POST', ...init });
      await response.waitUntil();
      return new Response(await response.text(), { status: response.status });
    },
    close: async () => {},
  };
}

describe.each(['workerd', 'edge-runtime'] as const)('the minimal worker in %s', (target) => {
  let whatsapp: WhatsAppEmulator;
  let stripe: Awaited<ReturnType<typeof createStripeEmulator>>;
  let worker: RunningWorker;
  const sentTo = (phone: string) =>
    whatsapp.requests
      .filter((request) => request.messageId && request.body.to === phone)
      .map((request) => request.body);

  beforeAll(async () => {
    whatsapp = await createWhatsAppEmulator({ appSecret: 'edge-app-secret', accessToken: 'edge-access-token', now });
    stripe = await createStripeEmulator({ secretKey: 'sk_test_edge', webhookSecret: 'whsec_edge', now });
    const script = await bundleEdgeWorker({
      target,
      define: { whatsappBaseURL: whatsapp.baseURL, stripeBaseURL: stripe.baseURL, now: nowIso },
    });
    worker = await startWorker(target, script);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await whatsapp?.close();
    await stripe?.close();
  });

  it('renders and sends an invoice with a Stripe payment link', async () => {
    const response = await worker.fetch('/send-invoice');
    expect(await response.text()).toBe('{"state":"sent"}');
    expect(stripe.paymentLinks.size).toBe(1);
    const [invoice] = sentTo('525512341001');
    expect(invoice).toMatchObject({ type: 'template', template: { name: 'cobro_invoice_sent' } });
    expect(JSON.stringify(invoice)).toContain('$500.00');
  });

  it('books a signed Stripe payment and thanks the customer', async () => {
    const [linkId] = [...stripe.paymentLinks.keys()];
    const { webhook } = stripe.pay(linkId!);
    const response = await worker.fetch('/webhooks/stripe', { body: webhook.rawBody, headers: webhook.headers });
    expect(`${response.status} ${await response.text()}`).toMatch(/^200/);
    await worker.fetch('/drain');
    const invoice = JSON.parse(await (await worker.fetch('/invoice')).text()) as { status: string };
    expect(invoice.status).toBe('paid');
    const thanks = sentTo('525512341001').at(-1);
    expect(JSON.stringify(thanks)).toMatch(/cobro_payment_received|Gracias/);
  });

  it('answers a signed STOP with 200 and sends the confirmation', async () => {
    const before = sentTo('525512341001').length;
    const stop = whatsapp.inboundText('+525512341001', 'STOP');
    const response = await worker.fetch('/webhooks/whatsapp', { body: stop.rawBody, headers: stop.headers });
    expect(response.status).toBe(200);
    await worker.fetch('/drain');
    const replies = sentTo('525512341001').slice(before);
    expect(replies).toHaveLength(1);
    // The catalogue's own confirmation, whatever its wording today.
    const confirmation = renderMessage({
      key: 'opt-out-confirmed',
      locale: 'es-MX',
      variables: { name: 'Lucía', business: 'Florería Jacaranda' },
    }).body;
    expect(JSON.stringify(replies[0])).toContain(JSON.stringify(confirmation).slice(1, -1));
  });

  it('refuses a STOP whose signature is wrong, before reading it', async () => {
    const stop = whatsapp.inboundText('+525512341001', 'STOP');
    const headers = { ...stop.headers, 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` };
    const response = await worker.fetch('/webhooks/whatsapp', { body: stop.rawBody, headers });
    expect(response.status).toBe(401);
  });
});

describe.each(['workerd', 'edge-runtime'] as const)('the console in %s', (target) => {
  let whatsapp: WhatsAppEmulator;
  let worker: RunningWorker;

  beforeAll(async () => {
    whatsapp = await createWhatsAppEmulator({ appSecret: 'edge-app-secret', accessToken: 'edge-access-token', now });
    const script = await bundleEdgeWorker({
      target,
      app: 'console-app',
      define: { whatsappBaseURL: whatsapp.baseURL, now: nowIso },
    });
    worker = await startWorker(target, script);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await whatsapp?.close();
  });

  it('shows the invoices to the viewer the app authorises, and nothing to anyone else', async () => {
    const page = await worker.fetch('/console/', { method: 'GET', headers: { 'x-viewer': 'ana' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('F-0001');
    expect(html).not.toContain('5512341001');
    const invoice = await worker.fetch('/console/invoices/inv-001', { method: 'GET', headers: { 'x-viewer': 'ana' } });
    expect(invoice.status).toBe(200);
    expect((await worker.fetch('/console/', { method: 'GET' })).status).toBe(401);
  });

  it('refuses a state-changing POST without its form token', async () => {
    const response = await worker.fetch('/console/actions/pause', {
      method: 'POST',
      headers: {
        'x-viewer': 'ana',
        origin: 'http://worker.local',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'invoiceId=inv-001',
    });
    expect(response.status).toBe(403);
  });
});
