import { type Billing, createBilling, createMemoryStore } from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

const start = Date.parse('2026-11-26T14:00:00.000Z');
const hour = 3_600_000;
const customers = 12;
const dueDates = ['2026-11-30', '2026-12-01', '2026-12-03', '2026-12-04'];

/** Runs 10 days in 3-hour steps with `workers` runtimes on one store; returns the references the emulator received. */
async function simulate(workers: number): Promise<{ world: World; references: string[] }> {
  const clock = { value: start };
  const store = createMemoryStore();
  const provider = await referenceProvider.create(() => new Date(clock.value));
  const world = await createWorld('', [provider], { clock, store, workerId: 'worker-0' });
  const runtimes: Billing[] = [world.billing];
  for (let index = 1; index < workers; index++)
    runtimes.push(
      createBilling({
        channel: world.channel,
        store,
        providers: [provider.provider],
        business: { name: 'Florería Jacaranda' },
        clock: () => new Date(clock.value),
        workerId: `worker-${index}`,
      }),
    );
  for (let index = 1; index <= customers; index++) {
    await world.billing.saveCustomer(mexicanCustomer(index));
    await world.billing.addInvoice(mexicanInvoice(index, dueDates[index % dueDates.length] as string));
    // Two customers owe twice: their reminders go out grouped in one message.
    if (index % 6 === 0)
      await world.billing.addInvoice({
        ...mexicanInvoice(index + 100, dueDates[0] as string),
        customerId: `c-${String(index).padStart(3, '0')}`,
      });
  }
  for (let step = 0; step < 10 * 8; step++) {
    clock.value = start + step * 3 * hour;
    await Promise.all(runtimes.map((runtime) => runtime.runDueReminders()));
  }
  return { world, references: world.messages().map((message) => message.reference ?? '') };
}

describe('four workers running runDueReminders on one store', () => {
  const worlds: World[] = [];
  afterEach(async () => {
    for (const world of worlds.splice(0)) await world.close();
  });

  it('send each reminder exactly once: the same sends as a single worker', async () => {
    const single = await simulate(1);
    const four = await simulate(4);
    worlds.push(single.world, four.world);
    expect(single.references.length).toBeGreaterThan(customers * 2);
    expect(new Set(four.references).size).toBe(four.references.length);
    expect([...four.references].sort()).toEqual([...single.references].sort());
    // No claim or lease is left behind, and nothing is stuck.
    expect(await four.world.store.listOutbox({ states: ['pending', 'sending', 'ambiguous'] })).toEqual([]);
  });
});
