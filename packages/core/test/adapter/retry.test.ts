import { ApiCallError } from '@cobro/core';
import { retryWithBackoff } from '@cobro/core/adapter';
import { describe, expect, it } from 'vitest';

function failing(kinds: ApiCallError['kind'][], retryAfterMs?: number) {
  const calls: number[] = [];
  const call = async (attempt: number) => {
    calls.push(attempt);
    const kind = kinds[attempt - 1];
    if (kind) throw new ApiCallError({ provider: 'test', kind, message: kind, retryAfterMs });
    return 'ok';
  };
  return { call, calls };
}

describe('retryWithBackoff', () => {
  it('retries retryable errors with exponential full-jitter delays', async () => {
    const delays: number[] = [];
    const { call, calls } = failing(['rate-limited', 'unavailable', 'network']);
    const result = await retryWithBackoff(call, {
      initialDelayMs: 100,
      random: () => 0.5,
      sleep: async (ms) => {
        delays.push(ms);
      },
    });
    expect(result).toBe('ok');
    expect(calls).toEqual([1, 2, 3, 4]);
    expect(delays).toEqual([50, 100, 200]);
  });

  it('honours retry-after as a lower bound', async () => {
    const delays: number[] = [];
    const { call } = failing(['rate-limited'], 5_000);
    await retryWithBackoff(call, { random: () => 0, sleep: async (ms) => void delays.push(ms) });
    expect(delays).toEqual([5_000]);
  });

  it.each(['invalid-request', 'ambiguous', 'outside-service-window', 'auth'] as const)(
    'does not retry %s',
    async (kind) => {
      const { call, calls } = failing([kind]);
      await expect(retryWithBackoff(call, { sleep: async () => {} })).rejects.toMatchObject({ kind });
      expect(calls).toEqual([1]);
    },
  );

  it('gives up after maxAttempts', async () => {
    const { call, calls } = failing(['unavailable', 'unavailable', 'unavailable']);
    await expect(retryWithBackoff(call, { maxAttempts: 2, sleep: async () => {} })).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(calls).toEqual([1, 2]);
  });
});
