import {
  agingReport,
  type Billing,
  calendarDateAt,
  createBilling,
  createMemoryStore,
  defaultReminderPolicy,
  formatMoney,
  type Invoice,
  parseMoney,
  resolvePolicy,
} from '@cobro/core';
import { createWhatsAppEmulator } from '@cobro/testing';
import { createPacer, createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { conversationLines } from './conversation-lines';
import { type DemoCase, demoCast } from './demo-cast';
import { demoProviders } from './demo-providers';
import { formatConversation } from './transcript';

/** How to run the demo. */
export interface DemoOptions {
  /**
   * Send every message to this WhatsApp number (E.164) through the real Cloud API (`WHATSAPP_ACCESS_TOKEN`,
   * `WHATSAPP_PHONE_NUMBER_ID`, `WHATSAPP_APP_SECRET`), with real Stripe and Conekta test-mode links when their keys
   * are set. Customer replies are still simulated; payments through real providers are left to you.
   */
  readonly liveRecipient?: string;
}

/** What the demo produced. */
export interface DemoResult {
  /** Every conversation, then the receivables. */
  readonly transcript: string;
  /** The invoices at the end. */
  readonly invoices: readonly Invoice[];
  /** Each shop's runtime, for checks on its store. */
  readonly shops: readonly { readonly demo: DemoCase; readonly billing: Billing }[];
  /** How many messages the WhatsApp emulator accepted. */
  readonly whatsappMessages: number;
  /** The demo's clock, stopped at the end of the month (for views of the state, such as `--serve`). */
  readonly now: () => Date;
}

const start = Date.parse('2026-11-30T00:00:00.000Z');
const days = 30;
const hour = 3_600_000;

/**
 * Runs 30 simulated days for four shops, each with its own `createBilling` runtime, against local emulators on
 * loopback: the WhatsApp Cloud API for every message and reply, Conekta for Mexico, and the in-memory reference
 * provider for the others. The runtime does all the work: links, lawful reminders, signed webhooks re-fetched before
 * booking, replies (STOP, a promise with a date), a part payment recorded by hand, confirmations.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  let clock = start;
  const now = () => new Date(clock);
  const live = options.liveRecipient !== undefined;
  const appSecret = live ? (process.env.WHATSAPP_APP_SECRET ?? '') : 'demo-app-secret';
  const whatsapp = await createWhatsAppEmulator({ appSecret, now });
  // Live: the real Cloud API from WHATSAPP_* settings; the simulated clock still decides when each message is due.
  const { channel } = live
    ? createWhatsAppCloud({ now })
    : createWhatsAppCloud({
        accessToken: whatsapp.accessToken,
        phoneNumberId: '106540352242922',
        appSecret,
        baseURL: whatsapp.baseURL,
        now,
        // Pace on the simulated clock: nothing waits in real time.
        pacing: createPacer({ now: () => clock, sleep: async () => {} }),
      });
  const providers = await demoProviders(now, live);
  const cast = demoCast().map((demo) =>
    options.liveRecipient ? { ...demo, customer: { ...demo.customer, phone: options.liveRecipient } } : demo,
  );
  const shops = cast.map((demo) => ({
    demo,
    billing: createBilling({
      channel,
      store: createMemoryStore(),
      providers: [providers[demo.invoice.currency]!.provider],
      business: demo.business,
      clock: now,
    }),
  }));

  try {
    for (const { demo, billing } of shops) {
      await billing.saveCustomer(demo.customer);
      await billing.addInvoice(demo.invoice);
      // At midnight UTC it is night everywhere: each invoice waits in the outbox for its first lawful minute.
      await billing.sendInvoice(demo.invoice.id);
    }
    const actions = shops
      .flatMap((shop) => {
        const { behaviour } = shop.demo;
        const list = [{ at: Date.parse(behaviour.at), run: () => act(shop, behaviour.kind) }];
        if (behaviour.kind === 'promises') list.push({ at: Date.parse(behaviour.paysAt), run: () => pay(shop) });
        return list;
      })
      .sort((a, b) => a.at - b.at);
    for (let step = 0; step <= days * 24; step++) {
      const next = start + step * hour;
      while (actions[0] && actions[0].at <= next) {
        const action = actions.shift()!;
        clock = action.at;
        await action.run();
        // What the webhook queued goes out in the drain right after it (a server's `waitUntil` does this).
        for (const { billing } of shops) await billing.runDueReminders();
      }
      clock = next;
      for (const { billing } of shops) await billing.runDueReminders();
    }

    const invoices = await Promise.all(shops.map(({ demo, billing }) => billing.getInvoice(demo.invoice.id)));
    const conversations = await Promise.all(
      shops.map(async ({ demo, billing }) =>
        formatConversation(
          demo.customer,
          resolvePolicy({ policy: defaultReminderPolicy, customer: demo.customer }).presets,
          await conversationLines(billing, demo.customer.id),
        ),
      ),
    );
    const final = invoices.filter((invoice) => invoice !== undefined);
    return {
      transcript: [...conversations, receivables(final, calendarDateAt(now().toISOString(), 'UTC'))].join('\n\n'),
      invoices: final,
      shops,
      whatsappMessages: whatsapp.requests.filter((request) => request.messageId).length,
      now,
    };
  } finally {
    await whatsapp.close();
    for (const each of new Set(Object.values(providers))) await each.close();
  }

  async function act(shop: (typeof shops)[number], kind: DemoCase['behaviour']['kind']): Promise<void> {
    const { behaviour, customer, invoice } = shop.demo;
    if (behaviour.kind === 'opts-out' || behaviour.kind === 'promises') {
      // The customer writes on WhatsApp: a signed webhook, verified and answered by the runtime.
      await shop.billing.handleChannelWebhook(whatsapp.inboundText(customer.phone, behaviour.reply));
    } else if (behaviour.kind === 'pays-part') {
      await shop.billing.recordPayment(invoice.id, {
        amount: parseMoney(behaviour.amount, invoice.currency),
        method: 'bank-transfer',
        reference: `ACH-${invoice.number}`,
      });
    } else if (kind === 'pays-by-webhook') {
      await pay(shop);
    }
  }

  async function pay(shop: (typeof shops)[number]): Promise<void> {
    const { invoice } = shop.demo;
    const provider = providers[invoice.currency]!;
    const [link] = (await shop.billing.store.listPaymentLinks(invoice.id)).filter((each) => each.state === 'active');
    if (!link) throw new Error(`No live payment link for ${invoice.number}.`);
    // A real provider's payment happens in a browser and its webhook reaches your server, not this script.
    if (!provider.pay) return;
    await shop.billing.handlePaymentWebhook(provider.provider.provider, await provider.pay(link.linkId));
  }
}

/** The invoices with their aging on the last day, then the aging report per currency. */
function receivables(invoices: readonly Invoice[], asOf: string): string {
  const rows = invoices.map((invoice) => [
    invoice.number,
    invoice.status,
    formatMoney(invoice.totals.total, 'en-US'),
    formatMoney(invoice.balance, 'en-US'),
  ]);
  const aging = agingReport({ invoices, asOf }).map((row) => [
    row.currency,
    ...(['current', '1-30', '31-60', '61-90', '90+'] as const).map((bucket) =>
      formatMoney(row.buckets[bucket], 'en-US'),
    ),
  ]);
  return [
    `── Receivables on ${asOf}`,
    table(['invoice', 'status', 'total', 'balance'], rows),
    '',
    '── Aging (days past due)',
    table(['currency', 'current', '1–30', '31–60', '61–90', '90+'], aging),
  ].join('\n');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
