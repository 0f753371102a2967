import { type Billing, toNodeHandler } from '@cobro/core';
import express, { type Express } from 'express';

/** What {@link createExpressApp} mounts. */
export interface ExpressAppOptions {
  /** The billing runtime whose handlers answer the webhooks. */
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
 * The Express 5 app: `POST /webhooks/stripe`, `GET|POST /webhooks/whatsapp`, `GET /pay/:invoiceId` (the redirect
 * behind a "Pay now" button) and `GET /health`.
 */
export function createExpressApp({ billing, verifySubscription, waitUntil }: ExpressAppOptions): Express {
  const app = express();
  // Signatures are checked on the exact bytes: the webhook routes take the body raw, never through express.json().
  const raw = express.raw({ type: 'application/json' });
  const stripe = toNodeHandler(billing.paymentWebhookHandler('stripe', { waitUntil }));
  const whatsapp = toNodeHandler(billing.channelWebhookHandler({ verifySubscription, waitUntil }));
  app.post('/webhooks/stripe', raw, stripe);
  app.get('/webhooks/whatsapp', whatsapp);
  app.post('/webhooks/whatsapp', raw, whatsapp);

  // The rest of the app may parse JSON as usual; it never sees the webhook routes above.
  app.use(express.json());
  app.get('/pay/:invoiceId', async (req, res) => {
    const url = await billing.currentPaymentUrl(req.params.invoiceId);
    if (url) res.redirect(302, url);
    else res.status(404).type('text/plain').send('This invoice has no open payment link.');
  });
  app.get('/health', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  return app;
}
