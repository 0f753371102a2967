import { describe, expect, it } from 'vitest';
import { createCallBatcher, runAlone } from '../src/call-batcher';

interface Call {
  readonly key: string;
  readonly value: number;
}

function recorder(options: { failBatch?: (calls: readonly Call[]) => boolean; alone?: (call: Call) => boolean } = {}) {
  const batches: string[][] = [];
  const lone: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const call = createCallBatcher<Call, string>({
    keyOf: (input) => input.key,
    maxSize: 4,
    async runOne(input) {
      lone.push(input.key);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (input.value < 0) throw new Error(`refused ${input.key}`);
      return `${input.key}=${input.value}`;
    },
    async runBatch(inputs) {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      batches.push(inputs.map((input) => input.key));
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      if (options.failBatch?.(inputs)) throw new Error('batch refused');
      return inputs.map((input) => (options.alone?.(input) ? runAlone : `${input.key}=${input.value}`));
    },
  });
  return { call, batches, lone, mostInFlight: () => mostInFlight };
}

describe('createCallBatcher', () => {
  it('runs a lone call on its own, without waiting for company', async () => {
    const { call, batches, lone } = recorder();
    expect(await call({ key: 'a', value: 1 })).toBe('a=1');
    expect(batches).toEqual([]);
    expect(lone).toEqual(['a']);
  });

  it('runs calls made while one is in flight together, at most maxSize at a time, one statement at a time', async () => {
    const { call, batches, lone, mostInFlight } = recorder();
    const first = call({ key: 'k0', value: 0 });
    await new Promise((resolve) => setImmediate(resolve));
    // k0 is in flight alone; these ten queue behind it.
    const rest = Array.from({ length: 10 }, (_, index) => call({ key: `k${index + 1}`, value: index + 1 }));
    const answers = await Promise.all([first, ...rest]);
    expect(answers).toEqual(Array.from({ length: 11 }, (_, index) => `k${index}=${index}`));
    expect(lone).toEqual(['k0']);
    expect(batches).toEqual([
      ['k1', 'k2', 'k3', 'k4'],
      ['k5', 'k6', 'k7', 'k8'],
      ['k9', 'k10'],
    ]);
    expect(mostInFlight()).toBe(1);
  });

  it('never puts two calls with one key in a batch, and keeps their order', async () => {
    const { call, batches, lone } = recorder();
    const answers = await Promise.all([
      call({ key: 'a', value: 1 }),
      call({ key: 'a', value: 2 }),
      call({ key: 'b', value: 3 }),
      call({ key: 'a', value: 4 }),
    ]);
    expect(answers).toEqual(['a=1', 'a=2', 'b=3', 'a=4']);
    // a=2 and a=4 wait for the batch holding a=1, then run one after the other (alone: nothing else is queued).
    expect(batches).toEqual([['a', 'b']]);
    expect(lone).toEqual(['a', 'a']);
  });

  it('runs every call of a failed batch alone, so each gets its own answer or error', async () => {
    const { call, lone } = recorder({ failBatch: (calls) => calls.some((each) => each.value < 0) });
    const settled = await Promise.allSettled([
      call({ key: 'a', value: 1 }),
      call({ key: 'bad', value: -1 }),
      call({ key: 'c', value: 3 }),
    ]);
    expect(settled.map((each) => (each.status === 'fulfilled' ? each.value : (each.reason as Error).message))).toEqual([
      'a=1',
      'refused bad',
      'c=3',
    ]);
    expect(lone.sort()).toEqual(['a', 'bad', 'c']);
  });

  it('runs alone the calls a batch could not settle', async () => {
    const { call, lone } = recorder({ alone: (input) => input.key === 'b' });
    expect(
      await Promise.all([call({ key: 'a', value: 1 }), call({ key: 'b', value: 2 }), call({ key: 'c', value: 3 })]),
    ).toEqual(['a=1', 'b=2', 'c=3']);
    expect(lone).toEqual(['b']);
  });
});
