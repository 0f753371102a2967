import type { BillingContext } from './billing-context';
import { drainCustomer } from './drain-customer';
import { forEachConcurrently } from './for-each-concurrently';
import { createSettleBatch, createWorkLoader } from './page-of-customers';
import { type ReconcileResult, reconcileOutbox } from './reconcile-outbox';
import type { SendOutcome } from './send-outbox-entry';

/** What one run of `billing.runDueReminders()` did. */
export interface RunDueRemindersResult {
  /** Every send attempted in this run (waiting in the outbox, or planned now), with how it ended. */
  readonly outcomes: readonly SendOutcome[];
  /** How many went out. */
  readonly sent: number;
  /** Sends with an unknown outcome settled at the start of the run. */
  readonly reconciled: ReconcileResult;
  /** How many customers this run took (due, and not held by another worker). */
  readonly customers: number;
}

/**
 * The outbox drain and the reminder run in one: takes the customers whose next due instant has passed (the store's
 * due index: a run costs what is due, not what is stored), in pages under claims, and for each sends what waits in
 * its outbox, then the reminders due now (see `drainCustomer`). Safe to run from any number of workers and
 * processes at once: each customer is drained by one of them at a time, each send is one outbox entry under a lease.
 * Webhook handlers only record and enqueue; this is where their replies and confirmations go out, so run it often
 * (every few seconds to a minute): a run with nothing due costs one store call (plus recovery of crashed sends).
 */
export async function runDueReminders(context: BillingContext): Promise<RunDueRemindersResult> {
  const { store } = context;
  const reconciled = await reconcileOutbox(context);
  const outcomes: SendOutcome[] = [];
  const concurrency = context.options.concurrency ?? 32;
  // A page ends in a barrier: its last drains finish, its customers are handed back, the next page is claimed and
  // read, and meanwhile this process has nothing waiting for a send slot. Pages of 16 × concurrency keep that to a
  // few percent of a run (with 4 × it was a fifth, and paced workers lost slots to it).
  const page = Math.max(concurrency * 16, 64);
  let customers = 0;
  const seen = new Set<string>();
  const settles = createSettleBatch(context);
  try {
    for (;;) {
      // Every customer of the last page is handed back first: a claim by this owner would take back its own.
      await settles.flush();
      const due = await store.claimDueCustomers({
        owner: context.owner,
        now: context.now(),
        leaseMs: context.sendLeaseMs,
        limit: page,
      });
      // A customer handed back due at this same instant (a retry) waits for the next run, not this one.
      const fresh = due.filter((each) => !seen.has(each.customerId));
      for (const each of due) {
        if (!seen.has(each.customerId)) continue;
        // Handed back untouched, due as it was.
        await settles.add({
          customerId: each.customerId,
          owner: context.owner,
          dueSequence: each.dueSequence,
          nextDueAt: each.dueAt,
        });
      }
      if (fresh.length === 0) break;
      customers += fresh.length;
      const work = createWorkLoader(context, fresh);
      await forEachConcurrently(fresh, concurrency, async (each) => {
        seen.add(each.customerId);
        outcomes.push(...(await drainCustomer(context, each, { work: work(each), settle: settles.add })));
      });
      if (due.length < page) break;
    }
    await settles.flush();
  } catch (error) {
    // The customers drained before the failure are still handed back; the failure is what the run reports.
    await settles.flush().catch(() => undefined);
    throw error;
  }
  return {
    outcomes,
    sent: outcomes.filter((outcome) => outcome.state === 'sent').length,
    reconciled,
    customers,
  };
}
