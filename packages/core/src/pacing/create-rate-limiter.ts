import { ValidationError } from '../errors/validation-error';
import type { ReserveSendSlots } from './reserve-send-slots';

/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** The limit's name, shared by every process that sends under it, e.g. `whatsapp:<phone number id>`. */
  readonly key: string;
  /** Sends allowed in any one-second window (a whole number from 1 to 100,000), e.g. 80 or 1,000 for WhatsApp. */
  readonly ratePerSecond: number;
  /** Where slots come from: the store's `reserveSendSlots` (shared by processes) or {@link createLocalSlotReserver}. */
  readonly reserve: ReserveSendSlots;
  /** Slots taken per call to `reserve`; default a fiftieth of a second's worth (20 at 1,000/s), at least 1. */
  readonly batch?: number;
  /**
   * Sends granted together: the limiter waits until the last of up to `burst` slots of one reservation has come, then
   * lets them all go. Default the whole `batch`; 1 gives every send its own instant. Grouped sends reach the store and
   * the network together (a few statements and one wake-up for the group, instead of one per send), and never
   * earlier than their slots, so the ceiling holds; each waits at most `burst − 1` slot intervals longer.
   */
  readonly burst?: number;
  /**
   * How far back, in ms, slots missed while sends were waiting (an event-loop stall, a slow store) may still be taken
   * and sent late. Default 1,000: a stall is caught up within the one-second budget. 0 never sends a slot late.
   */
  readonly catchUpMs?: number;
  /** The clock, epoch ms (fractions allowed). Default `performance.timeOrigin + performance.now()`. */
  readonly now?: () => number;
  /** How to wait. Default `setTimeout`. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Spaces sends under one rate limit. */
export interface RateLimiter {
  /**
   * Waits until one more send fits the limit and takes it; resolves with the instant it was granted (epoch ms).
   * Concurrent callers are served in call order. Rejects when `reserve` fails.
   */
  acquire(): Promise<number>;
}

interface Waiter {
  readonly resolve: (grantedAt: number) => void;
  readonly reject: (error: unknown) => void;
}

const micros = 1_000_000;
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const defaultNow = () => performance.timeOrigin + performance.now();

function check(options: RateLimiterOptions): void {
  const issues: { path: string; message: string }[] = [];
  const { ratePerSecond: rate, batch, catchUpMs } = options;
  if (typeof options.key !== 'string' || options.key.length === 0 || options.key.length > 200)
    issues.push({ path: 'key', message: 'must be a non-empty string of at most 200 characters' });
  if (!Number.isInteger(rate) || rate < 1 || rate > 100_000)
    issues.push({ path: 'ratePerSecond', message: 'must be a whole number from 1 to 100,000' });
  if (batch !== undefined && (!Number.isInteger(batch) || batch < 1 || batch > 10_000))
    issues.push({ path: 'batch', message: 'must be a whole number from 1 to 10,000' });
  const { burst } = options;
  if (burst !== undefined && (!Number.isInteger(burst) || burst < 1 || burst > 10_000))
    issues.push({ path: 'burst', message: 'must be a whole number from 1 to 10,000' });
  if (catchUpMs !== undefined && !(Number.isFinite(catchUpMs) && catchUpMs >= 0 && catchUpMs <= 1_000))
    issues.push({ path: 'catchUpMs', message: 'must be from 0 to 1,000 ms' });
  if (typeof options.reserve !== 'function') issues.push({ path: 'reserve', message: 'must be a function' });
  if (issues.length > 0) throw new ValidationError({ subject: 'rate limiter options', issues });
}

/**
 * Creates a rate limiter that never lets more than `ratePerSecond` sends into any one-second window and keeps the
 * sustained rate at the limit through pauses.
 *
 * Two rules decide when send `k` may go: its slot has come (slots are `1 / ratePerSecond` apart on a grid shared
 * through `reserve`, taken `batch` at a time so a send does not cost a store round trip), and at least one second has
 * passed since the caller of send `k − ratePerSecond` resumed (a log of this limiter's last `ratePerSecond` sends).
 * Sends wait for the last slot of their group (`burst`), so a group goes at once and no send goes before its slot.
 * When the event loop stalls, slots that came due meanwhile are granted as soon as it resumes, as fast as the second
 * rule allows: the stall is caught up inside the one-second budget instead of being lost or burst past it.
 *
 * Shared by processes, the store keeps slots disjoint and evenly spaced, and holds back slots taken from the past
 * until the second they land in has room (it remembers when each reservation's slots could go): a catch-up never
 * puts more than the rate into one second, whichever processes send it. What the store cannot see is a process
 * sending later than its slot (a stall while it holds up to `batch` of them): by that lateness, a second can hold a
 * few more.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  check(options);
  const { key, ratePerSecond: rate, reserve } = options;
  const batch = options.batch ?? Math.max(1, Math.ceil(rate / 50));
  const burst = Math.min(options.burst ?? batch, batch);
  const catchUpMicros = (options.catchUpMs ?? 1_000) * 1_000;
  // Rounded up: a rate that does not divide a second (3/s) must never fit one extra send into it.
  const intervalMicros = Math.ceil(micros / rate);
  const now = options.now ?? defaultNow;
  const nowMicros = () => Math.floor(now() * 1_000);
  const sleep = options.sleep ?? defaultSleep;

  // Grant times (epoch µs) of the last `rate` grants, as a ring: grants[k % rate] is grant k − rate until k replaces it.
  const grants = new Float64Array(rate).fill(Number.NEGATIVE_INFINITY);
  let granted = 0;
  // Reserved, not yet granted slots: consecutive runs of `left` slots from `next`, `intervalMicros` apart.
  const runs: { next: number; left: number }[] = [];
  let reserved = 0;
  const waiters: Waiter[] = [];
  let head = 0;
  let pumping = false;
  let refilling: Promise<void> | undefined;
  // When the current stretch of demand began (no pause longer than the catch-up span since): slots before it were
  // not missed by a stall, just unused, and are not caught up.
  let busySince = 0;
  let lastGrant = Number.NEGATIVE_INFINITY;

  const refill = () => {
    refilling ??= (async () => {
      try {
        const current = nowMicros();
        const from = Math.max(current - catchUpMicros, busySince);
        const first = await reserve({
          key,
          count: batch,
          intervalMicros,
          nowMicros: current,
          fromMicros: Math.floor(from),
          ratePerSecond: rate,
        });
        runs.push({ next: first, left: batch });
        reserved += batch;
      } finally {
        refilling = undefined;
      }
    })();
    return refilling;
  };

  const takeSlot = () => {
    const run = runs[0] as { next: number; left: number };
    const slot = run.next;
    run.next += intervalMicros;
    run.left--;
    reserved--;
    if (run.left === 0) runs.shift();
    return slot;
  };

  const pump = async () => {
    pumping = true;
    try {
      while (head < waiters.length) {
        const run = runs[0];
        if (!run) {
          await refill();
          continue;
        }
        const current = nowMicros();
        // Up to `burst` of the run's slots go together, once the last of them has come: never before its slot.
        const groupEnd = run.next + (Math.min(burst, run.left) - 1) * intervalMicros;
        const due = Math.max(groupEnd, (grants[granted % rate] as number) + micros);
        if (current < due) {
          await sleep((due - current) / 1_000);
          continue;
        }
        takeSlot();
        const ring = granted % rate;
        grants[ring] = current;
        granted++;
        lastGrant = current;
        const waiter = waiters[head] as Waiter;
        waiters[head++] = undefined as never;
        // Demand can last for hours without the queue ever running dry: drop the served part now and then.
        if (head >= 1_024 && head * 2 >= waiters.length) {
          waiters.splice(0, head);
          head = 0;
        }
        waiter.resolve(current / 1_000);
        // The caller sends when its continuation runs, which a pause (GC, the OS taking the CPU) can delay past the
        // grant. This microtask runs right after that continuation's first step: log that later instant instead.
        queueMicrotask(() => {
          if (grants[ring] === current) grants[ring] = Math.max(current, nowMicros());
        });
        // Ask for the next batch while half of this one is left, so sends do not wait on the store.
        if (reserved * 2 <= batch && head < waiters.length) refill().catch(() => {});
      }
    } catch (error) {
      for (; head < waiters.length; head++) (waiters[head] as Waiter).reject(error);
    } finally {
      waiters.length = 0;
      head = 0;
      pumping = false;
    }
  };

  return {
    acquire() {
      return new Promise<number>((resolve, reject) => {
        const current = pumping ? 0 : nowMicros();
        // A stall and a short lull look alike from here (the workers were not asking): both are caught up. After a
        // pause longer than the catch-up span, demand starts afresh: the slots that passed unused are dropped.
        if (!pumping && current - lastGrant > catchUpMicros) {
          busySince = current;
          while (runs.length > 0 && (runs[0] as { next: number }).next < busySince) takeSlot();
        }
        waiters.push({ resolve, reject });
        if (!pumping) void pump();
      });
    },
  };
}
