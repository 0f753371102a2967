import { Bench } from 'tinybench';
import { quick } from './bench-mode';
import type { Rate, RateTask } from './tinybench-rate';

/** Each task's rate (median of the rounds) and the median, over rounds, of each task's rate over the first task's. */
export interface InterleavedRates {
  /** One per task, in order; `perSecond` is the median over rounds, `rme` the spread of the rounds (percent). */
  readonly rates: readonly Rate[];
  /** Per task, the median over rounds of the first task's rate over this task's: how many times faster the first is. */
  readonly ratios: readonly number[];
  /** Rounds run. */
  readonly rounds: number;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * Times the tasks with tinybench in short rounds, alternating which goes first, and reports medians. On a machine
 * shared with other work the load moves within seconds: timing each task for seconds one after the other lets a
 * change of load pass for a difference between them, rounds a fraction of a second long do not.
 */
export async function measureInterleaved(
  tasks: readonly RateTask[],
  batch: number,
  rounds = quick ? 3 : 12,
): Promise<InterleavedRates> {
  const perRound: number[][] = tasks.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? tasks.map((_, index) => index) : tasks.map((_, index) => tasks.length - 1 - index);
    const bench = new Bench({ time: quick ? 100 : 400, warmupTime: round === 0 ? (quick ? 50 : 500) : 50 });
    for (const index of order) bench.add(String(index), (tasks[index] as RateTask).fn);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') {
        const error = 'error' in result ? String((result as { error: unknown }).error) : result.state;
        throw new Error(`benchmark "${tasks[Number(task.name)]?.name}" did not complete: ${error}`);
      }
      (perRound[Number(task.name)] as number[]).push(batch / (result.latency.mean / 1000));
    }
  }
  const first = perRound[0] as number[];
  return {
    rates: tasks.map((task, index) => {
      const values = perRound[index] as number[];
      const middle = median(values);
      const spread = (Math.max(...values) - Math.min(...values)) / 2 / middle;
      return { name: task.name, perSecond: middle, rme: spread * 100, samples: values.length };
    }),
    ratios: perRound.map((values) => median(values.map((value, round) => (first[round] as number) / value))),
    rounds,
  };
}
