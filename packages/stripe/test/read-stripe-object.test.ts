import { describe, expect, it } from 'vitest';
import { fromEpochSeconds } from '../src/read-stripe-object';

describe('fromEpochSeconds', () => {
  it('writes exactly what Date#toISOString writes, across leap years, centuries and the range edges', () => {
    const samples = [
      0, 1, 59, 86_399, 86_400, 951_782_400 /* 2000-02-29 */, 951_868_799, 4_107_542_400 /* 2100-03-01 */,
      1_700_000_000, 1_798_761_599, -1, -86_401, -2_208_988_800 /* 1900 */, -62_167_219_200, 253_402_300_799,
      253_402_300_800, -62_167_219_201,
    ];
    for (let seconds = -3_000_000_000; seconds < 5_000_000_000; seconds += 7_919_993) samples.push(seconds);
    for (const seconds of samples) expect(fromEpochSeconds(seconds)).toBe(new Date(seconds * 1000).toISOString());
  });
});
