import { type BillingStoreV1, createMemoryStore } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { storesUnderTest } from './stores-under-test';

// reserveSendSlots in SQL is the twin of core's takeSlots (the memory store's): the same calls must get the same
// slots, in seeded mixes of reservations on time (merged into one ledger entry) and late (each kept apart).
const { stores: targets } = await storesUnderTest('slots', 2);

const second = 1_000_000;

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe.each(targets)('reserveSendSlots on %s', (_, open) => {
  it('gives the slots the memory store gives, call for call, over seeded mixes', async () => {
    const store = open();
    await store.migrate();
    const memory: BillingStoreV1 = createMemoryStore();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const next = random(seed);
      const rate = [3, 7, 10, 80, 1_000, 10][seed - 1] as number;
      const interval = Math.ceil(second / rate);
      let now = 1_795_000_000_000_000;
      for (let call = 0; call < 120; call++) {
        now += Math.floor(next() * next() * 2 * second * (10 / rate) * (1 + Math.floor(rate / 10)));
        const input = {
          key: `wa:${seed}`,
          count: 1 + Math.floor(next() * Math.max(1, rate / 3)),
          intervalMicros: interval,
          nowMicros: now,
          ratePerSecond: rate,
          ...(next() < 0.6 ? { fromMicros: now - Math.floor(next() * 2 * second) } : {}),
        };
        expect(await store.reserveSendSlots(input), `seed ${seed}, call ${call}`).toBe(
          await memory.reserveSendSlots(input),
        );
      }
    }
    await store.close();
  });
});
