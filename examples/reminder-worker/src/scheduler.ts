/** Runs tasks every so often: the system timers in production, simulated time in tests and demos. */
export interface Scheduler {
  /**
   * Calls `task` every `intervalMs`, the first time one interval from now. Returns a function that cancels it.
   * A simulated scheduler awaits the task's promise before moving time on; the system one does not.
   */
  every(intervalMs: number, task: () => Promise<void>): () => void;
}

/** The system scheduler: `setInterval`. */
export const systemScheduler: Scheduler = {
  every(intervalMs, task) {
    const handle = setInterval(() => void task(), intervalMs);
    return () => clearInterval(handle);
  },
};
