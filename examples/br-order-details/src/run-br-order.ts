// The whole Brazilian order on loopback: the customer writes, the shop answers with an order_details "Review and
// pay" card carrying a dynamic Pix code, the order is billed in cobro, the Pix arrives at the shop's bank, the shop
// records it, and cobro thanks the customer and marks the order card paid (order_status, payment captured).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Billing,
  createBilling,
  createCustomer,
  createInvoice,
  type Invoice,
  toNodeHandler,
  whatsappOrderReferenceKey,
} from '@cobro/core';
import { createWhatsAppEmulator, type WhatsAppEmulatorRequest } from '@cobro/testing';
import { buildOrderDetailsMessage, createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { buildPixCopiaECola } from './pix-copia-e-cola';
import { exampleOrder, invoiceLines, orderDetailsItems, orderTotal } from './shop-order';

/** What happened, for main.ts to print and the test to check. */
export interface BrazilianOrderRun {
  /** The invoice after the Pix was recorded. */
  readonly invoice: Invoice;
  /** The invoice after the same Pix was recorded a second time. */
  readonly invoiceAfterReplay: Invoice;
  /** The `reference_id` of the order_details message, stored as the invoice's `whatsapp_order_reference`. */
  readonly orderReference: string;
  /** The Pix "copia e cola" code sent in the order. */
  readonly pixCode: string;
  /** The Pix end-to-end id the bank reported, recorded as the payment's reference. */
  readonly endToEndId: string;
  /** HTTP statuses the shop's webhook endpoint answered the emulator with. */
  readonly webhookStatuses: readonly number[];
  /** Every request the WhatsApp emulator received, oldest first. */
  readonly requests: readonly WhatsAppEmulatorRequest[];
  /** Message requests the emulator received after the Pix was recorded the first time. */
  readonly afterPayment: readonly WhatsAppEmulatorRequest[];
  /** Message requests the emulator received after the replayed recording. */
  readonly afterReplay: readonly WhatsAppEmulatorRequest[];
}

const appSecret = 'example-meta-app-secret';
const phoneNumberId = '106540352242922';

/** A Pix end-to-end id as the Banco Central formats it: E + payer bank ISPB + yyyyMMddHHmm + 11 characters. */
function endToEndIdAt(at: Date): string {
  const stamp = at.toISOString().replace(/[-:T]/g, '').slice(0, 12);
  return `E18236120${stamp}s0${String(at.getTime()).slice(-9)}`;
}

/** Runs the order end to end against the WhatsApp emulator and returns what was sent and booked. */
export async function runBrazilianOrder({
  now = () => new Date(),
}: {
  now?: () => Date;
} = {}): Promise<BrazilianOrderRun> {
  const emulator = await createWhatsAppEmulator({ appSecret, now });
  // The emulator has no per-recipient pair limit to respect; against Meta keep the default pacing.
  const whatsapp = createWhatsAppCloud({
    accessToken: emulator.accessToken,
    phoneNumberId,
    appSecret,
    baseURL: emulator.baseURL,
    pacing: false,
    now,
  });
  const billing: Billing = createBilling({
    channel: whatsapp.channel,
    business: {
      name: 'Empório Ipê',
      legalName: 'Empório Ipê Comércio de Alimentos Ltda',
      taxId: '12.345.678/0001-95',
      address: 'Rua dos Pinheiros 870, São Paulo SP',
    },
    clock: now,
  });
  const server = createServer(toNodeHandler(billing.channelWebhookHandler()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/whatsapp`;
  const webhookStatuses: number[] = [];
  const messagesSince = (index: number) =>
    emulator.requests.slice(index).filter((request) => request.path.endsWith('/messages'));

  try {
    const customer = await billing.saveCustomer(
      createCustomer({
        id: 'cus-marina',
        name: 'Marina',
        phone: '+55 11 98765 4321',
        locale: 'pt-BR',
        timeZone: 'America/Sao_Paulo',
        country: 'BR',
        subdivision: 'SP',
        optIn: {
          at: '2026-11-28T18:00:00.000Z',
          source: 'checkout',
          evidence: 'caixa "receber meu pedido pelo WhatsApp" marcada no checkout',
        },
      }),
    );

    // The customer writes first: order messages are free-form, so they need her 24-hour window open.
    webhookStatuses.push(
      await emulator.deliver(
        webhookUrl,
        emulator.inboundText(customer.phone ?? '', 'Oi! Quero fechar meu pedido do carrinho.'),
      ),
    );

    const order = exampleOrder('PED-2026-1042');
    const total = orderTotal(order);
    const pixCode = buildPixCopiaECola({
      location: 'pix.bancoipe.example/qr/v2/9d36b84fc70b478fb95c12729b90ca25',
      merchantName: 'Empório Ipê',
      merchantCity: 'São Paulo',
    });
    const message = buildOrderDetailsMessage(
      {
        referenceId: order.id,
        goodsType: 'physical-goods',
        body: `Oi, ${customer.name}! Aqui está seu pedido ${order.id}. Toque em "Revisar e pagar" e copie o código Pix.`,
        footer: 'Empório Ipê · CNPJ 12.345.678/0001-95',
        items: orderDetailsItems(order),
        tax: { amountMinor: 0, currency: 'BRL' },
        shipping: order.shipping,
        discount: order.discount,
        total,
        paymentSettings: [
          {
            type: 'pix_dynamic_code',
            code: pixCode,
            merchantName: 'Empório Ipê',
            key: '12345678000195',
            keyType: 'CNPJ',
          },
        ],
        expiration: {
          timestamp: Math.floor(now().getTime() / 1000) + 3_600,
          description: 'O código Pix vale por 1 hora.',
        },
      },
      now(),
    );
    await whatsapp.client.sendMessage(message, {
      to: { phone: customer.phone ?? '' },
      reference: `order-details:${order.id}`,
    });

    // The same order, billed in cobro; the metadata ties the invoice to the order card in the chat.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(now());
    await billing.addInvoice(
      createInvoice({
        id: order.id,
        number: order.id,
        customerId: customer.id,
        currency: 'BRL',
        lines: invoiceLines(order),
        issueDate: today,
        dueDate: today,
        businessTimeZone: 'America/Sao_Paulo',
        status: 'open',
        description: 'café e caneca',
        metadata: { [whatsappOrderReferenceKey]: order.id },
      }),
    );

    // The Pix lands in the shop's bank account, not at a payment provider: the bank's notification (a webhook over
    // mutual TLS, or polling GET /v2/cob/{txid}) gives the end-to-end id and the amount, and the shop records it.
    const endToEndId = endToEndIdAt(now());
    const beforePayment = emulator.requests.length;
    const invoice = await billing.recordPayment(order.id, { amount: total, method: 'pix', reference: endToEndId });
    const afterPayment = messagesSince(beforePayment);

    // The bank notifies again (it retries until acknowledged): the same end-to-end id records nothing twice.
    const beforeReplay = emulator.requests.length;
    const invoiceAfterReplay = await billing.recordPayment(order.id, {
      amount: total,
      method: 'pix',
      reference: endToEndId,
    });
    const afterReplay = messagesSince(beforeReplay);

    return {
      invoice,
      invoiceAfterReplay,
      orderReference: order.id,
      pixCode,
      endToEndId,
      webhookStatuses,
      requests: [...emulator.requests],
      afterPayment,
      afterReplay,
    };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await emulator.close();
  }
}
