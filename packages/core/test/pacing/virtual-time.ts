/**
 * A virtual clock and scheduler for pacing tests: `sleep` parks a timer, `run` moves time to the next timer and fires
 * it after every pending callback has run. `stall` makes the next timer fire late, as a blocked event loop would, and
 * `spend` moves time on inside a callback, as CPU work would. Nothing here reads the real clock.
 */
export function createVirtualTime(start = Date.parse('2026-03-11T18:00:00.000Z')) {
  let now = start;
  let stallMs = 0;
  const timers: { at: number; seq: number; fire: () => void }[] = [];
  let seq = 0;
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    now: () => now,
    sleep: (ms: number) =>
      new Promise<void>((fire) => {
        timers.push({ at: now + Math.max(1, Math.ceil(ms)), seq: seq++, fire });
      }),
    /** Moves time on, as synchronous work in the current callback would. */
    spend(ms: number) {
      now += ms;
    },
    /** The next timer fires `ms` after it is due. */
    stall(ms: number) {
      stallMs += ms;
    },
    /** Fires timers in time order until `done()` or no timer is left. */
    async run(done: () => boolean, beforeEach?: () => void) {
      await settle();
      while (!done()) {
        timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
        const timer = timers.shift();
        if (!timer) throw new Error('nothing is scheduled and the run is not done');
        beforeEach?.();
        now = Math.max(now, timer.at) + stallMs;
        stallMs = 0;
        timer.fire();
        await settle();
      }
    },
  };
}

/** The most grants in any one-second window `[t, t + 1000)`, from ascending times in ms. */
export function busiestSecond(times: readonly number[]): number {
  let most = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while ((times[last] as number) - (times[first] as number) >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}
