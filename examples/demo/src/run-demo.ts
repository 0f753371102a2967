import { createConekta } from '@cobro/conekta';
import {
  addDays,
  applyPayment,
  type ContactAttempt,
  type Customer,
  calendarDateAt,
  checkContact,
  createPayment,
  daysBetween,
  daysOverdue,
  defaultReminderPolicy,
  formatMessageVariables,
  formatMoney,
  type Invoice,
  type MessageKey,
  type Money,
  type PaymentProviderV1,
  type PaymentProviderV1PaymentLink,
  type PaymentProviderV1WebhookEvent,
  parseMoney,
  planCustomerReminders,
  recordOptOut,
  recordPromiseToPay,
  renderMessage,
  resolvePolicy,
  whatsappTemplateFor,
} from '@cobro/core';
import {
  createConektaEmulator,
  createInMemoryPaymentProvider,
  createWhatsAppEmulator,
  type WebhookDelivery,
} from '@cobro/testing';
import { createPacer, createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { type DemoCase, demoCast } from './demo-cast';
import { type ChatLine, formatConversation } from './transcript';

/** What the demo produced. */
export interface DemoResult {
  /** Every conversation, then the receivables summary. */
  readonly transcript: string;
  /** The invoices at the end. */
  readonly invoices: readonly Invoice[];
  /** Every contact made, for checks. */
  readonly history: readonly ContactAttempt[];
  /** How many requests the WhatsApp emulator received. */
  readonly whatsappRequests: number;
}

interface Account {
  readonly demo: DemoCase;
  customer: Customer;
  invoice: Invoice;
  link?: PaymentProviderV1PaymentLink;
  provider: PaymentProviderV1;
  readonly lines: ChatLine[];
}

const start = '2026-11-30T00:00:00.000Z';
const end = '2026-12-30T00:00:00.000Z';

/**
 * Runs 30 simulated days for four customers against local emulators: the Conekta API on loopback for Mexico, the
 * in-memory reference provider for the others. Every outgoing message is planned by the reminder policy, passes
 * the contact gate at its instant, and is rendered from the catalogue in the customer's language. Payments are
 * booked only after a signed webhook verifies and the payment is re-fetched from the provider.
 */
export async function runDemo(): Promise<DemoResult> {
  let clock = Date.parse(start);
  const now = () => new Date(clock);
  const conektaEmulator = await createConektaEmulator({ now });
  const conekta = createConekta({
    privateKey: conektaEmulator.privateKey,
    webhookPublicKey: conektaEmulator.webhookPublicKey,
    baseURL: conektaEmulator.baseURL,
    now,
  });
  const whatsappEmulator = await createWhatsAppEmulator({ appSecret: 'demo-app-secret', now });
  const { channel } = createWhatsAppCloud({
    accessToken: whatsappEmulator.accessToken,
    phoneNumberId: '106540352242922',
    appSecret: 'demo-app-secret',
    baseURL: whatsappEmulator.baseURL,
    now,
    // Pace on the simulated clock: messages are days apart there, so nothing waits in real time.
    pacing: createPacer({
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    }),
  });
  const local = createInMemoryPaymentProvider({
    webhookSecret: 'whsec_demo_only',
    now,
    linkBaseUrl: 'https://pay.example.com/l/',
  });
  const history: ContactAttempt[] = [];
  const accounts: Account[] = demoCast().map((demo) => ({
    demo,
    customer: demo.customer,
    invoice: demo.invoice,
    provider: demo.invoice.currency === 'MXN' ? conekta : local,
    lines: [],
  }));

  try {
    // Day 0: each invoice goes out with its payment link at the first lawful minute in the customer's zone.
    for (const account of accounts) {
      const { customer, invoice } = account;
      account.link = await account.provider.createPaymentLink({
        amount: invoice.balance,
        invoiceReference: invoice.id,
        attempt: 1,
        customer: {
          id: customer.id,
          name: customer.name,
          phone: customer.phone,
          locale: customer.locale,
          country: customer.country,
        },
        description: invoice.description ?? invoice.number,
        idempotencyKey: `${invoice.id}:link:1`,
        expiresAt: '2027-01-31T00:00:00.000Z',
      });
      const gate = checkContact({
        customer,
        policy: defaultReminderPolicy,
        history,
        at: start,
        invoiceIds: [invoice.id],
      });
      const at = gate.allowed ? start : (gate.nextAllowedAt ?? start);
      account.lines.push({
        at,
        from: 'system',
        text: `${account.provider.provider} payment link ${account.link.id} created`,
      });
      await send(account, at, 'invoice-sent', { invoice: invoice.id, kind: 'invoice' });
    }

    const actions = accounts.flatMap((account) => {
      const behaviour = account.demo.behaviour;
      const list = [{ at: behaviour.at, account, run: () => act(account, behaviour.at) }];
      if (behaviour.kind === 'promises') {
        list.push({ at: behaviour.paysAt, account, run: () => pay(account, behaviour.paysAt) });
      }
      return list;
    });

    // Event loop: the next planned reminder or customer action, whichever comes first.
    for (let step = 0; step < 500; step++) {
      const cursor = new Date(clock).toISOString();
      const next = accounts
        .map((account) => {
          const plan = planCustomerReminders({
            customer: account.customer,
            invoices: [account.invoice],
            policy: defaultReminderPolicy,
            history,
            now: cursor,
          });
          return { account, message: plan.messages[0] };
        })
        .filter((candidate) => candidate.message !== undefined)
        .sort((a, b) => (a.message!.sendAt < b.message!.sendAt ? -1 : 1))[0];
      const action = actions.filter((candidate) => candidate.at >= cursor).sort((a, b) => (a.at < b.at ? -1 : 1))[0];
      if (action && (!next || action.at <= next.message!.sendAt)) {
        clock = Date.parse(action.at);
        await action.run();
        clock += 60_000;
        continue;
      }
      if (!next || next.message!.sendAt >= end) break;
      const { account, message } = next;
      clock = Date.parse(message!.sendAt);
      const invoiceIds = message!.reminders.map((reminder) => reminder.invoiceId);
      const gate = checkContact({
        customer: account.customer,
        policy: defaultReminderPolicy,
        history,
        at: message!.sendAt,
        invoiceIds,
      });
      if (!gate.allowed) throw new Error(`The planner proposed a send the gate refuses (${gate.reason}).`);
      await send(account, message!.sendAt, message!.messageKey, {
        invoice: account.invoice.id,
        kind: 'reminder',
        slotKeys: message!.reminders.map((reminder) => reminder.slotKey),
      });
      clock += 60_000;
    }
  } finally {
    await conektaEmulator.close();
    await whatsappEmulator.close();
  }

  const transcript = [
    ...accounts.map((account) =>
      formatConversation(
        account.customer,
        resolvePolicy({ policy: defaultReminderPolicy, customer: account.customer }).presets,
        account.lines,
      ),
    ),
    summary(accounts),
  ].join('\n\n');
  return {
    transcript,
    invoices: accounts.map((account) => account.invoice),
    history,
    whatsappRequests: whatsappEmulator.requests.length,
  };

  async function send(
    account: Account,
    at: string,
    key: MessageKey,
    record: { invoice: string; kind: ContactAttempt['kind']; slotKeys?: string[] },
    received?: Money,
  ) {
    const { customer, invoice, demo } = account;
    const policy = resolvePolicy({ policy: defaultReminderPolicy, customer });
    const today = calendarDateAt(at, invoice.businessTimeZone);
    const variables = formatMessageVariables({
      locale: customer.locale,
      timeZone: customer.timeZone,
      values: {
        name: customer.name,
        business: demo.business.name,
        invoiceNumber: invoice.number,
        orderNumber: invoice.number,
        description: invoice.description ?? invoice.number,
        // Reminders speak of what is still owed; receipts of what was received.
        amount: { money: received ?? invoice.balance },
        balance: { money: invoice.balance },
        dueDate: { date: invoice.dueDate },
        deadline: { date: addDays(today, 7) },
        daysOverdue: Math.max(0, daysBetween(invoice.dueDate, today)),
        paymentUrl: account.link?.url ?? '',
        paymentDate: { instant: at },
        promiseDate: { date: invoice.promiseToPay?.date ?? today },
        supplierName: demo.business.legalName,
        supplierTaxId: demo.business.taxId,
        supplierAddress: demo.business.address,
      },
    });
    const collection = key.startsWith('reminder-') || key === 'installment-due' || key === 'invoice-sent';
    const additions = {
      optOutLine: collection && policy.requireOptOutLine,
      supplierIdentity: collection && policy.requireSupplierIdentity,
    };
    const message = renderMessage({ key, locale: customer.locale, variables, additions });
    const template = whatsappTemplateFor({ key, locale: customer.locale, variables, additions });
    // Inside the customer's 24-hour window the rendered text goes out with a "Pay now" button; outside it, the
    // approved utility template with the same values.
    const sent = await channel.send({
      to: { phone: customer.phone },
      reference: `${invoice.id}:${key}:${at}`,
      content: account.link
        ? { kind: 'cta-url', text: message.text, buttonLabel: message.payNowLabel ?? 'Pay now', url: account.link.url }
        : { kind: 'text', text: message.text },
      template,
    });
    const buttons = message.quickReplies.map((reply) => `[${reply.label}]`).join(' ');
    const how = sent.deliveredAs === 'template' ? `(template ${template.name})` : '(in the chat window)';
    account.lines.push({
      at,
      from: 'cobro',
      text: `${how}\n${buttons ? `${message.text}\n${buttons}` : message.text}`,
    });
    history.push({
      at,
      customerId: customer.id,
      invoiceIds: [record.invoice],
      kind: record.kind,
      ...(record.slotKeys ? { slotKeys: record.slotKeys } : {}),
    });
  }

  async function act(account: Account, at: string) {
    const behaviour = account.demo.behaviour;
    if (behaviour.kind === 'opts-out' || behaviour.kind === 'promises') await receive(account, at, behaviour.reply);
    if (behaviour.kind === 'opts-out') {
      account.customer = recordOptOut(account.customer, { at, source: 'whatsapp-reply', evidence: behaviour.reply });
      await send(account, at, 'opt-out-confirmed', { invoice: account.invoice.id, kind: 'opt-out-confirmation' });
    } else if (behaviour.kind === 'promises') {
      account.invoice = recordPromiseToPay(account.invoice, {
        date: behaviour.promiseDate,
        recordedAt: at,
        source: 'whatsapp-reply',
      });
      await send(account, at, 'promise-confirmed', { invoice: account.invoice.id, kind: 'confirmation' });
    } else if (behaviour.kind === 'pays-part') {
      await pay(account, at, parseMoney(behaviour.amount, account.invoice.currency));
    } else {
      await pay(account, at);
    }
  }

  // The customer writes on WhatsApp: a signed webhook from the emulator, verified and parsed by the channel.
  async function receive(account: Account, at: string, text: string) {
    const events = await channel.parseWebhook(whatsappEmulator.inboundText(account.customer.phone, text));
    for (const event of events)
      if (event.type === 'inbound-text') account.lines.push({ at, from: 'customer', text: event.text });
  }

  async function pay(account: Account, at: string, amount?: ReturnType<typeof parseMoney>) {
    const link = account.link!;
    let delivery: WebhookDelivery;
    if (account.provider === conekta) {
      delivery = conektaEmulator.pay(link.id, { method: 'cash' }).webhook;
    } else {
      delivery = (await local.completePayment(link.id, amount ? { amount } : {})).delivery;
    }
    // The signature is verified on the raw bytes, then the payment is re-fetched: the webhook alone books nothing.
    const event: PaymentProviderV1WebhookEvent = await account.provider.parseWebhook(delivery);
    if (event.type !== 'payment-succeeded') {
      account.lines.push({ at, from: 'system', text: `webhook ${event.type} (${event.eventId}), nothing to book` });
      return;
    }
    const payment = await account.provider.getPayment({ paymentId: event.paymentId });
    const matches =
      payment.status === 'succeeded' &&
      payment.invoiceReference === account.invoice.id &&
      payment.amount.currency === account.invoice.currency &&
      payment.amount.amountMinor === event.amount.amountMinor;
    account.lines.push({
      at,
      from: 'system',
      text: `${account.provider.provider} webhook ${event.eventId} verified; payment ${payment.id} re-fetched: ${formatMoney(payment.amount, 'en-US')} ${matches ? 'matches' : 'DOES NOT MATCH'}`,
    });
    if (!matches) return;
    const result = applyPayment(
      account.invoice,
      createPayment({
        provider: account.provider.provider,
        providerPaymentId: payment.id,
        amount: payment.amount,
        receivedAt: payment.paidAt ?? at,
        ...(payment.method ? { method: payment.method } : {}),
      }),
    );
    account.invoice = result.invoice;
    const key: MessageKey = account.invoice.status === 'paid' ? 'payment-received' : 'payment-partial-received';
    await send(account, at, key, { invoice: account.invoice.id, kind: 'confirmation' }, payment.amount);
  }
}

function summary(accounts: readonly Account[]): string {
  const asOf = '2026-12-29';
  const rows = accounts.map((account) => {
    const { invoice } = account;
    const overdue = daysOverdue(invoice, asOf);
    const bucket =
      invoice.balance.amountMinor === 0
        ? '—'
        : overdue === 0
          ? 'current'
          : overdue <= 30
            ? '1–30'
            : overdue <= 60
              ? '31–60'
              : overdue <= 90
                ? '61–90'
                : '90+';
    return [
      invoice.number,
      account.customer.name,
      invoice.status,
      formatMoney(invoice.totals.total, 'en-US'),
      formatMoney(invoice.balance, 'en-US'),
      bucket,
    ];
  });
  const header = ['invoice', 'customer', 'status', 'total', 'balance', `aging on ${asOf}`];
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  return ['── Receivables after 30 days', line(header), ...rows.map(line)].join('\n');
}
