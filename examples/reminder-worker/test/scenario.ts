import { type Billing, createMemoryStore } from '@cobro/core';
import { createPacer } from '@cobro/whatsapp-cloud';
import { createReminderWorker, type ReminderWorker } from '../src/create-reminder-worker';
import { createWorkerBilling } from '../src/create-worker-billing';
import { demoBusiness, demoCustomers, demoInvoices } from '../src/demo-book';
import { type LocalEmulators, startLocalEmulators } from '../src/local-emulators';
import { createSimulatedTime, type SimulatedTime } from '../src/simulated-time';

/** Monday 4 January 2027, 00:00 in Mexico City (Sunday 22:00 in Tijuana). */
export const start = '2027-01-04T06:00:00.000Z';

/** The emulators, one shared store, the app's runtime and reminder workers, all on one simulated clock. */
export interface Scenario {
  readonly time: SimulatedTime;
  readonly emulators: LocalEmulators;
  readonly store: ReturnType<typeof createMemoryStore>;
  /** The app's own runtime (it sends the invoices and takes the payment webhooks). */
  readonly app: Billing;
  readonly workers: readonly ReminderWorker[];
  /** What each worker logged. */
  readonly logs: string[];
  /** Messages the WhatsApp emulator accepted, oldest first. */
  messages(): { at: Date; to: string; reference: string; type: string }[];
  close(): Promise<void>;
}

/** Builds the scenario: the two customers and their invoices (sent by the app, so waiting for 09:00), and workers. */
export async function createScenario(workerIntervalsMs: readonly number[]): Promise<Scenario> {
  const time = createSimulatedTime(start);
  const emulators = await startLocalEmulators(time.now);
  const store = createMemoryStore();
  const logs: string[] = [];
  const billingFor = (workerId: string) =>
    createWorkerBilling({
      store,
      workerId,
      whatsapp: {
        ...emulators.whatsappSettings,
        // WhatsApp's per-recipient spacing, on the simulated clock.
        pacing: createPacer({ now: () => time.now().getTime(), sleep: async () => {} }),
      },
      conekta: emulators.conektaSettings,
      business: demoBusiness,
      clock: time.now,
    });
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
      logger: {
        info: (message, fields) => logs.push(`info ${message} ${JSON.stringify(fields)}`),
        warn: (message, fields) => logs.push(`warn ${message} ${JSON.stringify(fields)}`),
        error: (message, fields) => logs.push(`error ${message} ${JSON.stringify(fields)}`),
      },
    }),
  );
  return {
    time,
    emulators,
    store,
    app,
    workers,
    logs,
    messages: () =>
      emulators.whatsapp.requests
        .filter((request) => request.messageId !== undefined && request.path.endsWith('/messages'))
        .map((request) => ({
          at: request.at,
          to: String(request.body.to),
          reference: String(request.body.biz_opaque_callback_data),
          type: String(request.body.type),
        })),
    async close() {
      for (const worker of workers) await worker.stop();
      await emulators.close();
    },
  };
}

/** `2027-01-12 10:00 Tue` in `timeZone`. */
export function localTime(at: Date, timeZone: string): { date: string; time: string; weekday: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: weekdays.indexOf(String(parts.weekday)),
  };
}
