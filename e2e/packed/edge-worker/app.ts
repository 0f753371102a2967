// The minimal webhook worker the edge test runs in workerd and edge-runtime, and `pnpm bench` weighs: createBilling
// with the WhatsApp channel and Stripe, built and bundled from the published files the way an app's bundler would.
// Everything is created at module scope, where apps create it, so the test also proves that nothing random or timed
// runs there. The emulators' addresses and the clock come in at bundle time (esbuild `define`).
import { createBilling } from '@cobro/core';
import { createStripe } from '@cobro/stripe';
import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { edgeCustomer, edgeInvoice } from './edge-data';

declare const __WHATSAPP_BASE_URL__: string;
declare const __STRIPE_BASE_URL__: string;
declare const __NOW__: string;

const now = () => new Date(__NOW__);
const whatsapp = createWhatsAppCloud({
  accessToken: 'edge-access-token',
  phoneNumberId: '106540352242922',
  appSecret: 'edge-app-secret',
  baseURL: __WHATSAPP_BASE_URL__,
  now,
});
const billing = createBilling({
  business: { name: 'Florería Jacaranda' },
  channel: whatsapp.channel,
  providers: [
    createStripe({ secretKey: 'sk_test_edge', webhookSecret: 'whsec_edge', baseURL: __STRIPE_BASE_URL__, clock: now }),
  ],
  clock: now,
});
const stripeWebhook = billing.paymentWebhookHandler('stripe');
const whatsappWebhook = billing.channelWebhookHandler({ verifySubscription: whatsapp.verifySubscription });

async function sendInvoice(): Promise<Response> {
  await billing.saveCustomer(edgeCustomer());
  await billing.addInvoice(edgeInvoice());
  const { message } = await billing.sendInvoice('inv-001');
  return Response.json({ state: message.state });
}

/** Answers one request: the two webhooks, plus the app's own routes to send an invoice and to drain the outbox. */
export async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  try {
    if (pathname === '/webhooks/stripe') return await stripeWebhook(request);
    if (pathname === '/webhooks/whatsapp') return await whatsappWebhook(request);
    if (pathname === '/send-invoice') return await sendInvoice();
    if (pathname === '/drain') return Response.json(await billing.runDueReminders());
    if (pathname === '/invoice') return Response.json(await billing.getInvoice('inv-001'));
    return new Response('not found', { status: 404 });
  } catch (error) {
    return new Response(error instanceof Error ? `${error.name}: ${error.message}` : String(error), { status: 500 });
  }
}
