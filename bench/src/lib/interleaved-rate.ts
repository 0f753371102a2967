import { quick } from './bench-mode';
import type { Rate, RateTask } from './tinybench-rate';

/** Rates of tasks timed in alternation, and each task's speed relative to the first, paired round by round. */
export interface InterleavedRates {
  /** Items per second of each task, from its median batch time. */
  readonly rates: readonly Rate[];
  /** For each task, the median over rounds of (its batch time in that round / the first task's): < 1 is faster. */
  readonly relativeTime: readonly number[];
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * Times each task one batch at a time, in alternation (the order rotating every round), for `budgetMs` in all. On a
 * shared machine the load moves during a run; timed back to back, every round compares the tasks under the same
 * load, so the paired ratio holds where sequential runs of a few seconds each drift by tens of percent.
 */
export async function measureInterleaved(
  tasks: readonly RateTask[],
  batch: number,
  { budgetMs = quick ? 600 : 12_000, warmupRounds = quick ? 3 : 20 }: { budgetMs?: number; warmupRounds?: number } = {},
): Promise<InterleavedRates> {
  const samples: number[][] = tasks.map(() => []);
  const started = performance.now();
  for (let round = 0; ; round++) {
    const times: number[] = [];
    for (let offset = 0; offset < tasks.length; offset++) {
      const index = (round + offset) % tasks.length;
      const task = tasks[index] as RateTask;
      const t0 = performance.now();
      const result = task.fn();
      if (result instanceof Promise) await result;
      times[index] = performance.now() - t0;
    }
    if (round >= warmupRounds) for (const [index, time] of times.entries()) samples[index]?.push(time);
    if (round >= warmupRounds + 10 && performance.now() - started > budgetMs) break;
  }
  const first = samples[0] as number[];
  return {
    rates: tasks.map((task, index) => {
      const times = samples[index] as number[];
      const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
      const deviation = Math.sqrt(times.reduce((sum, time) => sum + (time - mean) ** 2, 0) / (times.length - 1));
      return {
        name: task.name,
        perSecond: batch / (median(times) / 1000),
        rme: ((1.96 * deviation) / Math.sqrt(times.length) / mean) * 100,
        samples: times.length,
      };
    }),
    relativeTime: samples.map((times) => median(times.map((time, round) => time / (first[round] as number)))),
  };
}
