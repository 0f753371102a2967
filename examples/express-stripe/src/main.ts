import { createConsoleLogger } from './console-logger.js';
import { createExpressStripe } from './create-express-stripe.js';
import { demoBusiness, demoCustomer, demoInvoice } from './demo-invoice.js';
import { localSecrets, startLocalEmulators } from './local-emulators.js';
import { readEnvironment } from './read-environment.js';
import { startServer } from './start-server.js';

// Real credentials when set (the adapters read WHATSAPP_* and STRIPE_* themselves), the local emulators otherwise.
const env = readEnvironment(process.env);
const logger = createConsoleLogger();
const emulators = await startLocalEmulators();
const { billing, app } = createExpressStripe({
  whatsapp: env.liveWhatsApp ? {} : emulators.whatsappSettings,
  stripe: env.liveStripe ? {} : emulators.stripeSettings,
  business: demoBusiness,
  logger,
});
billing.events.on('payment.received', ({ payment, invoice }) =>
  logger.info('payment booked', { invoiceId: invoice.id, providerPaymentId: payment.providerPaymentId }),
);
billing.events.on('invoice.paid', ({ invoice }) => logger.info('invoice paid', { invoiceId: invoice.id }));
billing.events.on('customer.opted-out', ({ customerId }) => logger.info('customer opted out', { customerId }));
const server = await startServer(app, { port: env.port, hostname: process.env.HOST ?? '127.0.0.1' });
logger.info('listening', {
  url: server.url,
  whatsapp: env.liveWhatsApp ? 'live' : `emulator ${emulators.whatsapp.baseURL}`,
  stripe: env.liveStripe ? 'live' : `emulator ${emulators.stripe.baseURL}`,
});

// A demo invoice: to the emulator's fictitious Emily, or on real WhatsApp only to DEMO_CUSTOMER_PHONE.
const phone = env.liveWhatsApp ? env.demoCustomerPhone : '+1 617 555 0143';
if (phone) {
  const invoice = demoInvoice(new Date());
  await billing.saveCustomer(demoCustomer(phone));
  await billing.addInvoice(invoice);
  const { message } = await billing.sendInvoice(invoice.id);
  logger.info('invoice sent', { invoiceId: invoice.id, message: message.state });
  console.log(`\n"Pay now" redirect: ${server.url}/pay/${invoice.id}`);
  if (!env.liveStripe) {
    // The emulated customer pays at once: the emulator completes the checkout and signs checkout.session.completed,
    // which is POSTed to the endpoint as Stripe would.
    const [link] = await billing.store.listPaymentLinks(invoice.id);
    if (link) {
      const { webhook } = emulators.stripe.pay(link.linkId);
      const response = await fetch(`${server.url}/webhooks/stripe`, {
        method: 'POST',
        headers: webhook.headers,
        body: webhook.rawBody,
      });
      logger.info('stripe webhook delivered', { status: response.status, answer: await response.text() });
    }
  }
}
if (!env.liveWhatsApp) {
  console.log(
    [
      '',
      'Meta subscription handshake:',
      `  curl '${server.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${localSecrets.whatsappVerifyToken}&hub.challenge=42'`,
      '',
      'Ctrl-C to stop.',
    ].join('\n'),
  );
}

const shutdown = async (signal: string) => {
  logger.info('stopping', { signal });
  await server.close();
  await emulators.close();
};
process.once('SIGINT', (signal) => void shutdown(signal));
process.once('SIGTERM', (signal) => void shutdown(signal));
