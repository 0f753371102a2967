/** Where signals come from: `process`, or an `EventEmitter` in tests. */
export interface SignalSource {
  /** Adds a one-time listener. */
  once(signal: string, listener: (signal: string) => void): unknown;
  /** Removes a listener. */
  off(signal: string, listener: (signal: string) => void): unknown;
}

/**
 * Calls `stop` once on the first of `signals` (SIGTERM from an orchestrator, SIGINT from Ctrl-C). Returns a
 * function that removes the listeners.
 */
export function stopOnSignals(
  stop: (signal: string) => Promise<void>,
  { source = process, signals = ['SIGTERM', 'SIGINT'] }: { source?: SignalSource; signals?: readonly string[] } = {},
): () => void {
  const listener = (signal: string) => {
    remove();
    void stop(signal);
  };
  const remove = () => {
    for (const signal of signals) source.off(signal, listener);
  };
  for (const signal of signals) source.once(signal, listener);
  return remove;
}
