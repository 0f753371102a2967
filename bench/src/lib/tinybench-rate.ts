import { Bench } from 'tinybench';
import { quick } from './bench-mode';

/** One side of a comparison: a name and a function that processes `batch` items per call. */
export interface RateTask {
  /** Shown in the table. */
  readonly name: string;
  /** Processes one batch. */
  readonly fn: () => unknown;
}

/** Items per second of each task, and the relative margin of error (percent) of its mean batch time. */
export interface Rate {
  /** The task's name. */
  readonly name: string;
  /** Items per second (batch / mean batch time). */
  readonly perSecond: number;
  /** Relative margin of error of the mean, in percent. */
  readonly rme: number;
  /** Batches timed. */
  readonly samples: number;
}

/**
 * Times each task with tinybench in one process, one after the other with the same settings, so the ratio between
 * them holds for this machine. `batch` items are processed per call.
 */
export async function measureRates(tasks: readonly RateTask[], batch: number): Promise<Rate[]> {
  const bench = new Bench({ time: quick ? 200 : 3_000, warmupTime: quick ? 50 : 500 });
  for (const task of tasks) bench.add(task.name, task.fn);
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result;
    if (result.state !== 'completed') {
      const error = 'error' in result ? String((result as { error: unknown }).error) : result.state;
      throw new Error(`benchmark "${task.name}" did not complete: ${error}`);
    }
    return {
      name: task.name,
      perSecond: batch / (result.latency.mean / 1000),
      rme: result.latency.rme,
      samples: result.latency.samples?.length ?? 0,
    };
  });
}
