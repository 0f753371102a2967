import { AsyncLocalStorage } from 'node:async_hooks';
import {
  createBilling,
  createCustomer,
  createInvoice,
  createMemoryStore,
  defaultReminderPolicy,
  type MessagingChannelV1,
  parseMoney,
  type ReminderPolicy,
} from '@cobro/core';
import { createPacer, createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { benchWednesdayNoonMexicoCity } from '../data/bench-instants';
import { benchAppSecret } from '../data/whatsapp-deliveries';
import { quick, scaled } from '../lib/bench-mode';
import { percentile, startEmulator } from '../lib/whatsapp-emulator';
import type { WorkloadResult } from '../lib/workload-result';

const pace = 1_000;
const mib = (bytes: number) => bytes / 1_048_576;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Open every day and hour, so every reminder is due the moment the run starts and pacing alone sets the rate.
const alwaysOpen: ReminderPolicy = {
  ...defaultReminderPolicy,
  preferredTime: '00:00',
  window: { start: '00:00', end: '23:59' },
  allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
  holidays: { publicHolidays: false, bankHolidays: false, closures: [] },
};

/**
 * Workload 5 through the billing runtime: `runDueReminders` over due invoices in the memory store, through the real
 * WhatsApp channel paced at 1,000 msg/s to the emulator in another process, time-boxed.
 */
export async function runBillingEndToEnd(): Promise<WorkloadResult> {
  const profiling = process.env.BENCH_PROFILE === '1';
  const invoiceCount = profiling ? 5_000 : scaled(100_000, 2_000);
  // runDueReminders cannot be stopped midway; the measurement stops at this time box and says how far it got.
  const budgetMs = profiling ? 30_000 : scaled(150_000, 20_000);
  // A fixed, known instant, never the real date: a Wednesday at 12:00 in Mexico City (UTC−6 all year since 2022),
  // inside the Mexican preset's weekdays and hours, so the run measures the same work on any day it is started.
  const now = benchWednesdayNoonMexicoCity;
  const store = createMemoryStore();
  const customerTemplate = createCustomer({
    id: 'cus_template',
    name: 'Cliente',
    phone: '+5215500000001',
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    country: 'MX',
    optIn: { at: '2025-06-01T00:00:00.000Z', source: 'checkout', evidence: 'consent box on order form' },
  });
  const invoiceTemplate = createInvoice({
    id: 'inv_template',
    number: 'F-template',
    customerId: 'cus_template',
    currency: 'MXN',
    status: 'open',
    // Five days overdue: the after-3 stage has begun in every zone and after-7 has not, so exactly one is due.
    issueDate: isoDate(now - 35 * 86_400_000),
    dueDate: isoDate(now - 5 * 86_400_000),
    businessTimeZone: 'America/Mexico_City',
    lines: [{ description: 'Pastel', quantity: '1', unitPrice: parseMoney('450.00', 'MXN'), taxRate: '0' }],
  });
  for (let index = 0; index < invoiceCount; index++) {
    const customerId = `cus_${index}`;
    await store.putCustomer({
      ...customerTemplate,
      id: customerId,
      name: `Cliente ${index}`,
      phone: `+52155${String(index).padStart(8, '0')}`,
    });
    // Due now in the store's due index, as an app's addInvoice would leave it: runDueReminders takes only due customers.
    await store.putInvoice(
      { ...invoiceTemplate, id: `inv_${index}`, number: `F-${index}`, customerId },
      { customerDueAt: new Date(now).toISOString() },
    );
  }

  const emulator = await startEmulator();
  const pacer = createPacer({ messagesPerSecond: pace });
  const slot = new AsyncLocalStorage<{ grantedAt: number }>();
  const { channel } = createWhatsAppCloud({
    accessToken: emulator.accessToken,
    phoneNumberId: '106540352242922',
    appSecret: benchAppSecret,
    baseURL: emulator.baseURL,
    pacing: {
      reserve: pacer.reserve,
      async acquire(recipient) {
        const at = await pacer.acquire(recipient);
        const store = slot.getStore();
        if (store) store.grantedAt = performance.now();
        return at;
      },
    },
  });
  const latencies = new Float64Array(invoiceCount);
  let sends = 0;
  const timed: MessagingChannelV1 = {
    ...channel,
    async send(message) {
      const record = { grantedAt: Number.NaN };
      try {
        return await slot.run(record, () => channel.send(message));
      } finally {
        if (sends < latencies.length) latencies[sends++] = performance.now() - record.grantedAt;
      }
    },
  };
  // Slots are whole minutes at or after the planning instant; run a few minutes ahead so every slot has come.
  const runOffsetMs = 5 * 60_000;
  const clockStarted = performance.now();
  const billing = createBilling({
    channel: timed,
    business: { name: 'Pasticceria Rossi', legalName: 'Pasticceria Rossi S.A. de C.V.', taxId: 'PRO010101AAA' },
    store,
    policy: alwaysOpen,
    // The business clock starts at the fixed instant and moves with real time, so slots come due as the run goes.
    clock: () => new Date(now + runOffsetMs + (performance.now() - clockStarted)),
    offlinePaymentOptions: [
      { kind: 'clabe', clabe: '002180700000000001', bank: 'Banamex', accountName: 'Pasticceria Rossi' },
    ],
  });

  globalThis.gc?.();
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const progress: { seconds: number; accepted: number; rssMiB: number }[] = [];
  const started = performance.now();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 200);
  let finished = false;
  let failure: string | undefined;
  const states = new Map<string, number>();
  const run = billing.runDueReminders().then(
    (result) => {
      finished = true;
      for (const outcome of result.outcomes ?? []) {
        const state = outcome.state ?? 'unknown';
        states.set(state, (states.get(state) ?? 0) + 1);
      }
    },
    (error: unknown) => {
      failure = error instanceof Error ? error.message : String(error);
    },
  );
  const deadline = started + budgetMs;
  while (!finished && failure === undefined && performance.now() < deadline) {
    await Promise.race([run, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    const served = await emulator.progress();
    progress.push({
      seconds: (performance.now() - started) / 1000,
      accepted: served.accepted,
      rssMiB: mib(process.memoryUsage().rss),
    });
  }
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const served = await emulator.stop();
  const rate = served.accepted / elapsed;
  if (served.accepted === 0) {
    // A throughput of zero is a broken workload (closed hours, a refused gate), never a result to report.
    throw new Error(
      `end to end measured nothing: 0 sends accepted in ${elapsed.toFixed(1)} s (${failure ?? `outcomes: ${[...states].map(([state, count]) => `${state} ${count}`).join(', ') || 'none'}`})`,
    );
  }
  const sorted = latencies.slice(0, sends).sort();
  const firstTenth = progress.find((point) => point.accepted >= invoiceCount / 10);
  const last = progress.at(-1);
  const outcome = failure
    ? `runDueReminders failed: ${failure}`
    : finished
      ? `completed in ${elapsed.toFixed(1)} s (outcomes: ${[...states].map(([state, count]) => `${state} ${count}`).join(', ') || 'none'})`
      : `stopped at the ${budgetMs / 1000} s time box with ${served.accepted.toLocaleString('en-US')} of ${invoiceCount.toLocaleString('en-US')} sent`;
  return {
    id: 'end-to-end',
    title: 'End to end (runDueReminders)',
    rows: [
      {
        subject: 'runDueReminders → WhatsApp channel → emulator',
        metric: 'sends/s',
        value: rate,
        note: `${invoiceCount.toLocaleString('en-US')} due invoices (one per customer), paced at ${pace.toLocaleString('en-US')}/s; ${outcome}; emulator accepted ${served.accepted.toLocaleString('en-US')}, refused ${served.refused}`,
      },
      {
        subject: 'latency per send, p50',
        metric: 'ms',
        value: percentile(sorted, 50),
        note: 'from the pacer slot to the answer',
      },
      { subject: 'latency per send, p99', metric: 'ms', value: percentile(sorted, 99) },
      {
        subject: 'peak RSS',
        metric: 'MiB',
        value: mib(peakRss),
        note: `${mib(startRss).toFixed(0)} MiB with the store filled, before the run`,
      },
    ],
    targets: [
      {
        goal: 'end to end ≥ 1,000 sends/s (the pace) with flat memory',
        met: quick || failure ? null : rate >= pace * 0.99 && finished,
        detail: `${rate.toFixed(0)} sends/s (${((rate / pace) * 100).toFixed(1)}% of the pace); RSS ${firstTenth ? firstTenth.rssMiB.toFixed(0) : '?'} MiB at 10% of sends → ${last ? last.rssMiB.toFixed(0) : '?'} MiB at the end`,
      },
    ],
    notes: [
      'createBilling({ channel, store, policy, offlinePaymentOptions }) over a memory store holding one overdue invoice per customer; one runDueReminders() call plans, gates, renders, enqueues in the outbox, sends through the WhatsApp channel (window check, template fallback, axios client, createPacer at 1,000 msg/s) to the emulator in another process over loopback, and records each send.',
      `Progress (s: accepted, RSS MiB): ${progress.map((point) => `${point.seconds.toFixed(0)}: ${point.accepted}, ${point.rssMiB.toFixed(0)}`).join('; ')}.`,
    ],
  };
}
