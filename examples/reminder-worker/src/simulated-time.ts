import type { Scheduler } from './scheduler';

/** A clock and a scheduler that only move when told to, for simulating days in milliseconds. */
export interface SimulatedTime {
  /** The simulated now. */
  now(): Date;
  /** Tasks registered here run when {@link SimulatedTime.advanceTo} passes their instants. */
  readonly scheduler: Scheduler;
  /**
   * Moves the clock to `instant`, stopping at every instant a task is due and running it there. Tasks due at the
   * same instant start together and are awaited together, as separate processes ticking at once would be.
   */
  advanceTo(instant: string | Date): Promise<void>;
}

interface Timer {
  next: number;
  readonly intervalMs: number;
  readonly task: () => Promise<void>;
}

/** Starts simulated time at `start`. */
export function createSimulatedTime(start: string | Date): SimulatedTime {
  let clock = new Date(start).getTime();
  const timers = new Set<Timer>();
  return {
    now: () => new Date(clock),
    scheduler: {
      every(intervalMs, task) {
        if (!(intervalMs > 0)) throw new RangeError('The interval must be positive.');
        const timer: Timer = { next: clock + intervalMs, intervalMs, task };
        timers.add(timer);
        return () => void timers.delete(timer);
      },
    },
    async advanceTo(instant) {
      const target = new Date(instant).getTime();
      for (;;) {
        const next = Math.min(...[...timers].map((timer) => timer.next));
        if (!(next <= target)) break;
        clock = next;
        const due = [...timers].filter((timer) => timer.next === next);
        for (const timer of due) timer.next += timer.intervalMs;
        await Promise.all(due.map((timer) => timer.task()));
      }
      clock = Math.max(clock, target);
    },
  };
}
