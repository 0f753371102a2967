import { type Billing, createMemoryStore } from '@cobro/core';
import { createPacer } from '@cobro/whatsapp-cloud';
import { createReminderWorker, type ReminderWorkerStats } from './create-reminder-worker';
import { createWorkerBilling } from './create-worker-billing';
import { demoBusiness, demoCustomers, demoInvoices } from './demo-book';
import { startLocalEmulators } from './local-emulators';
import { createSimulatedTime } from './simulated-time';

/** One message of the simulation, as the customer got it. */
export interface SimulatedSend {
  /** When it was sent. */
  readonly at: Date;
  /** The customer. */
  readonly customerId: string;
  /** `invoice`, a policy stage (`before-3`, `due`, `after-7`…) or `payment confirmation`. */
  readonly what: string;
  /** Who sent it: a worker, or the app (the invoice send it started, the webhook's confirmation). */
  readonly by: string;
}

/** What {@link simulateMonth} did. */
export interface SimulationResult {
  /** Every message, oldest first. */
  readonly sends: readonly SimulatedSend[];
  /** Each worker's counters, by name. */
  readonly workers: Readonly<Record<string, ReminderWorkerStats>>;
  /** Requests the WhatsApp emulator accepted (one per message). */
  readonly whatsappMessages: number;
}

/**
 * Four simulated weeks from Monday 4 January 2027 against the local emulators: the app sends two invoices at
 * midnight (so they wait for 09:00), `workerIntervalsMs.length` workers share one memory store and run reminders
 * on their own schedules, and Lucía pays on 19 January. Real HTTP, real worker code; only the clock is simulated.
 */
export async function simulateMonth(
  workerIntervalsMs: readonly number[] = [25 * 60_000, 40 * 60_000],
): Promise<SimulationResult> {
  const time = createSimulatedTime('2027-01-04T06:00:00.000Z');
  const emulators = await startLocalEmulators(time.now);
  const store = createMemoryStore();
  const sends: SimulatedSend[] = [];
  const billingFor = (name: string): Billing => {
    const billing = createWorkerBilling({
      store,
      workerId: name,
      whatsapp: {
        ...emulators.whatsappSettings,
        pacing: createPacer({ now: () => time.now().getTime(), sleep: async () => {} }),
      },
      conekta: emulators.conektaSettings,
      business: demoBusiness,
      clock: time.now,
    });
    billing.events.on('invoice.sent', ({ invoice, at }) =>
      sends.push({ at: new Date(at), customerId: invoice.customerId, what: 'invoice', by: name }),
    );
    billing.events.on('reminder.sent', ({ customerId, stage, at }) =>
      // The event's `stage` is the slot key `reminder:<invoice>:<installment>:<policy stage>`.
      sends.push({ at: new Date(at), customerId, what: stage.split(':').at(-1) ?? stage, by: name }),
    );
    billing.events.on('payment.received', ({ invoice }) =>
      sends.push({ at: time.now(), customerId: invoice.customerId, what: 'payment confirmation', by: name }),
    );
    return billing;
  };
  try {
    const app = billingFor('app');
    for (const customer of demoCustomers()) await app.saveCustomer(customer);
    for (const invoice of demoInvoices('2027-01-04', '2027-01-15')) {
      await app.addInvoice(invoice);
      await app.sendInvoice(invoice.id);
    }
    const workers = workerIntervalsMs.map((intervalMs, index) =>
      createReminderWorker({
        billing: billingFor(`worker-${index + 1}`),
        name: `worker-${index + 1}`,
        intervalMs,
        scheduler: time.scheduler,
      }),
    );
    for (const worker of workers) worker.start();
    await time.advanceTo('2027-01-19T20:00:00.000Z');
    const [link] = await store.listPaymentLinks('fj-2002');
    if (link) await app.handlePaymentWebhook('conekta', emulators.conekta.pay(link.linkId).webhook);
    await time.advanceTo('2027-02-01T06:00:00.000Z');
    for (const worker of workers) await worker.stop();
    return {
      sends: sends.sort((a, b) => a.at.getTime() - b.at.getTime()),
      workers: Object.fromEntries(workers.map((worker) => [worker.name, worker.stats()])),
      whatsappMessages: emulators.whatsapp.requests.filter((request) => request.messageId !== undefined).length,
    };
  } finally {
    await emulators.close();
  }
}
