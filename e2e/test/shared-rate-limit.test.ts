// One WhatsApp number, two workers: the throughput limit is one budget in the store, never one per process.
import { createBilling, createRateLimiter, type MessagingChannelV1 } from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

// Friday 4 December 2026, 11:00 in Mexico City: every invoice is due today.
const dueAt = Date.parse('2026-12-04T17:00:00.000Z');

describe('a rate limit shared through the store', () => {
  let world: World;
  afterEach(() => world?.close());

  it('keeps two workers together under the number’s messages per second', async () => {
    const clock = { value: dueAt };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], { clock });
    // The limiters' own clock (ms), fake and shared: a wait moves it on, so the test takes no real time and has no
    // jitter, and each send is stamped with the instant its limiter let it go.
    let limiterNow = 0;
    const sleepers: { at: number; wake: () => void }[] = [];
    // Time jumps to the earliest wake-up once everything runnable has run, as fake timers do.
    const tick = () => {
      if (sleepers.length === 0) return;
      limiterNow = Math.max(limiterNow, Math.min(...sleepers.map((each) => each.at)));
      for (const each of sleepers.filter((sleeper) => sleeper.at <= limiterNow)) {
        sleepers.splice(sleepers.indexOf(each), 1);
        each.wake();
      }
    };
    const sleep = (ms: number) =>
      new Promise<void>((wake) => {
        sleepers.push({ at: limiterNow + ms, wake });
        setImmediate(tick);
      });
    const calls: number[] = [];
    const channel: MessagingChannelV1 = {
      ...world.channel,
      send: (message) => {
        calls.push(limiterNow);
        return world.channel.send(message);
      },
    };
    const workers = ['a', 'b'].map((workerId) =>
      createBilling({
        channel,
        store: world.store,
        providers: [provider.provider],
        business: { name: 'Florería Jacaranda' },
        clock: () => new Date(clock.value),
        workerId,
        concurrency: 8,
        // Each process has its own limiter; the slots come from the one store.
        rateLimit: createRateLimiter({
          key: 'whatsapp:106540352242922',
          ratePerSecond: 10,
          reserve: (input) => world.store.reserveSendSlots(input),
          now: () => limiterNow,
          sleep,
        }),
      }),
    );
    for (let index = 1; index <= 160; index++) {
      await world.billing.saveCustomer(mexicanCustomer(index));
      await world.billing.addInvoice(mexicanInvoice(index, '2026-12-04'));
    }
    await Promise.all(workers.map((worker) => worker.runDueReminders()));

    expect(calls).toHaveLength(160);
    const sorted = [...calls].sort((a, b) => a - b);
    // No one-second window holds more than 10 sends: the 11th after any send is at least a second later.
    for (let i = 10; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 10]!).toBeGreaterThanOrEqual(1000);
    const references = world.messages().map((message) => message.reference);
    expect(new Set(references).size).toBe(160);
  }, 60_000);
});
