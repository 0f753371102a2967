import { describe, expect, it } from 'vitest';
import type { SendSlotRequest } from '../../src/pacing/reserve-send-slots';
import { type SlotLedger, takeSlots } from '../../src/pacing/slot-ledger';

const second = 1_000_000;

/** takeSlots as first written: one ledger entry per reservation, none merged. The reference for the merged ledger. */
function unmerged(ledger: SlotLedger | undefined, input: SendSlotRequest) {
  const { count, intervalMicros: interval, nowMicros, ratePerSecond = 0 } = input;
  const taken = ledger?.taken ?? 0;
  const base = taken + 1 - ratePerSecond;
  let windowStart = Number.NEGATIVE_INFINITY;
  for (const entry of ledger?.entries ?? []) {
    if (entry.start > base + count - 1 || entry.end < base) continue;
    const grid = entry.first + (base - entry.start) * interval;
    const late = entry.now - (Math.max(entry.start, base) - base) * interval;
    windowStart = Math.max(windowStart, grid + second, late + second);
  }
  const first = Math.max(ledger?.nextFree ?? Number.NEGATIVE_INFINITY, input.fromMicros ?? nowMicros, windowStart);
  const entries = [
    ...(ledger?.entries ?? []).filter((each) => each.end >= taken + count + 1 - ratePerSecond),
    { start: taken + 1, end: taken + count, first, now: nowMicros },
  ];
  return { first, ledger: { nextFree: first + count * interval, taken: taken + count, entries } };
}

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('takeSlots', () => {
  it('gives the same slots as a ledger of every reservation, over 300 seeded mixes of on-time and late calls', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const rate = [3, 7, 10, 80, 1_000][seed % 5] as number;
      const interval = Math.ceil(second / rate);
      let merged: SlotLedger | undefined;
      let reference: SlotLedger | undefined;
      let now = 1_795_000_000_000_000;
      for (let call = 0; call < 200; call++) {
        // Mostly short steps (a limiter refilling ahead of the grid), sometimes a stall; half the calls reach back for
        // slots nobody used, up to two seconds.
        now += Math.floor(next() * next() * 2 * second * (10 / rate) * (1 + Math.floor(rate / 10)));
        const count = 1 + Math.floor(next() * Math.max(1, rate / 3));
        const input: SendSlotRequest = {
          key: 'wa:1',
          count,
          intervalMicros: interval,
          nowMicros: now,
          ratePerSecond: rate,
          ...(next() < 0.6 ? { fromMicros: now - Math.floor(next() * 2 * second) } : {}),
        };
        const a = takeSlots(merged, input);
        const b = unmerged(reference, input);
        expect(a.first, `seed ${seed}, call ${call}`).toBe(b.first);
        merged = a.ledger;
        reference = b.ledger;
      }
    }
  });

  it('keeps one entry at a steady pace taken ahead of time', () => {
    let ledger: SlotLedger | undefined;
    const start = 1_795_000_000_000_000;
    for (let call = 0; call < 1_000; call++) {
      // 10 slots at 1,000/s every 10 ms, asked for 5 ms before the grid reaches them.
      const { first, ledger: after } = takeSlots(ledger, {
        key: 'wa:1',
        count: 10,
        intervalMicros: 1_000,
        nowMicros: start + call * 10_000 - 5_000,
        ratePerSecond: 1_000,
        fromMicros: start,
      });
      expect(first).toBe(start + call * 10_000);
      ledger = after;
    }
    expect(ledger?.entries).toHaveLength(1);
  });
});
