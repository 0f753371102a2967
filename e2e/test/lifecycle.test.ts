import { type CobroEventMap, createCustomer, createInvoice, parseMoney } from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { providerCases } from './support/providers';
import { createWorld, type World } from './support/world';

// Monday 30 November 2026, 11:00 in Mexico City.
const start = '2026-11-30T17:00:00.000Z';

function carlos() {
  return createCustomer({
    id: 'c-carlos',
    name: 'Carlos',
    phone: '+52 55 1234 5678',
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    country: 'MX',
    optIn: { at: '2026-11-20T15:00:00.000Z', source: 'checkout', evidence: 'casilla de WhatsApp en pedido #311' },
  });
}

function invoice(amount = '1234.50') {
  return createInvoice({
    id: 'fj-1187',
    number: 'FJ-1187',
    customerId: 'c-carlos',
    currency: 'MXN',
    status: 'open',
    issueDate: '2026-11-30',
    dueDate: '2026-12-04',
    businessTimeZone: 'America/Mexico_City',
    description: 'arreglo floral',
    lines: [{ description: 'arreglo floral', quantity: '1', unitPrice: parseMoney(amount, 'MXN'), taxRate: '0' }],
  });
}

describe.each(providerCases)('the whole lifecycle with $name', ({ create }) => {
  let world: World;
  afterEach(() => world?.close());

  it('issues, links, sends, reminds, takes the webhook, re-fetches, books and confirms', async () => {
    const clock = { value: Date.parse(start) };
    const provider = await create(() => new Date(clock.value));
    world = await createWorld(start, [provider], { clock });
    const { billing } = world;
    const events: { name: keyof CobroEventMap; payload: unknown }[] = [];
    for (const name of ['invoice.sent', 'reminder.sent', 'payment.received', 'invoice.paid'] as const)
      billing.events.on(name, (payload) => events.push({ name, payload }));

    await billing.saveCustomer(carlos());
    await billing.addInvoice(invoice());
    const sent = await billing.sendInvoice('fj-1187');
    expect(sent.message.state).toBe('sent');
    const [link] = await billing.store.listPaymentLinks('fj-1187');
    expect(link?.provider).toBe(provider.provider.provider);
    expect(link?.amount).toEqual(parseMoney('1234.50', 'MXN'));

    // Outside the 24-hour window the invoice goes out as the approved utility template, with the link's suffix.
    const [first] = world.messages();
    expect(first?.type).toBe('template');
    expect(first?.to).toBe('525512345678');
    expect(JSON.stringify(first?.body)).toContain('FJ-1187');

    // A day at a time: reminders go out at the policy's hour in Mexico City, never twice.
    for (let day = 1; day <= 4; day++) {
      world.setClock(new Date(Date.parse(start) + day * 86_400_000).toISOString());
      await billing.runDueReminders();
      await billing.runDueReminders();
    }
    const reminders = world.messages().slice(1);
    expect(reminders.length).toBeGreaterThanOrEqual(2);
    const references = reminders.map((message) => message.reference);
    expect(new Set(references).size).toBe(references.length);
    for (const message of reminders) {
      const hour = Number(
        new Intl.DateTimeFormat('en-US', { timeZone: 'America/Mexico_City', hour: 'numeric', hourCycle: 'h23' }).format(
          message.at,
        ),
      );
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(21);
      expect(message.type).toBe('template');
    }

    // The customer pays; the provider's signed webhook reaches the runtime over HTTP.
    // An hour after the due-date reminder the customer pays. Links that cannot outlive a day (Checkout Sessions) were
    // rotated before each reminder: the live one is in the last message.
    world.setClock(new Date(Date.parse(start) + 4 * 86_400_000 + 3_600_000).toISOString());
    const live = (await billing.store.listPaymentLinks('fj-1187')).filter((each) => each.state === 'active');
    expect(live).toHaveLength(1);
    const delivery = await provider.pay(live[0]!.linkId);
    expect(await world.post(`/webhooks/${provider.provider.provider}`, delivery)).toBe(200);
    const paid = await billing.getInvoice('fj-1187');
    expect(paid?.status).toBe('paid');
    expect(paid?.payments).toHaveLength(1);
    expect(paid?.balance.amountMinor).toBe(0);

    // The same webhook again books nothing more.
    expect(await world.post(`/webhooks/${provider.provider.provider}`, delivery)).toBe(200);
    expect((await billing.getInvoice('fj-1187'))?.payments).toHaveLength(1);

    // The confirmation names the invoice and the amount, once.
    const confirmations = world.messages().filter((message) => message.reference?.includes('payment'));
    expect(confirmations).toHaveLength(1);
    expect(JSON.stringify(confirmations[0]?.body)).toMatch(/FJ-1187/);
    expect(JSON.stringify(confirmations[0]?.body)).toMatch(/1,234\.50/);
    expect(events.map((event) => event.name)).toEqual(
      expect.arrayContaining(['invoice.sent', 'reminder.sent', 'payment.received', 'invoice.paid']),
    );
    expect((await billing.store.listPaymentLinks('fj-1187')).every((each) => each.state !== 'active')).toBe(true);

    // After payment, no more reminders.
    const before = world.messages().length;
    world.setClock('2026-12-10T17:00:00.000Z');
    await billing.runDueReminders();
    expect(world.messages()).toHaveLength(before);
  });
});
