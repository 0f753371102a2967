import {
  type Billing,
  type Customer,
  createBilling,
  createCustomer,
  createInvoice,
  createMemoryStore,
  parseMoney,
} from '@cobro/core';
import { createInMemoryMessagingChannel, createInMemoryPaymentProvider } from '@cobro/testing';

/** A fixed fake clock the test moves by hand: nothing reads the real date. */
export interface FakeClock {
  now(): Date;
  set(instant: string | number): void;
}

export function createFakeClock(start: string): FakeClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = typeof instant === 'number' ? instant : Date.parse(instant);
    },
  };
}

/** What the demo-like month left behind, for the console tests. */
export interface DemoBilling {
  readonly billing: Billing;
  readonly clock: FakeClock;
  readonly customers: readonly Customer[];
  /** The outbox keys of the two sends left `ambiguous` (their worker crashed while calling the channel). */
  readonly ambiguousKeys: readonly string[];
  /** The outbox key of the send the channel refused for good. */
  readonly failedKey: string;
}

const optIn = (evidence: string) => ({ at: '2026-11-20T15:00:00.000Z', source: 'checkout' as const, evidence });

/**
 * Builds a month like the demo's on one `createBilling` runtime with the in-memory channel and provider from
 * @cobro/testing and a fake clock: six customers in five countries, reminders at lawful hours, a STOP, a promise to
 * pay, a payment by signed webhook, a part payment by hand, one send left ambiguous and one refused.
 */
export async function buildDemoBilling(): Promise<DemoBilling> {
  const clock = createFakeClock('2026-11-30T00:00:00.000Z');
  const channel = createInMemoryMessagingChannel({ webhookSecret: 'console-test-channel', now: clock.now });
  const provider = createInMemoryPaymentProvider({
    webhookSecret: 'whsec_console_test',
    now: clock.now,
    linkBaseUrl: 'https://pay.example.com/l/',
  });
  const crashInvoices = new Set<string>();
  const billing = createBilling({
    channel,
    store: createMemoryStore(),
    providers: [provider],
    business: {
      name: 'Pasticceria Rossi',
      legalName: 'Pasticceria Rossi S.r.l.',
      taxId: 'IT01234567890',
      address: 'Via Roma 1, Milano',
    },
    clock: clock.now,
    workerId: 'console-test',
    beforeSendStep: (step, key) => {
      const invoiceId = key.split(':')[0] ?? '';
      if (step === 'call' && crashInvoices.delete(invoiceId)) {
        throw new Error('simulated crash while calling the channel');
      }
    },
  });

  const customer = (
    id: string,
    name: string,
    phone: string,
    locale: string,
    timeZone: string,
    country: string,
    subdivision?: string,
  ) =>
    createCustomer({
      id,
      name,
      phone,
      locale,
      timeZone,
      country,
      ...(subdivision ? { subdivision } : {}),
      optIn: optIn(`WhatsApp consent box on order form of ${name}`),
    });
  const customers = [
    customer('c-giulia', 'Giulia', '+39 347 123 4567', 'it-IT', 'Europe/Rome', 'IT'),
    customer('c-carlos', 'Carlos', '+52 55 1234 5678', 'es-MX', 'America/Mexico_City', 'MX'),
    customer('c-ana', 'Ana', '+55 11 98765 4321', 'pt-BR', 'America/Sao_Paulo', 'BR', 'SP'),
    customer('c-emily', 'Emily', '+1 617 555 0143', 'en-US', 'America/New_York', 'US', 'MA'),
    customer('c-marco', 'Marco', '+39 333 765 4321', 'it-IT', 'Europe/Rome', 'IT'),
    customer('c-lucia', 'Lucía', '+34 612 345 678', 'es-ES', 'Europe/Madrid', 'ES'),
    customer('c-sofia', 'Sofia', '+39 320 111 2233', 'it-IT', 'Europe/Rome', 'IT'),
  ];
  const invoice = (
    id: string,
    customerId: string,
    currency: string,
    amount: string,
    issueDate: string,
    dueDate: string,
    zone: string,
    description: string,
  ) =>
    createInvoice({
      id,
      number: id.toUpperCase(),
      customerId,
      currency,
      status: 'open',
      issueDate,
      dueDate,
      businessTimeZone: zone,
      description,
      lines: [{ description, quantity: '1', unitPrice: parseMoney(amount, currency), taxRate: '0' }],
    });
  const invoices = [
    invoice(
      'f-2026-0042',
      'c-giulia',
      'EUR',
      '45.00',
      '2026-11-30',
      '2026-12-04',
      'Europe/Rome',
      'torta di compleanno',
    ),
    invoice(
      'fj-1187',
      'c-carlos',
      'MXN',
      '1234.50',
      '2026-11-30',
      '2026-12-05',
      'America/Mexico_City',
      'arreglo floral',
    ),
    invoice('as-0301', 'c-ana', 'BRL', '320.00', '2026-11-30', '2026-12-03', 'America/Sao_Paulo', 'vestido sob medida'),
    invoice('hb-2210', 'c-emily', 'USD', '200.00', '2026-11-30', '2026-12-02', 'America/New_York', 'bike tune-up'),
    invoice('f-2026-0050', 'c-marco', 'EUR', '120.00', '2026-11-30', '2026-12-10', 'Europe/Rome', 'catering'),
    invoice('f-2026-0052', 'c-sofia', 'EUR', '75.00', '2026-11-30', '2026-12-14', 'Europe/Rome', 'pasticcini'),
    invoice('f-2026-0051', 'c-lucia', 'EUR', '60.00', '2026-11-30', '2026-12-12', 'Europe/Rome', 'tarta de cumpleaños'),
  ];
  for (const each of customers) await billing.saveCustomer(each);
  for (const each of invoices) await billing.addInvoice(each);

  // Midnight UTC: night everywhere, so these wait in the outbox for each customer's first lawful minute.
  for (const id of ['f-2026-0042', 'fj-1187', 'as-0301', 'hb-2210']) await billing.sendInvoice(id);
  // 10:00 in Madrid and Rome on a Tuesday: Lucía's invoice is refused by the channel for good; the worker sending
  // Marco's and Sofia's crashes mid-call, so nobody knows whether they went out.
  clock.set('2026-12-01T09:00:00.000Z');
  channel.failNextSend('undeliverable');
  await billing.sendInvoice('f-2026-0051');
  for (const id of ['f-2026-0050', 'f-2026-0052']) {
    crashInvoices.add(id);
    await billing.sendInvoice(id).catch(() => undefined);
    if ((await billing.store.listOutbox({ invoiceId: id, states: ['sending'] })).length === 0)
      throw new Error('the simulated crash did not leave a send in flight');
  }

  const start = Date.parse('2026-11-30T00:00:00.000Z');
  const events: { at: string; run: () => Promise<unknown> }[] = [
    {
      at: '2026-12-07T14:20:00.000Z',
      run: async () =>
        billing.handleChannelWebhook(
          await channel.inboundText({ phone: '+5511987654321' }, 'Posso pagar no dia 15, tudo bem?'),
        ),
    },
    { at: '2026-12-08T19:05:00.000Z', run: () => payByWebhook('fj-1187') },
    {
      at: '2026-12-09T17:42:00.000Z',
      run: async () => billing.handleChannelWebhook(await channel.inboundText({ phone: '+393471234567' }, 'STOP')),
    },
    {
      at: '2026-12-09T22:10:00.000Z',
      run: () =>
        billing.recordPayment('hb-2210', {
          amount: parseMoney('80.00', 'USD'),
          method: 'bank-transfer',
          reference: 'ACH-HB-2210',
        }),
    },
    { at: '2026-12-15T16:30:00.000Z', run: () => payByWebhook('as-0301') },
  ];
  for (let hour = 26; hour <= 20 * 24; hour++) {
    const next = start + hour * 3_600_000;
    while (events[0] && Date.parse(events[0].at) <= next) {
      const event = events.shift()!;
      clock.set(event.at);
      await event.run();
    }
    clock.set(next);
    await billing.runDueReminders();
  }
  // Deliveries and reads for what went out, as the channel's status webhooks would report them.
  for (const [index, sent] of channel.sent.entries())
    await billing.handleChannelWebhook(await channel.status(sent.messageId, index % 3 === 0 ? 'delivered' : 'read'));

  const ambiguous = await billing.store.listOutbox({ states: ['ambiguous'] });
  const [failed] = await billing.store.listOutbox({ states: ['failed'] });
  if (ambiguous.length !== 2 || !failed)
    throw new Error('the demo month left no ambiguous or no failed send to review');
  return { billing, clock, customers, ambiguousKeys: ambiguous.map((entry) => entry.key), failedKey: failed.key };

  async function payByWebhook(invoiceId: string): Promise<void> {
    const [link] = (await billing.store.listPaymentLinks(invoiceId)).filter((each) => each.state === 'active');
    if (!link) throw new Error(`no live link for ${invoiceId}`);
    await billing.handlePaymentWebhook(provider.provider, (await provider.completePayment(link.linkId)).delivery);
  }
}
