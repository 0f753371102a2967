// The adapter inside cobro, end to end on loopback: the fake Mercado Pago API, the WhatsApp Cloud API emulator,
// and the app's webhook endpoint. cobro creates the Checkout Pro link through the adapter, the customer pays, and
// Mercado Pago's signed notification reaches the endpoint over HTTP, is verified, re-fetched and booked.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createBilling,
  createCustomer,
  createInvoice,
  type Invoice,
  type PaymentProviderV1WebhookEvent,
  parseMoney,
  toNodeHandler,
} from '@cobro/core';
import { createWhatsAppEmulator } from '@cobro/testing';
import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { startFakeMercadoPago } from './fake-mercado-pago/fake-mercado-pago';
import { createMercadoPago } from './mercado-pago-provider';

/** What happened, for main.ts to print and the test to check. */
export interface MercadoPagoExampleRun {
  /** The Checkout Pro URL cobro sent. */
  readonly checkoutUrl: string;
  /** The Mercado Pago payment id. */
  readonly paymentId: string;
  /** The notification, verified and normalised by the adapter on its own. */
  readonly event: PaymentProviderV1WebhookEvent;
  /** HTTP statuses of the endpoint: the notification, its redelivery, and a forged copy. */
  readonly statuses: { readonly delivered: number; readonly redelivered: number; readonly forged: number };
  /** The endpoint's JSON answers to the first two. */
  readonly outcomes: readonly string[];
  /** The invoice after payment. */
  readonly invoice: Invoice;
  /** Types of the WhatsApp messages sent, in order. */
  readonly whatsappMessages: readonly string[];
}

const appSecret = 'example-meta-app-secret';

/**
 * Runs the example and closes every server it started. Every part shares one clock, by default Tuesday
 * 1 December 2026, 11:00 in São Paulo: cobro sends collection messages only at lawful hours, so a run at night
 * would schedule the invoice for the morning instead of sending it.
 */
export async function runMercadoPagoExample({
  now = () => new Date('2026-12-01T14:00:00.000Z'),
}: {
  /** The shared clock. */
  now?: () => Date;
} = {}): Promise<MercadoPagoExampleRun> {
  const mercadoPago = await startFakeMercadoPago({ now });
  const whatsappApi = await createWhatsAppEmulator({ appSecret, now });
  const provider = createMercadoPago({
    now,
    accessToken: mercadoPago.accessToken,
    webhookSecret: mercadoPago.webhookSecret,
    baseURL: mercadoPago.url,
    notificationUrl: 'https://loja.example.com.br/webhooks/mercadopago',
  });
  const { channel } = createWhatsAppCloud({
    accessToken: whatsappApi.accessToken,
    phoneNumberId: '106540352242922',
    appSecret,
    baseURL: whatsappApi.baseURL,
    pacing: false,
    now,
  });
  const billing = createBilling({
    channel,
    providers: [provider],
    business: { name: 'Ateliê Souza', legalName: 'Ateliê Souza Ltda', taxId: '12.345.678/0001-90' },
    clock: now,
  });
  const handler = toNodeHandler(billing.paymentWebhookHandler('mercadopago'));
  const server = createServer((request, response) => {
    // Mercado Pago appends ?data.id=…&type=… to the notification URL.
    if (new URL(request.url ?? '/', 'http://app').pathname !== '/webhooks/mercadopago')
      return void response.writeHead(404).end();
    void handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/mercadopago`;
  const post = async (delivery: { rawBody: string; headers: Record<string, string>; query: string }) => {
    const response = await fetch(`${endpoint}${delivery.query}`, {
      method: 'POST',
      body: delivery.rawBody,
      headers: delivery.headers,
    });
    return { status: response.status, text: await response.text() };
  };

  try {
    await billing.saveCustomer(
      createCustomer({
        id: 'cus-ana',
        name: 'Ana',
        phone: '+55 11 98765 4321',
        locale: 'pt-BR',
        timeZone: 'America/Sao_Paulo',
        country: 'BR',
        subdivision: 'SP',
        optIn: { at: '2026-11-20T15:00:00.000Z', source: 'checkout', evidence: 'opção WhatsApp no pedido #301' },
      }),
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(now());
    await billing.addInvoice(
      createInvoice({
        id: 'as-0301',
        number: 'AS-0301',
        customerId: 'cus-ana',
        currency: 'BRL',
        status: 'open',
        issueDate: today,
        dueDate: today,
        businessTimeZone: 'America/Sao_Paulo',
        description: 'vestido sob medida',
        lines: [
          { description: 'vestido sob medida', quantity: '1', unitPrice: parseMoney('320.00', 'BRL'), taxRate: '0' },
        ],
      }),
    );
    await billing.sendInvoice('as-0301');
    const [link] = await billing.store.listPaymentLinks('as-0301');
    if (!link) throw new Error('cobro created no Mercado Pago link');

    // Ana opens the Checkout Pro link and pays; Mercado Pago notifies the app.
    const { paymentId, delivery } = await mercadoPago.pay(link.linkId);
    const event = await provider.parseWebhook(delivery);
    const delivered = await post(delivery);
    const redelivered = await post(delivery);
    const forged = await post({
      ...mercadoPago.sign(JSON.parse(delivery.rawBody), 'guessed-secret'),
      query: delivery.query,
    });
    // The webhook only booked the payment and queued the thank-you; the app's worker loop sends it.
    await billing.runDueReminders();
    const invoice = await billing.getInvoice('as-0301');
    if (!invoice) throw new Error('the invoice disappeared');
    return {
      checkoutUrl: link.url,
      paymentId,
      event,
      statuses: { delivered: delivered.status, redelivered: redelivered.status, forged: forged.status },
      outcomes: [delivered.text, redelivered.text],
      invoice,
      whatsappMessages: whatsappApi.requests
        .filter((request) => request.messageId)
        .map((request) => String(request.body.type)),
    };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await whatsappApi.close();
    await mercadoPago.close();
  }
}
