import { addDays, calendarDateAt, createMemoryStore } from '@cobro/core';
import { createConsoleLogger } from './console-logger';
import { createReminderWorker } from './create-reminder-worker';
import { createWorkerBilling } from './create-worker-billing';
import { demoBusiness, demoCustomers, demoInvoices } from './demo-book';
import { formatSends } from './format-sends';
import { readEnvironment } from './read-environment';
import { simulateMonth } from './simulate-month';
import { stopOnSignals } from './stop-on-signals';

const env = readEnvironment(process.env);
const logger = createConsoleLogger();

if (!env.live) {
  // No credentials: four simulated weeks against the local emulators, printed, then exit.
  const result = await simulateMonth();
  console.log(formatSends(result.sends, demoCustomers()));
  console.log(`\n${result.whatsappMessages} WhatsApp messages, each once:`);
  for (const [name, stats] of Object.entries(result.workers))
    console.log(`  ${name}: ${stats.runs} runs, ${stats.sent} sent, ${stats.customersDrained} customers drained`);
} else {
  // Live: real clock and timers. In production each worker is its own process over a shared database store; here
  // they share a memory store in one process, so state is lost on exit.
  const store = createMemoryStore();
  const billingFor = (workerId: string) =>
    createWorkerBilling({ store, workerId, whatsapp: {}, conekta: {}, business: demoBusiness, logger });
  if (env.demoCustomerPhone) {
    const app = billingFor('app');
    const [carlos] = demoCustomers({ carlos: env.demoCustomerPhone });
    const today = calendarDateAt(new Date().toISOString(), 'America/Mexico_City');
    const [invoice] = demoInvoices(today, addDays(today, 3));
    await app.saveCustomer(carlos!);
    await app.addInvoice(invoice!);
    const { message } = await app.sendInvoice(invoice!.id);
    logger.info('demo invoice', { invoiceId: invoice!.id, message: message.state });
  }
  const workers = Array.from({ length: env.workers }, (_, index) =>
    createReminderWorker({
      billing: billingFor(`worker-${index + 1}`),
      name: `worker-${index + 1}`,
      intervalMs: env.intervalMs,
      logger,
    }),
  );
  for (const worker of workers) worker.start();
  stopOnSignals(async (signal) => {
    logger.info('stopping', { signal });
    await Promise.all(workers.map((worker) => worker.stop()));
  });
}
