import { createPacer } from '@cobro/whatsapp-cloud';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Every slot reserved for a burst, checked against the limits the way Meta counts them.
function violations(slots: { recipient: string; at: number }[], rate: number, pairMs: number, burst: number) {
  const sorted = [...slots].sort((a, b) => a.at - b.at);
  let problems = 0;
  for (let index = 0; index < sorted.length; index++) {
    const at = sorted[index]!.at;
    // no more than `rate` sends in any one-second window starting at a send
    let inSecond = 0;
    for (let next = index; next < sorted.length && sorted[next]!.at < at + 1000; next++) inSecond++;
    if (inSecond > rate) problems++;
  }
  const byRecipient = new Map<string, number[]>();
  for (const slot of sorted) byRecipient.set(slot.recipient, [...(byRecipient.get(slot.recipient) ?? []), slot.at]);
  // token bucket: between any two sends i ≤ j to one recipient, at most `burst` plus one per elapsed interval
  for (const times of byRecipient.values()) {
    for (let first = 0; first < times.length; first++) {
      for (let last = first; last < times.length; last++) {
        if (last - first + 1 > burst + Math.floor((times[last]! - times[first]! + 1e-6) / pairMs)) problems++;
      }
    }
  }
  return problems;
}

describe('createPacer', () => {
  it('spaces a burst of 5,000 sends to 500 recipients within the number and pair limits', () => {
    const pacer = createPacer({ messagesPerSecond: 1000, now: () => 0 });
    const slots = Array.from({ length: 5000 }, (_, index) => {
      const recipient = `52155${String(index % 500).padStart(8, '0')}`;
      return { recipient, at: pacer.reserve(recipient) };
    });
    expect(violations(slots, 1000, 6000, 1)).toBe(0);
    // Ten rounds six seconds apart (the pair rate), each round 500 sends 1 ms apart (the number's rate).
    expect(Math.max(...slots.map((slot) => slot.at))).toBe(54_499);
  });

  it('holds for any mix of rates, bursts and recipients', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 45 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 400 }),
        (rate, burst, recipients) => {
          const pacer = createPacer({ messagesPerSecond: rate, perRecipientBurst: burst, now: () => 0 });
          const slots = recipients.map((recipient) => ({
            recipient: String(recipient),
            at: pacer.reserve(String(recipient)),
          }));
          expect(violations(slots, rate, 6000, burst)).toBe(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('waits with the injected sleep until the reserved slot', async () => {
    let clock = 0;
    const waits: number[] = [];
    const pacer = createPacer({ messagesPerSecond: 2, now: () => clock, sleep: async (ms) => void waits.push(ms) });
    const slots = await Promise.all(['a', 'b', 'c', 'a'].map((recipient) => pacer.acquire(recipient)));
    expect(slots).toEqual([0, 500, 1000, 6000]);
    expect(waits).toEqual([500, 1000, 6000]);
    clock = 10;
    expect(() => createPacer({ messagesPerSecond: 0 })).toThrow(RangeError);
  });
});

describe('createPacer with a shared limiter', () => {
  it('keeps one send per 6 s per recipient and leaves the number’s rate to the limiter', async () => {
    let clock = 0;
    const limited: string[] = [];
    const pacer = createPacer({
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
      limiter: {
        async acquire() {
          limited.push(String(clock));
          return clock;
        },
      },
    });
    const granted: number[] = [];
    for (const recipient of ['a', 'b', 'a', 'a']) granted.push(await pacer.acquire(recipient));
    // b goes at once; each further send to a waits out the pair rate; every send went through the limiter.
    expect(granted).toEqual([0, 0, 6000, 12000]);
    expect(limited).toHaveLength(4);
  });
});
