// A run reads its claimed customers' work a few at a time and hands its page back in one call when the store can
// (getCustomersWork, settleDueCustomers); a store without them gets one call per customer and the same sends.
import { type BillingStoreV1, createMemoryStore } from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

// Friday 4 December 2026, 11:00 in Mexico City: every invoice below is due today.
const dueAt = Date.parse('2026-12-04T17:00:00.000Z');
const customers = 20;

/** The store, counting its calls by method; without the batch methods when `batched` is false. */
function countingStore(batched: boolean) {
  const calls = new Map<string, number>();
  const hidden = new Set(batched ? [] : ['getCustomersWork', 'settleDueCustomers']);
  const store = new Proxy(createMemoryStore(), {
    get(target, property, receiver) {
      if (hidden.has(String(property))) return undefined;
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  }) as BillingStoreV1;
  return { store, calls: (method: string) => calls.get(method) ?? 0 };
}

async function oneRun(batched: boolean) {
  const clock = { value: dueAt - 10 * 86_400_000 };
  const provider = await referenceProvider.create(() => new Date(clock.value));
  const counting = countingStore(batched);
  const world = await createWorld('', [provider], { clock, store: counting.store, concurrency: 4 });
  for (let index = 1; index <= customers; index++) {
    await world.billing.saveCustomer(mexicanCustomer(index));
    await world.billing.addInvoice(mexicanInvoice(index, '2026-12-04'));
  }
  clock.value = dueAt;
  const before = (method: string) => counting.calls(method);
  const counts = ['getCustomerWork', 'getCustomersWork', 'settleDueCustomer', 'settleDueCustomers'].map(
    (method) => [method, before(method)] as const,
  );
  const result = await world.billing.runDueReminders();
  const during = Object.fromEntries(counts.map(([method, start]) => [method, counting.calls(method) - start]));
  return { world, result, during, references: world.messages().map((message) => message.reference ?? '') };
}

describe('a run batches its store calls when the store can', () => {
  const worlds: World[] = [];
  afterEach(async () => {
    for (const world of worlds.splice(0)) await world.close();
  });

  it('reads work 16 customers at a time and settles the page in one call, with the same sends as one by one', async () => {
    const batched = await oneRun(true);
    const single = await oneRun(false);
    worlds.push(batched.world, single.world);
    expect(batched.result.customers).toBe(customers);
    expect(batched.result.sent).toBeGreaterThanOrEqual(customers);
    // One page (64 at 4 in flight) of 20 customers: work in 2 reads, claims back in 1 call.
    expect(batched.during).toEqual({
      getCustomerWork: 0,
      getCustomersWork: 2,
      settleDueCustomer: 0,
      settleDueCustomers: 1,
    });
    expect(single.during).toEqual({
      getCustomerWork: customers,
      getCustomersWork: 0,
      settleDueCustomer: customers,
      settleDueCustomers: 0,
    });
    expect([...batched.references].sort()).toEqual([...single.references].sort());
    expect(await batched.world.store.listOutbox({ states: ['pending', 'sending', 'ambiguous'] })).toEqual([]);
  });
});
