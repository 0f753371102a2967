import type { Billing, BillingLogger, RunDueRemindersResult } from '@cobro/core';
import { type Scheduler, systemScheduler } from './scheduler';

/** Options of {@link createReminderWorker}. */
export interface ReminderWorkerOptions {
  /** The runtime; give each worker its own `createBilling` (own `workerId`) over the shared store. */
  readonly billing: Pick<Billing, 'runDueReminders'>;
  /** The worker's name in logs. */
  readonly name: string;
  /** How often to run, in ms. Reminders go out at the first run after their slot (10:00 in the customer's zone). */
  readonly intervalMs: number;
  /** Where runs are scheduled; `setInterval` when absent. */
  readonly scheduler?: Scheduler;
  /** Where the worker logs; nowhere when absent. */
  readonly logger?: BillingLogger;
}

/** What a worker has done so far. */
export interface ReminderWorkerStats {
  /** Runs of `runDueReminders` completed (with or without sends). */
  readonly runs: number;
  /** Messages this worker sent. */
  readonly sent: number;
  /** Customers this worker drained (took from the due index and handled; the other worker never got them). */
  readonly customersDrained: number;
  /** Ticks skipped because the previous run was still going. */
  readonly overlapsSkipped: number;
  /** Runs that threw (logged; the next tick tries again). */
  readonly failures: number;
}

/** A reminder worker: `runDueReminders` on a schedule, one run at a time, stopped gracefully. */
export interface ReminderWorker {
  /** Its name. */
  readonly name: string;
  /** Starts the schedule (the first run is one interval from now). */
  start(): void;
  /** Runs once now; `undefined` when stopped or when a run is still in flight. */
  tick(): Promise<RunDueRemindersResult | undefined>;
  /** Cancels the schedule and waits for the run in flight, so no send is cut off halfway. */
  stop(): Promise<void>;
  /** Counters, for health checks and tests. */
  stats(): ReminderWorkerStats;
}

const quiet: BillingLogger = { info() {}, warn() {}, error() {} };

/**
 * Creates a worker that calls `billing.runDueReminders()` every `intervalMs`. Several workers (processes, or
 * instances in one process) may share a store: cobro claims each customer and leases each send, so each reminder
 * goes out once whichever worker gets there first.
 */
export function createReminderWorker(options: ReminderWorkerOptions): ReminderWorker {
  const logger = options.logger ?? quiet;
  const scheduler = options.scheduler ?? systemScheduler;
  let cancel: (() => void) | undefined;
  let inFlight: Promise<RunDueRemindersResult | undefined> | undefined;
  let stopped = false;
  let runs = 0;
  let sent = 0;
  let customersDrained = 0;
  let overlapsSkipped = 0;
  let failures = 0;

  const run = async (): Promise<RunDueRemindersResult | undefined> => {
    try {
      const result = await options.billing.runDueReminders();
      runs++;
      sent += result.sent;
      customersDrained += result.customers;
      if (result.sent > 0)
        logger.info('reminder worker: sent', {
          worker: options.name,
          sent: result.sent,
          outboxKeys: result.outcomes.filter((outcome) => outcome.state === 'sent').map((outcome) => outcome.key),
        });
      const troubled = result.outcomes.filter((outcome) => outcome.state === 'failed' || outcome.state === 'ambiguous');
      if (troubled.length > 0)
        logger.warn('reminder worker: sends to look at', {
          worker: options.name,
          outboxKeys: troubled.map((outcome) => outcome.key),
        });
      return result;
    } catch (error) {
      failures++;
      logger.error('reminder worker: run failed', {
        worker: options.name,
        error: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    }
  };

  const tick = async () => {
    if (stopped) return undefined;
    if (inFlight) {
      overlapsSkipped++;
      return undefined;
    }
    inFlight = run();
    try {
      return await inFlight;
    } finally {
      inFlight = undefined;
    }
  };

  return {
    name: options.name,
    start() {
      if (cancel || stopped) return;
      cancel = scheduler.every(options.intervalMs, async () => void (await tick()));
      logger.info('reminder worker: started', { worker: options.name, intervalMs: options.intervalMs });
    },
    tick,
    async stop() {
      if (stopped) return;
      stopped = true;
      cancel?.();
      await inFlight;
      logger.info('reminder worker: stopped', { worker: options.name, runs, sent });
    },
    stats: () => ({ runs, sent, customersDrained, overlapsSkipped, failures }),
  };
}
