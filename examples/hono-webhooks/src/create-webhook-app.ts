import type { Billing } from '@cobro/core';
import { Hono } from 'hono';

/** What {@link createWebhookApp} mounts. */
export interface WebhookAppOptions {
  /** The billing runtime whose web-standard handlers answer the webhooks. */
  readonly billing: Billing;
  /** Answers WhatsApp's GET subscription handshake: `createWhatsAppCloud(...).verifySubscription`. */
  readonly verifySubscription: (query: string) => string;
  /**
   * Keeps the outbox drain running after a webhook is answered (the handlers only record and enqueue); on a
   * long-running server the promise simply runs on.
   */
  readonly waitUntil: (work: Promise<unknown>) => void;
}

/**
 * The Hono app: `GET|POST /webhooks/whatsapp` (Meta's handshake, then signed messages and statuses),
 * `POST /webhooks/conekta` (signed payment events) and `GET /health`.
 */
export function createWebhookApp({ billing, verifySubscription, waitUntil }: WebhookAppOptions): Hono {
  const whatsapp = billing.channelWebhookHandler({ verifySubscription, waitUntil });
  const conekta = billing.paymentWebhookHandler('conekta', { waitUntil });
  const app = new Hono();
  // The handlers get `c.req.raw` untouched: signatures are checked on the exact bytes, so no middleware here may
  // read or parse the body first.
  app.on(['GET', 'POST'], '/webhooks/whatsapp', (c) => whatsapp(c.req.raw));
  app.post('/webhooks/conekta', (c) => conekta(c.req.raw));
  app.get('/health', (c) => c.text('ok'));
  return app;
}
