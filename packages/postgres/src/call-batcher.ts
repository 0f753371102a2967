/** @internal What `runBatch` answers for an input it could not settle: that input is run alone. */
export const runAlone: unique symbol = Symbol('runAlone');

/** @internal How a batcher runs its calls. */
export interface CallBatcherOptions<Input, Output> {
  /** Inputs sharing a key never share a batch: the later one waits for the next (one statement sees one row once). */
  readonly keyOf: (input: Input) => string;
  /** Runs several inputs as one statement; answers in input order. */
  readonly runBatch: (inputs: readonly Input[]) => Promise<readonly (Output | typeof runAlone)[]>;
  /** Runs one input on its own: a lone call, and every input of a batch that failed. */
  readonly runOne: (input: Input) => Promise<Output>;
  /** The most inputs in one batch. */
  readonly maxSize: number;
}

interface Queued<Input, Output> {
  readonly input: Input;
  readonly resolve: (output: Output) => void;
  readonly reject: (error: unknown) => void;
}

const defer: (run: () => void) => void =
  typeof setImmediate === 'function' ? (run) => setImmediate(run) : (run) => setTimeout(run, 0);

/**
 * @internal Group commit for one hot call: one statement in flight at a time, and the calls made meanwhile run
 * together as the next. A lone call waits only for the current turn of the event loop (calls answered in the same
 * turn join it), so an idle store adds no round trip; a busy one spends one statement, one commit and one WAL flush
 * on many calls. A failed batch changes nothing (one statement is one transaction): each of its calls is run again
 * alone, so each gets its own answer or error.
 */
export function createCallBatcher<Input, Output>(
  options: CallBatcherOptions<Input, Output>,
): (input: Input) => Promise<Output> {
  const queue: Queued<Input, Output>[] = [];
  let running = false;
  let scheduled = false;

  const settleAlone = (call: Queued<Input, Output>) => options.runOne(call.input).then(call.resolve, call.reject);

  // The next batch: queued calls in order, at most one per key and `maxSize` in all; the rest keep their places.
  const take = () => {
    const batch: Queued<Input, Output>[] = [];
    const keys = new Set<string>();
    for (let index = 0; index < queue.length && batch.length < options.maxSize; ) {
      const call = queue[index] as Queued<Input, Output>;
      const key = options.keyOf(call.input);
      if (keys.has(key)) {
        index += 1;
        continue;
      }
      keys.add(key);
      batch.push(call);
      queue.splice(index, 1);
    }
    return batch;
  };

  const runBatch = async (batch: Queued<Input, Output>[]) => {
    if (batch.length === 1) return settleAlone(batch[0] as Queued<Input, Output>);
    let outputs: readonly (Output | typeof runAlone)[];
    try {
      outputs = await options.runBatch(batch.map((call) => call.input));
    } catch {
      await Promise.all(batch.map(settleAlone));
      return;
    }
    const alone: Promise<void>[] = [];
    batch.forEach((call, index) => {
      const output = outputs[index] as Output | typeof runAlone;
      if (output === runAlone) alone.push(settleAlone(call));
      else call.resolve(output);
    });
    await Promise.all(alone);
  };

  const drain = async () => {
    scheduled = false;
    if (running) return;
    running = true;
    try {
      while (queue.length > 0) await runBatch(take());
    } finally {
      running = false;
    }
  };

  return (input) =>
    new Promise<Output>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      if (!running && !scheduled) {
        scheduled = true;
        defer(() => void drain());
      }
    });
}
