import fc from 'fast-check';
import { expect, it } from 'vitest';
import { unixSecondsToIso } from '../src/webhook/unix-seconds-to-iso';

it('writes the same ISO instant as Date#toISOString for any Unix second, and throws where it throws', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 253_402_300_799 }), (seconds) => {
      expect(unixSecondsToIso(String(seconds))).toBe(new Date(seconds * 1000).toISOString());
    }),
    { numRuns: 5_000 },
  );
  for (const seconds of ['0', '00001750263800', '1750263800', '253402300799', '253402300800', '8640000000000']) {
    expect(unixSecondsToIso(seconds)).toBe(new Date(Number(seconds) * 1000).toISOString());
  }
  expect(() => unixSecondsToIso('99999999999999999999')).toThrow(RangeError);
});

it('stays exact second after second across minute, hour, day and year boundaries (the kept minute is moved on)', () => {
  for (const start of [1_750_263_780, 1_767_225_540 /* 2025-12-31T23:59:00Z */, 86_340, 951_868_740]) {
    for (let seconds = start; seconds < start + 150; seconds++) {
      expect(unixSecondsToIso(String(seconds))).toBe(new Date(seconds * 1000).toISOString());
    }
    // And back again: an earlier second within the kept minute's day, then within the kept minute.
    expect(unixSecondsToIso(String(start + 59))).toBe(new Date((start + 59) * 1000).toISOString());
    expect(unixSecondsToIso(String(start))).toBe(new Date(start * 1000).toISOString());
  }
});
