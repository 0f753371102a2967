// Invoice messages, replies and reminders of one customer are one ordered queue under one gate: an invoice message
// is never starved by reminders, and a reminder never goes out for an invoice whose invoice message has not.
import { createBilling, createCustomer, createInvoice, type MessagingChannelV1, parseMoney } from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

// Monday 30 November 2026, 00:00 UTC: night in every zone here, so every invoice message first waits for a window.
const start = Date.parse('2026-11-30T00:00:00.000Z');
const hour = 3_600_000;
const zones = [
  { country: 'MX', timeZone: 'America/Mexico_City', locale: 'es-MX', phone: '+52 55 1234 ', currency: 'MXN' },
  { country: 'BR', timeZone: 'America/Sao_Paulo', locale: 'pt-BR', phone: '+55 11 98765 ', currency: 'BRL' },
  { country: 'ES', timeZone: 'Europe/Madrid', locale: 'es-ES', phone: '+34 612 34 ', currency: 'EUR' },
] as const;

/** One Mexican customer, and an open invoice of theirs, for the cases below. */
const customer = createCustomer({
  id: 'c-1',
  name: 'Carlos',
  phone: '+52 55 1234 5678',
  locale: 'es-MX',
  timeZone: 'America/Mexico_City',
  country: 'MX',
  optIn: { at: '2026-11-20T15:00:00.000Z', source: 'checkout', evidence: 'checkbox' },
});
const invoice = (id: string, dueDate: string) =>
  createInvoice({
    id,
    number: id.toUpperCase(),
    customerId: customer.id,
    currency: 'MXN',
    status: 'open',
    issueDate: '2026-11-25',
    dueDate,
    businessTimeZone: 'America/Mexico_City',
    lines: [{ description: 'pedido', quantity: '1', unitPrice: parseMoney('100.00', 'MXN'), taxRate: '0' }],
  });

/** A deterministic generator (mulberry32), so the case is the same on every run and every day. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('one ordered queue per customer', () => {
  let world: World;
  afterEach(() => world?.close());

  it('sends every invoice message, before any reminder of that invoice, over 30 days', async () => {
    const clock = { value: start };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], { clock });
    const next = random(20261130);
    const pending: ReturnType<typeof createInvoice>[] = [];
    for (let index = 1; index <= 24; index++) {
      const zone = zones[index % zones.length]!;
      const customer = createCustomer({
        id: `c-${index}`,
        name: `Cliente ${index}`,
        phone: `${zone.phone}${String(1000 + index).slice(-4)}`,
        locale: zone.locale,
        timeZone: zone.timeZone,
        country: zone.country,
        optIn: { at: '2026-11-20T15:00:00.000Z', source: 'checkout', evidence: 'checkbox' },
      });
      await world.billing.saveCustomer(customer);
      const count = 1 + Math.floor(next() * 3);
      for (let n = 1; n <= count; n++) {
        // Due dates from yesterday to two weeks out: reminders of some are due at once.
        const due = new Date(start + Math.floor(next() * 12 + 2) * 24 * hour).toISOString().slice(0, 10);
        const invoice = createInvoice({
          id: `inv-${index}-${n}`,
          number: `F-${index}-${n}`,
          customerId: customer.id,
          currency: zone.currency,
          status: 'open',
          issueDate: '2026-11-25',
          dueDate: due,
          businessTimeZone: zone.timeZone,
          lines: [
            { description: 'pedido', quantity: '1', unitPrice: parseMoney('100.00', zone.currency), taxRate: '0' },
          ],
        });
        pending.push(invoice);
      }
    }
    // Each invoice is issued and sent at 00:00 UTC on its own day within the first ten days (due 2 to 13 days
    // later), while the customer's other invoices are being reminded; the worker runs every 6 hours.
    const invoices = pending.map((invoice) => ({ ...invoice, sendDay: Math.floor(next() * 10) }));
    for (let step = 0; step <= 30 * 4; step++) {
      clock.value = start + step * 6 * hour;
      if (step % 4 === 0)
        for (const { sendDay, ...invoice } of invoices) {
          if (sendDay !== step / 4) continue;
          const dueDate = new Date(clock.value + (2 + Math.floor(next() * 12)) * 24 * hour).toISOString().slice(0, 10);
          await world.billing.addInvoice({ ...invoice, dueDate });
          await world.billing.sendInvoice(invoice.id);
        }
      await world.billing.runDueReminders();
    }

    const entries = await world.store.listOutbox();
    const invoiceMessages = entries.filter((entry) => entry.stage === 'invoice-sent');
    expect(invoiceMessages).toHaveLength(invoices.length);
    expect(invoiceMessages.filter((entry) => entry.state !== 'sent').map((entry) => entry.key)).toEqual([]);
    const sentAt = new Map(invoiceMessages.map((entry) => [entry.invoiceId, entry.sentAt as string]));
    const reminders = entries.filter((entry) => entry.stage.startsWith('reminder:') && entry.state === 'sent');
    expect(reminders.length).toBeGreaterThan(invoices.length);
    for (const reminder of reminders) {
      const payload = reminder.payload as { invoiceIds: string[] };
      for (const invoiceId of payload.invoiceIds)
        expect(reminder.sentAt! > sentAt.get(invoiceId)!, `${reminder.key} after ${invoiceId}'s invoice`).toBe(true);
    }
    const references = world.messages().map((message) => message.reference);
    expect(new Set(references).size).toBe(references.length);
  }, 120_000);

  it('sends a waiting invoice message before a reminder due at the same run', async () => {
    // Friday 4 December 2026, 03:00 UTC: 21:00 on Thursday in Mexico City, after hours.
    const clock = { value: Date.parse('2026-12-04T03:00:00.000Z') };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], { clock });
    await world.billing.saveCustomer(customer);
    // An older invoice, delivered by the business itself, is due today; a new one is sent after hours.
    await world.billing.addInvoice(invoice('f-old', '2026-12-04'));
    await world.billing.addInvoice(invoice('f-new', '2026-12-20'));
    const sent = await world.billing.sendInvoice('f-new');
    expect(sent.message.state).toBe('scheduled');
    // The worker next runs at 12:00 in Mexico City: the reminder (10:00) and the invoice message (09:00) are both due.
    clock.value = Date.parse('2026-12-04T18:00:00.000Z');
    await world.billing.runDueReminders();
    const outbox = await world.store.listOutbox();
    expect(outbox.find((entry) => entry.stage === 'invoice-sent')?.state).toBe('sent');
    // The reminder yields to the minimum gap, and goes on a later day.
    expect(outbox.filter((entry) => entry.stage.startsWith('reminder:') && entry.state === 'sent')).toEqual([]);
    for (let day = 1; day <= 5; day++) {
      clock.value = Date.parse('2026-12-04T18:00:00.000Z') + day * 24 * hour;
      await world.billing.runDueReminders();
    }
    const entries = await world.store.listOutbox({ states: ['sent'] });
    const invoiceAt = entries.find((entry) => entry.stage === 'invoice-sent')?.sentAt as string;
    const reminders = entries.filter((entry) => entry.stage.startsWith('reminder:'));
    expect(reminders.length).toBeGreaterThan(0);
    for (const each of reminders) expect(each.sentAt! > invoiceAt).toBe(true);
  });

  it('never drains one customer twice at once in one process (a run and sendInvoice on the same instance)', async () => {
    // Friday 4 December 2026, 12:00 in Mexico City: the reminder of an older invoice is due.
    const clock = { value: Date.parse('2026-12-04T18:00:00.000Z') };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], { clock });
    // The same channel, answering 30 ms later, counting the sends in flight.
    let inFlight = 0;
    let most = 0;
    const slow: MessagingChannelV1 = Object.create(world.channel);
    slow.send = async (message) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 30));
      try {
        return await world.channel.send(message);
      } finally {
        inFlight--;
      }
    };
    const billing = createBilling({
      channel: slow,
      store: world.store,
      providers: [provider.provider],
      business: { name: 'Florería Jacaranda' },
      clock: () => new Date(clock.value),
    });
    await billing.saveCustomer(customer);
    await billing.addInvoice(invoice('f-old', '2026-11-27'));
    await billing.addInvoice(invoice('f-new', '2026-12-20'));
    // The run claims the customer and starts its reminder; sendInvoice, on the same instance, re-takes the claim
    // (its owner's own) while that send is in flight.
    const run = billing.runDueReminders();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const sent = billing.sendInvoice('f-new');
    await Promise.all([run, sent]);
    await billing.runDueReminders();
    expect(most).toBe(1);
    // The reminder went once; the invoice message waits for the minimum gap after it (gated with the reminder in the
    // history, which a second drain running at once would not have seen).
    const outbox = await world.store.listOutbox();
    expect(outbox.filter((entry) => entry.stage.startsWith('reminder:') && entry.state === 'sent')).toHaveLength(1);
    expect(outbox.find((entry) => entry.stage === 'invoice-sent')?.state).toBe('pending');
    const references = world.messages().map((message) => message.reference);
    expect(new Set(references).size).toBe(references.length);
  });
});
