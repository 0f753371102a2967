import {
  buildWhatsAppTemplates,
  type Customer,
  createCustomer,
  createInvoice,
  createOrder,
  messageKeys,
  parseMoney,
  type WhatsAppTemplateDefinition,
} from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

// Every message the runtime can send, in every language and preset, with the chat window closed: each request
// WhatsApp receives must name a template buildWhatsAppTemplates defines, exactly as docs/whatsapp-cloud.md tells
// the business to register it, with the same parameters (names, count, order), no header, and the URL button
// parameter exactly when the definition has that button.

const business = {
  name: 'Casa Aurora',
  legalName: 'Casa Aurora Comércio Ltda',
  taxId: '12.345.678/0001-90',
  address: 'Rua Augusta 100, São Paulo SP',
};
const paymentUrlBase = 'https://pay.example.com/l/';

interface Scenario {
  readonly locale: string;
  readonly timeZone: string;
  readonly country: string;
  readonly subdivision?: string;
  readonly phone: (index: number) => string;
  readonly currency: string;
  /** A later date as the customer would type it. */
  readonly dateReply: string;
}

const scenarios: readonly Scenario[] = [
  {
    locale: 'en-US',
    timeZone: 'America/New_York',
    country: 'US',
    subdivision: 'MA',
    phone: (i) => `+1 617 555 01${i}0`,
    currency: 'USD',
    dateReply: '1/20',
  },
  {
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    country: 'MX',
    phone: (i) => `+52 55 1234 56${i}0`,
    currency: 'MXN',
    dateReply: '20/1',
  },
  {
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    country: 'ES',
    phone: (i) => `+34 612 345 6${i}0`,
    currency: 'EUR',
    dateReply: '20/1',
  },
  {
    locale: 'pt-BR',
    timeZone: 'America/Sao_Paulo',
    country: 'BR',
    subdivision: 'SP',
    phone: (i) => `+55 11 98765 43${i}0`,
    currency: 'BRL',
    dateReply: '20/1',
  },
  {
    locale: 'it-IT',
    timeZone: 'Europe/Rome',
    country: 'IT',
    phone: (i) => `+39 347 123 45${i}0`,
    currency: 'EUR',
    dateReply: '20/1',
  },
  {
    locale: 'en-AU',
    timeZone: 'Australia/Sydney',
    country: 'AU',
    phone: (i) => `+61 412 345 6${i}0`,
    currency: 'USD', // the reference provider takes no AUD; the preset and language are what is under test
    dateReply: '20/1',
  },
];

// Monday 30 November 2026, 12:00 UTC.
const start = '2026-11-30T12:00:00.000Z';

type SentTemplate = {
  name: string;
  language: { code: string };
  components: { type: string; sub_type?: string; index?: string; parameters: Record<string, unknown>[] }[];
};

function customer(scenario: Scenario, index: number): Customer {
  return createCustomer({
    id: `c-${index}`,
    name: ['Sam', 'Alex', 'Robin', 'Kim'][index - 1] as string,
    phone: scenario.phone(index),
    locale: scenario.locale,
    timeZone: scenario.timeZone,
    country: scenario.country,
    ...(scenario.subdivision ? { subdivision: scenario.subdivision } : {}),
    optIn: { at: '2026-11-20T15:00:00.000Z', source: 'checkout', evidence: 'WhatsApp box at checkout' },
  });
}

function invoice(scenario: Scenario, id: string, customerId: string, dueDate: string, amount: string, extra = {}) {
  return createInvoice({
    id,
    number: id.toUpperCase(),
    customerId,
    currency: scenario.currency,
    status: 'open',
    issueDate: '2026-11-25',
    dueDate,
    businessTimeZone: scenario.timeZone,
    description: 'ceramic vase',
    lines: [
      { description: 'ceramic vase', quantity: '1', unitPrice: parseMoney(amount, scenario.currency), taxRate: '0' },
    ],
    ...extra,
  });
}

/** Every 4 hours for `days` days from the world's clock, running due reminders. */
async function advance(world: World, days: number) {
  const from = world.now().getTime();
  for (let step = 1; step <= days * 6; step++) {
    world.setClock(new Date(from + step * 4 * 3_600_000).toISOString());
    await world.billing.runDueReminders();
  }
}

/** Checks one captured template send against the registered definitions; returns its message key. */
function assertRegistered(sent: SentTemplate, definitions: readonly WhatsAppTemplateDefinition[]): string {
  const definition = definitions.find((each) => each.name === sent.name && each.language === sent.language.code);
  expect(definition, `${sent.name} (${sent.language.code}) is registered`).toBeDefined();
  if (!definition) return '';
  const body = definition.components.find((component) => component.type === 'BODY');
  const registered = body?.type === 'BODY' ? (body.example?.body_text_named_params ?? []).map((p) => p.param_name) : [];
  const sentBody = sent.components.find((component) => component.type === 'body');
  const names = (sentBody?.parameters ?? []).map((parameter) => parameter.parameter_name);
  expect(names, `${sent.name} (${sent.language.code}) parameters`).toEqual(registered);
  for (const parameter of sentBody?.parameters ?? []) {
    expect(parameter.type).toBe('text');
    expect(String(parameter.text).trim()).not.toBe('');
    expect(String(parameter.text)).not.toMatch(/[\n\t]| {5}/);
  }
  // The registered body with the sent values leaves no gap.
  const values = new Map((sentBody?.parameters ?? []).map((p) => [p.parameter_name, String(p.text)]));
  const text =
    body?.type === 'BODY' ? body.text.replace(/\{\{(\w+)\}\}/g, (_, n: string) => values.get(n) ?? `{{${n}}}`) : '';
  expect(text).not.toMatch(/\{\{|\}\}/);
  expect(sent.components.some((component) => component.type === 'header')).toBe(false);
  const buttons = definition.components.find((component) => component.type === 'BUTTONS');
  const hasUrlButton = buttons?.type === 'BUTTONS' && buttons.buttons.some((button) => button.type === 'URL');
  const urlParameters = sent.components.filter((component) => component.type === 'button');
  if (hasUrlButton) {
    expect(urlParameters).toHaveLength(1);
    expect(urlParameters[0]).toMatchObject({ sub_type: 'url', index: '0' });
    expect(String(urlParameters[0]?.parameters[0]?.text)).toMatch(/^link_\d+$/);
  } else expect(urlParameters).toEqual([]);
  expect(sent.components.every((component) => ['body', 'button'].includes(component.type))).toBe(true);
  return sent.name
    .replace(/^cobro_/, '')
    .replace(/_offline$/, '')
    .replace(/_/g, '-');
}

describe('every send goes out under a registered template', () => {
  let world: World | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it.each(scenarios)('$locale ($country preset): every kind of message', async (scenario) => {
    const clock = { value: Date.parse(start) };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld(start, [provider], { clock, business, templatePaymentUrlBase: paymentUrlBase });
    const definitions = buildWhatsAppTemplates({
      business,
      paymentUrlBase,
      supplierIdentity: scenario.country === 'BR',
    });
    const { billing } = world;

    for (const index of [1, 2, 3, 4]) await billing.saveCustomer(customer(scenario, index));
    // c-1: one invoice through every reminder stage, then a part payment and the rest.
    await billing.addInvoice(invoice(scenario, 'inv-1', 'c-1', '2026-12-04', '120.00'));
    // c-2: two invoices due together (one reminder for both), then replies.
    await billing.addInvoice(invoice(scenario, 'inv-2a', 'c-2', '2026-12-03', '40.00'));
    await billing.addInvoice(invoice(scenario, 'inv-2b', 'c-2', '2026-12-03', '60.00'));
    // c-3: an order; c-4: an invoice in two installments.
    const order = createOrder({
      id: 'ORD-77',
      customerId: 'c-3',
      currency: scenario.currency,
      lines: [
        { description: 'ceramic vase', quantity: '2', unitPrice: parseMoney('25.00', scenario.currency), taxRate: '0' },
      ],
    });
    await billing.addInvoice(
      createInvoice({
        id: 'inv-3',
        number: 'INV-3',
        status: 'open',
        issueDate: '2026-11-25',
        businessTimeZone: scenario.timeZone,
        dueDate: '2026-12-10',
        order,
      }),
    );
    await billing.addInvoice(
      invoice(scenario, 'inv-4', 'c-4', '2027-01-02', '90.00', {
        installments: { count: 2, firstDueDate: '2026-12-02' },
        dueDate: undefined,
      }),
    );
    for (const id of ['inv-1', 'inv-2a', 'inv-2b', 'inv-3', 'inv-4']) await billing.sendInvoice(id);

    await advance(world, 12);
    await billing.recordPayment('inv-1', {
      amount: parseMoney('50.00', scenario.currency),
      method: 'bank-transfer',
      reference: 'TR-1',
    });
    await advance(world, 14);
    await billing.recordPayment('inv-1', {
      amount: parseMoney('70.00', scenario.currency),
      method: 'bank-transfer',
      reference: 'TR-2',
    });

    // A payment for an order is confirmed with the order's number, not the invoice's.
    await billing.recordPayment('inv-3', {
      amount: parseMoney('50.00', scenario.currency),
      method: 'cash',
      reference: 'CASH-3',
    });
    const orderPaid = world.messages().at(-1)?.body.template as SentTemplate;
    expect(orderPaid.name).toBe('cobro_payment_received');
    const paidFor = orderPaid.components[0]?.parameters.find((p) => p.parameter_name === 'paid_for');
    expect(String(paidFor?.text)).toMatch(/ORD-77$/);
    expect(String(paidFor?.text)).not.toContain('INV-3');

    // Replies, each answered with the window closed again (WhatsApp's 131047), so the template goes out.
    const phone = scenario.phone(2).replace(/\s/g, '');
    const reply = async (delivery: Parameters<World['post']>[1]) => {
      world?.whatsapp.failNext({ code: 131047 });
      expect(await world?.post('/webhooks/whatsapp', delivery)).toBe(200);
    };
    await reply(world.whatsapp.inboundText(phone, scenario.locale.startsWith('en') ? 'balance' : 'saldo'));
    await reply(world.whatsapp.buttonReply(phone, { id: 'cobro:pay-on-date:inv-2a', title: 'date' }));
    await reply(world.whatsapp.inboundText(phone, scenario.dateReply));
    await reply(world.whatsapp.buttonReply(phone, { id: 'cobro:talk-to-someone:inv-2a', title: 'talk' }));
    await reply(world.whatsapp.inboundText(phone, 'STOP'));

    const sent = world.messages();
    expect(sent.every((message) => message.type === 'template')).toBe(true);
    const keys = new Set(sent.map((message) => assertRegistered(message.body.template as SentTemplate, definitions)));
    // All sixteen kinds of message went out, each under its registered definition.
    expect([...keys].sort()).toEqual([...messageKeys].sort());
    if (scenario.country === 'BR') {
      const gentle = definitions.find(
        (each) => each.name === 'cobro_reminder_overdue_gentle' && each.language === 'pt_BR',
      );
      expect(JSON.stringify(gentle)).toContain('Fornecedor: Casa Aurora Comércio Ltda, CNPJ 12.345.678/0001-90');
    }
  });

  it('a business with only offline ways to pay sends the _offline twins, without a URL button parameter', async () => {
    const scenario = scenarios[4] as Scenario;
    world = await createWorld(start, [], {
      business: { name: 'Casa Aurora' },
      offlinePaymentOptions: [{ kind: 'iban', iban: 'IT60X0542811101000000123456', accountName: 'Casa Aurora' }],
    });
    const definitions = buildWhatsAppTemplates({ business: { name: 'Casa Aurora' }, paymentUrlBase });
    await world.billing.saveCustomer(customer(scenario, 1));
    await world.billing.addInvoice(invoice(scenario, 'inv-1', 'c-1', '2026-12-04', '120.00'));
    await world.billing.sendInvoice('inv-1');
    await advance(world, 10);
    const sent = world.messages().map((message) => message.body.template as SentTemplate);
    expect(sent.length).toBeGreaterThan(2);
    for (const template of sent) {
      assertRegistered(template, definitions);
      expect(template.name).toMatch(/_offline$/);
    }
    const body = sent[0]?.components.find((component) => component.type === 'body');
    expect(body?.parameters.find((p) => p.parameter_name === 'payment_options')).toMatchObject({
      text: 'IBAN IT60X0542811101000000123456 (Casa Aurora)',
    });
  });
});
