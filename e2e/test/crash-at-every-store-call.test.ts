// A worker dies at every store call of a run in turn, before the call or right after it took effect; a second worker
// takes over after the lease. Nothing is ever sent twice, and every message is either sent once or, when the worker
// died holding it before WhatsApp answered and WhatsApp never saw it, held for a person: never silently lost.
import { type BillingStoreV1, createBilling, createMemoryStore } from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

// Friday 4 December 2026, 11:00 in Mexico City: every invoice is due today.
const dueAt = Date.parse('2026-12-04T17:00:00.000Z');
const minute = 60_000;

class Killed extends Error {}

/** The store, dying at its `at`-th call: before the call runs, or after it took effect. */
function dyingStore(store: BillingStoreV1, at: number, when: 'before' | 'after') {
  let calls = 0;
  let dead = false;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (dead) throw new Killed('the process is gone');
        calls += 1;
        if (calls === at && when === 'before') {
          dead = true;
          throw new Killed(`killed before store call ${at} (${String(property)})`);
        }
        const result = await value.apply(target, args);
        if (calls === at && when === 'after') {
          dead = true;
          throw new Killed(`killed after store call ${at} (${String(property)})`);
        }
        return result;
      };
    },
  });
  return { store: proxy, calls: () => calls };
}

async function scenario(world: World) {
  for (const index of [1, 2, 3]) {
    await world.billing.saveCustomer(mexicanCustomer(index));
    await world.billing.addInvoice(mexicanInvoice(index, '2026-12-04'));
  }
}

describe('a worker killed at any store call', () => {
  let world: World | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('never sends twice and never loses a message silently', async () => {
    // Count the calls of one clean run first.
    const clean = dyingStore(createMemoryStore(), Number.POSITIVE_INFINITY, 'before');
    const cleanClock = { value: dueAt };
    const cleanProvider = await referenceProvider.create(() => new Date(cleanClock.value));
    world = await createWorld('', [cleanProvider], { clock: cleanClock, store: clean.store });
    await scenario(world);
    const firstCall = clean.calls();
    await world.billing.runDueReminders();
    expect(world.messages()).toHaveLength(3);
    const runCalls = clean.calls() - firstCall;
    await world.close();
    world = undefined;
    expect(runCalls).toBeGreaterThan(5);
    let held = 0;
    for (const when of ['before', 'after'] as const) {
      for (let call = firstCall + 1; call <= firstCall + runCalls; call++) {
        const clock = { value: dueAt };
        const shared = createMemoryStore();
        const dying = dyingStore(shared, call, when);
        const provider = await referenceProvider.create(() => new Date(clock.value));
        world = await createWorld('', [provider], { clock, store: dying.store, workerId: 'dies' });
        await scenario(world);
        await world.billing.runDueReminders().catch((error: unknown) => {
          if (!(error instanceof Killed)) throw error;
        });

        // The restarted worker, after the lease ran out; then every status WhatsApp has reaches it.
        const restarted = createBilling({
          channel: world.channel,
          store: shared,
          providers: [provider.provider],
          business: { name: 'Florería Jacaranda' },
          clock: () => new Date(clock.value),
          workerId: 'restarted',
        });
        for (const offset of [3, 4, 10]) {
          clock.value = dueAt + offset * minute;
          await restarted.runDueReminders();
          for (const message of world.messages())
            await restarted.handleChannelWebhook(world.whatsapp.status(message.messageId, 'sent'));
        }

        const label = `killed ${when} call ${call}`;
        const references = world.messages().map((message) => message.reference);
        expect(new Set(references).size, label).toBe(references.length);
        const entries = await shared.listOutbox();
        expect(entries, label).toHaveLength(3);
        for (const entry of entries) {
          if (entry.state === 'sent') {
            expect(
              references.filter((reference) => reference === entry.key),
              label,
            ).toHaveLength(1);
          } else {
            expect(entry.state, label).toBe('ambiguous');
            expect(references, label).not.toContain(entry.key);
            held += 1;
          }
        }
        await world.close();
        world = undefined;
      }
    }
    // Only a death between taking a send and WhatsApp answering can hold one; most deaths hold none.
    console.info(`store calls per run: ${runCalls}; deaths that left a send for a person: ${held} of ${2 * runCalls}`);
    expect(held).toBeLessThan(runCalls);
  }, 120_000);
});
