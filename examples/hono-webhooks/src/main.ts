import type { Hono } from 'hono';
import { createConsoleLogger } from './console-logger';
import { createHonoWebhooks } from './create-hono-webhooks';
import { demoBusiness, demoCustomer, demoInvoice } from './demo-invoice';
import { emulateConekta, emulateWhatsApp, localSecrets } from './local-emulators';
import { readEnvironment } from './read-environment';
import { startServer } from './start-server';

// Real credentials when set (the adapters read WHATSAPP_* and CONEKTA_* themselves), the local emulators otherwise.
const env = readEnvironment(process.env);
const logger = createConsoleLogger();

// The Conekta emulator needs the webhook URL before the app can be wired, so the server starts first and the app
// is mounted once ready.
let app: Hono | undefined;
const server = await startServer({
  port: env.port,
  hostname: process.env.HOST ?? '127.0.0.1',
  fetch: (request) => (app ? app.fetch(request) : new Response('starting', { status: 503 })),
});
const whatsapp = env.liveWhatsApp ? undefined : await emulateWhatsApp();
const conekta = env.liveConekta
  ? undefined
  : await emulateConekta({ webhookUrl: `${server.url}/webhooks/conekta`, hostedCheckout: true });
const wired = createHonoWebhooks({
  whatsapp: whatsapp?.settings ?? {},
  conekta: conekta?.settings ?? {},
  business: demoBusiness,
  logger,
});
app = wired.app;
const { billing } = wired;
billing.events.on('payment.received', ({ payment, invoice }) =>
  logger.info('payment booked', { invoiceId: invoice.id, providerPaymentId: payment.providerPaymentId }),
);
billing.events.on('invoice.paid', ({ invoice }) => logger.info('invoice paid', { invoiceId: invoice.id }));
billing.events.on('customer.opted-out', ({ customerId }) => logger.info('customer opted out', { customerId }));
logger.info('listening', {
  url: server.url,
  whatsapp: whatsapp ? `emulator ${whatsapp.emulator.baseURL}` : 'live',
  conekta: conekta ? `emulator ${conekta.emulator.baseURL}` : 'live',
});

// A demo invoice: to the emulator's fictitious Carlos, or on real WhatsApp only to DEMO_CUSTOMER_PHONE.
const phone = whatsapp ? '+52 55 1234 5678' : env.demoCustomerPhone;
if (phone) {
  const invoice = demoInvoice(new Date());
  await billing.saveCustomer(demoCustomer(phone));
  await billing.addInvoice(invoice);
  const { message } = await billing.sendInvoice(invoice.id);
  logger.info('invoice sent', { invoiceId: invoice.id, message: message.state });
  console.log(
    `\nPay it (card settles at once, OXXO/SPEI stay pending): ${await billing.currentPaymentUrl(invoice.id)}`,
  );
}
if (whatsapp) {
  const stop = whatsapp.emulator.inboundText('+525512345678', 'STOP');
  console.log(
    [
      '',
      'Meta subscription handshake:',
      `  curl '${server.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${localSecrets.whatsappVerifyToken}&hub.challenge=42'`,
      'Carlos replies STOP (a webhook signed by the emulator):',
      `  curl -i -X POST ${server.url}/webhooks/whatsapp -H 'content-type: application/json' -H 'x-hub-signature-256: ${stop.headers['x-hub-signature-256']}' --data-raw '${stop.rawBody}'`,
      '',
      'Ctrl-C to stop.',
    ].join('\n'),
  );
}

const shutdown = async (signal: string) => {
  logger.info('stopping', { signal });
  await server.close();
  await whatsapp?.emulator.close();
  await conekta?.emulator.close();
};
process.once('SIGINT', (signal) => void shutdown(signal));
process.once('SIGTERM', (signal) => void shutdown(signal));
