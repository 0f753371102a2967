import { createLocalSlotReserver, createRateLimiter, ValidationError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { busiestSecond, createVirtualTime } from './virtual-time';

// Seeded (mulberry32), so every run injects the same stalls.
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `workers` loops taking `sends` grants in all from `limiters` (round robin), each send costing `cpuMs`; returns the
 * instants the loops resumed, ascending.
 */
async function drive(options: {
  time: ReturnType<typeof createVirtualTime>;
  limiters: readonly { acquire(): Promise<number> }[];
  sends: number;
  workers: number;
  cpuMs?: number | (() => number);
  beforeEach?: () => void;
}) {
  const { time, limiters, sends, workers } = options;
  const grants: number[] = [];
  let started = 0;
  const worker = async (index: number) => {
    const limiter = limiters[index % limiters.length] as { acquire(): Promise<number> };
    while (started < sends) {
      started++;
      const granted = await limiter.acquire();
      // The instant the caller goes on to send, which is what the ceiling is about (never before the grant).
      expect(time.now()).toBeGreaterThanOrEqual(granted - 0.001);
      grants.push(time.now());
      time.spend(typeof options.cpuMs === 'function' ? options.cpuMs() : (options.cpuMs ?? 0));
    }
  };
  const all = Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));
  await time.run(() => grants.length >= sends, options.beforeEach);
  await all;
  return grants.sort((a, b) => a - b);
}

describe('createRateLimiter', () => {
  it('holds 1,000/s over 100,000 sends with a 50–100 ms event-loop stall every 2–8 s: ≥ 995/s sustained, never 1,001 in a second', async () => {
    const time = createVirtualTime();
    const random = seeded(16);
    const limiter = createRateLimiter({
      key: 'whatsapp:106540352242922',
      ratePerSecond: 1_000,
      reserve: createLocalSlotReserver(),
      now: time.now,
      sleep: time.sleep,
    });
    let nextStallAt = time.now() + 500;
    let stalls = 0;
    const grants = await drive({
      time,
      limiters: [limiter],
      sends: 100_000,
      workers: 64,
      cpuMs: 0.3,
      beforeEach() {
        // A pause of 50–100 ms every 2–8 s: what a major GC or a slow synchronous handler does to the loop.
        if (time.now() < nextStallAt) return;
        time.stall(50 + random() * 50);
        stalls++;
        nextStallAt = time.now() + 2_000 + random() * 6_000;
      },
    });
    const seconds = ((grants.at(-1) as number) - (grants[0] as number)) / 1000;
    expect(stalls).toBeGreaterThan(15);
    expect(grants).toHaveLength(100_000);
    expect(busiestSecond(grants)).toBeLessThanOrEqual(1_000);
    expect(100_000 / seconds).toBeGreaterThanOrEqual(995);
  }, 60_000);

  it('never exceeds the ceiling when stalls come faster than a second apart, and still catches most of them up', async () => {
    const time = createVirtualTime();
    const random = seeded(11);
    const limiter = createRateLimiter({
      key: 'k',
      ratePerSecond: 1_000,
      reserve: createLocalSlotReserver(),
      now: time.now,
      sleep: time.sleep,
    });
    let nextStallAt = time.now() + 300;
    const grants = await drive({
      time,
      limiters: [limiter],
      sends: 30_000,
      workers: 64,
      cpuMs: 0.3,
      beforeEach() {
        if (time.now() < nextStallAt) return;
        time.stall(50 + random() * 50);
        nextStallAt = time.now() + 300 + random() * 1_200;
      },
    });
    const seconds = ((grants.at(-1) as number) - (grants[0] as number)) / 1000;
    expect(busiestSecond(grants)).toBeLessThanOrEqual(1_000);
    // 7.7% of the time is stalled; without catch-up that is ~923/s. A stall that lands where the window is already
    // full cannot be caught up without exceeding it, so some is lost.
    expect(30_000 / seconds).toBeGreaterThan(950);
  }, 60_000);

  it('counts a send from when its caller resumes: a pause between grant and send does not let the next second overfill', async () => {
    const time = createVirtualTime();
    const start = time.now();
    const limiter = createRateLimiter({
      key: 'k',
      ratePerSecond: 10,
      batch: 20,
      reserve: createLocalSlotReserver(),
      now: time.now,
      sleep: time.sleep,
    });
    let stalled = false;
    const grants = await drive({
      time,
      limiters: [limiter],
      sends: 40,
      workers: 10,
      // For the first 1.5 s each send holds the thread 30 ms, so a burst of grants is sent over 270 ms.
      cpuMs: () => (time.now() < start + 1_500 ? 30 : 0),
      beforeEach() {
        if (stalled || time.now() < start + 1) return;
        stalled = true;
        time.stall(950);
      },
    });
    expect(busiestSecond(grants)).toBeLessThanOrEqual(10);
  });

  it('without catch-up loses what a stall costs, which is the behaviour it replaces', async () => {
    const time = createVirtualTime();
    const limiter = createRateLimiter({
      key: 'k',
      ratePerSecond: 1_000,
      reserve: createLocalSlotReserver(),
      catchUpMs: 0,
      now: time.now,
      sleep: time.sleep,
    });
    let nextStallAt = time.now() + 500;
    const grants = await drive({
      time,
      limiters: [limiter],
      sends: 10_000,
      workers: 16,
      beforeEach() {
        if (time.now() < nextStallAt) return;
        time.stall(100);
        nextStallAt = time.now() + 500;
      },
    });
    const seconds = ((grants.at(-1) as number) - (grants[0] as number)) / 1000;
    expect(busiestSecond(grants)).toBeLessThanOrEqual(1_000);
    // About 100 ms lost every 600 ms.
    expect(10_000 / seconds).toBeLessThan(900);
  });

  it('with burst 1, spaces sends evenly when nothing stalls, and shares one budget between limiters on one reserver', async () => {
    const time = createVirtualTime();
    const reserve = createLocalSlotReserver();
    const processes = [1, 2, 3].map(() =>
      createRateLimiter({ key: 'whatsapp:1', ratePerSecond: 80, burst: 1, reserve, now: time.now, sleep: time.sleep }),
    );
    const grants = await drive({ time, limiters: processes, sends: 800, workers: 12 });
    expect(busiestSecond(grants)).toBeLessThanOrEqual(80);
    const gaps = grants.slice(1).map((at, index) => at - (grants[index] as number));
    // 12.5 ms apart, rounded up to whole microseconds; a timer may fire a millisecond late, never early.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(12.5 - 1e-6 - 1);
    expect(800 / (((grants.at(-1) as number) - (grants[0] as number)) / 1000)).toBeGreaterThan(79);
  });

  it("grants a reservation's slots together when the last has come: four processes at 1,000/s, never 1,001 in a second", async () => {
    const time = createVirtualTime();
    const reserve = createLocalSlotReserver();
    const slots: number[] = [];
    const processes = [1, 2, 3, 4].map(() =>
      createRateLimiter({
        key: 'whatsapp:1',
        ratePerSecond: 1_000,
        reserve: async (input) => {
          const first = await reserve(input);
          for (let index = 0; index < input.count; index++) slots.push((first + index * input.intervalMicros) / 1_000);
          return first;
        },
        now: time.now,
        sleep: time.sleep,
      }),
    );
    let wakeUps = 0;
    const grants = await drive({ time, limiters: processes, sends: 10_000, workers: 128, beforeEach: () => wakeUps++ });
    // Default batch and burst at 1,000/s: 20 slots per reservation, granted at once, 20 ms of the grid apart.
    const instants = [...new Set(grants)];
    expect(instants.length).toBeLessThanOrEqual(10_000 / 20 + 4);
    expect(wakeUps).toBeLessThan(10_000 / 10);
    // Each group goes at its last slot, so the k-th grant is never earlier than the k-th slot of the grid.
    slots.sort((a, b) => a - b);
    expect(grants.filter((at, index) => at < (slots[index] as number) - 1e-6)).toEqual([]);
    expect(busiestSecond(grants)).toBeLessThanOrEqual(1_000);
    expect(10_000 / (((grants.at(-1) as number) - (grants[0] as number)) / 1000)).toBeGreaterThanOrEqual(995);
  });

  it('pays one store round trip per batch, not per send, and keeps the rate while the store is slow', async () => {
    const time = createVirtualTime();
    const local = createLocalSlotReserver();
    let calls = 0;
    const limiter = createRateLimiter({
      key: 'k',
      ratePerSecond: 1_000,
      batch: 20,
      // A store 5 ms away (a PostgreSQL round trip on a busy network).
      reserve: async (input) => {
        calls++;
        await time.sleep(5);
        return local(input);
      },
      now: time.now,
      sleep: time.sleep,
    });
    const grants = await drive({ time, limiters: [limiter], sends: 5_000, workers: 32 });
    expect(calls).toBeLessThanOrEqual(5_000 / 20 + 2);
    expect(busiestSecond(grants)).toBeLessThanOrEqual(1_000);
    expect(5_000 / (((grants.at(-1) as number) - (grants[0] as number)) / 1000)).toBeGreaterThanOrEqual(995);
  });

  it('does not burst after an idle pause: unused slots are not a stall to catch up', async () => {
    const time = createVirtualTime();
    const limiter = createRateLimiter({
      key: 'k',
      ratePerSecond: 10,
      reserve: createLocalSlotReserver(),
      now: time.now,
      sleep: time.sleep,
    });
    const first = await drive({ time, limiters: [limiter], sends: 5, workers: 1 });
    // Nobody sends for five seconds.
    time.spend(5_000);
    const second = await drive({ time, limiters: [limiter], sends: 10, workers: 10 });
    const gaps = second.slice(1).map((at, index) => at - (second[index] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(99);
    expect(busiestSecond([...first, ...second])).toBeLessThanOrEqual(10);
  });

  it('rejects waiting sends when the store fails, and serves the next ones once it answers again', async () => {
    const time = createVirtualTime();
    const local = createLocalSlotReserver();
    let failing = true;
    const limiter = createRateLimiter({
      key: 'k',
      ratePerSecond: 100,
      reserve: async (input) => {
        if (failing) throw new Error('connection refused');
        return local(input);
      },
      now: time.now,
      sleep: time.sleep,
    });
    await expect(Promise.all([limiter.acquire(), limiter.acquire()])).rejects.toThrow('connection refused');
    failing = false;
    const grants = await drive({ time, limiters: [limiter], sends: 3, workers: 3 });
    expect(grants).toHaveLength(3);
  });

  it('refuses bad options with a ValidationError naming the field', () => {
    const reserve = createLocalSlotReserver();
    for (const [field, options] of [
      ['ratePerSecond', { key: 'k', ratePerSecond: 0.5, reserve }],
      ['ratePerSecond', { key: 'k', ratePerSecond: Number.NaN, reserve }],
      ['batch', { key: 'k', ratePerSecond: 10, batch: 0, reserve }],
      ['burst', { key: 'k', ratePerSecond: 10, burst: 1.5, reserve }],
      ['catchUpMs', { key: 'k', ratePerSecond: 10, catchUpMs: 5_000, reserve }],
      ['key', { key: '', ratePerSecond: 10, reserve }],
    ] as const) {
      const attempt = () => createRateLimiter(options);
      expect(attempt).toThrow(ValidationError);
      expect(attempt).toThrow(field);
    }
  });
});

describe('createLocalSlotReserver', () => {
  it('hands out consecutive, disjoint slots per key, from now when the key has been idle', async () => {
    const reserve = createLocalSlotReserver();
    expect(await reserve({ key: 'a', count: 10, intervalMicros: 1_000, nowMicros: 5_000 })).toBe(5_000);
    expect(await reserve({ key: 'a', count: 10, intervalMicros: 1_000, nowMicros: 6_000 })).toBe(15_000);
    expect(await reserve({ key: 'b', count: 1, intervalMicros: 1_000, nowMicros: 6_000 })).toBe(6_000);
    expect(await reserve({ key: 'a', count: 1, intervalMicros: 1_000, nowMicros: 90_000 })).toBe(90_000);
  });
});
