// The caps hold however many workers plan the same customers at the same instants: a customer's sends are gated
// under one claim with the whole history, including what another worker sent a moment before.
import { createBilling, createCustomer, createInvoice, parseMoney } from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

// Monday 30 November 2026, 05:00 in Boston.
const start = Date.parse('2026-11-30T10:00:00.000Z');
const hour = 3_600_000;
const day = 24 * hour;

describe('caps with two workers planning the same customer at once', () => {
  let world: World;
  afterEach(() => world?.close());

  it('keeps one message a day per customer and two per invoice a week (Massachusetts)', async () => {
    const clock = { value: start };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], { clock });
    const workers = [
      world.billing,
      createBilling({
        channel: world.channel,
        store: world.store,
        providers: [provider.provider],
        business: { name: 'Hub Bikes' },
        clock: () => new Date(clock.value),
        workerId: 'second',
      }),
    ];
    for (let index = 1; index <= 4; index++) {
      await world.billing.saveCustomer(
        createCustomer({
          id: `c-${index}`,
          name: `Customer ${index}`,
          phone: `+1 617 555 ${String(100 + index).padStart(4, '0')}`,
          locale: 'en-US',
          timeZone: 'America/New_York',
          country: 'US',
          subdivision: 'MA',
          optIn: { at: '2026-11-20T15:00:00.000Z', source: 'checkout', evidence: 'checkbox' },
        }),
      );
      // Three invoices each, due on three consecutive days: many stages fall close together.
      for (let n = 0; n < 3; n++)
        await world.billing.addInvoice(
          createInvoice({
            id: `inv-${index}-${n}`,
            number: `HB-${index}${n}`,
            customerId: `c-${index}`,
            currency: 'USD',
            status: 'open',
            issueDate: '2026-11-25',
            dueDate: `2026-12-0${2 + n}`,
            businessTimeZone: 'America/New_York',
            lines: [{ description: 'tune-up', quantity: '1', unitPrice: parseMoney('80.00', 'USD'), taxRate: '0' }],
          }),
        );
    }
    for (let step = 0; step < 30 * 24; step++) {
      clock.value = start + step * hour;
      await Promise.all(workers.map((worker) => worker.runDueReminders()));
    }

    const sent = await world.store.listOutbox({ states: ['sent'] });
    expect(sent.length).toBeGreaterThan(8);
    const localDay = (at: string) => new Date(Date.parse(at) - 5 * hour).toISOString().slice(0, 10);
    const perCustomerDay = new Map<string, number>();
    for (const entry of sent) {
      const key = `${entry.customerId}:${localDay(entry.sentAt as string)}`;
      perCustomerDay.set(key, (perCustomerDay.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perCustomerDay.values())).toBe(1);
    // Per invoice, any 7 days hold at most 2 messages that name it.
    const times = new Map<string, number[]>();
    for (const entry of sent)
      for (const invoiceId of (entry.payload as { invoiceIds: string[] }).invoiceIds)
        times.set(invoiceId, [...(times.get(invoiceId) ?? []), Date.parse(entry.sentAt as string)]);
    for (const [invoiceId, list] of times) {
      const sorted = list.sort((a, b) => a - b);
      for (let i = 2; i < sorted.length; i++)
        expect(sorted[i]! - sorted[i - 2]!, `${invoiceId} three times in 7 days`).toBeGreaterThanOrEqual(7 * day);
    }
    const references = world.messages().map((message) => message.reference);
    expect(new Set(references).size).toBe(references.length);
  }, 120_000);
});
