import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createBilling, createCustomer, createInvoice, createRateLimiter, parseMoney } from '@cobro/core';
import { createPGliteStore, createPostgresStore } from '@cobro/postgres';
import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { benchAppSecret } from '../data/whatsapp-deliveries';
import { alwaysOpenPolicy, benchBusiness } from '../lib/bench-billing';
import { quick, scaled } from '../lib/bench-mode';
import { sourceFlags } from '../lib/node-flags';
import { processCpuMicros } from '../lib/process-cpu';
import { seedPostgres } from '../lib/seed-postgres';
import { startEmulator } from '../lib/whatsapp-emulator';
import type { ResultRow, TargetCheck, WorkloadResult } from '../lib/workload-result';

const pace = 1_000;
const day = 86_400_000;
const mib = (bytes: number) => bytes / 1_048_576;
// A fixed Tuesday, 12:00 in Mexico City: every reminder is due, whatever today is.
const now = Date.parse('2026-11-24T18:05:00.000Z');
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function templates() {
  const customer = createCustomer({
    id: 'cus_template',
    name: 'Cliente',
    phone: '+5215500000001',
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    country: 'MX',
    optIn: { at: '2025-06-01T00:00:00.000Z', source: 'checkout', evidence: 'consent box on order form' },
  });
  const dueInvoice = createInvoice({
    id: 'inv_template',
    number: 'F-template',
    customerId: 'cus_template',
    currency: 'MXN',
    status: 'open',
    issueDate: isoDate(now - 35 * day),
    dueDate: isoDate(now - 5 * day),
    businessTimeZone: 'America/Mexico_City',
    lines: [{ description: 'Pastel', quantity: '1', unitPrice: parseMoney('450.00', 'MXN'), taxRate: '0' }],
  });
  return { customer, dueInvoice, laterInvoice: dueInvoice };
}

interface WorkerReport {
  readonly sent: number;
  readonly failures: number;
  readonly peakRss: number;
  readonly samples: number[];
  /** Index in `samples` of the first RSS sample taken after 10% of the measured sends were in. */
  readonly tenthSample: number;
  readonly retainedAtTenth: number;
  readonly retainedAtEnd: number;
  readonly roundTrips: number;
  readonly cpuMicros: number;
}

/**
 * Four worker processes on one PostgreSQL, one 1,000/s budget shared through the store. The first `warmup` sends
 * warm fresh processes up; the sustained rate and the memory are measured over the `count` sends after them.
 */
async function runPostgres(url: string, count: number, warmup: number) {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const emulator = await startEmulator();
  try {
    const store = createPostgresStore({ pool, schema });
    await store.migrate();
    await seedPostgres(
      pool,
      schema,
      templates(),
      { count: warmup + count, due: warmup + count },
      {
        dueAt: new Date(now - 60_000).toISOString(),
        laterAt: new Date(now - 60_000).toISOString(),
      },
    );
    // The seeding (and the due-index workload's million invoices before it) wrote gigabytes of WAL: checkpointed
    // now, a checkpoint they make due does not start inside the measured run (docs/stores.md, "Checkpoints").
    // CI's role may (pg_checkpoint); without the privilege the run goes on and says so.
    const checkpointed = await pool.query('CHECKPOINT').then(
      () => true,
      () => false,
    );
    const workers = [1, 2, 3, 4].map((n) =>
      fork(fileURLToPath(new URL('./scale-out-worker.ts', import.meta.url)), [], {
        // COBRO_BENCH_PROFILE_DIR=<dir>: the first worker writes a .cpuprofile there (node --cpu-prof).
        // COBRO_BENCH_WORKER_FLAGS: more Node/V8 flags for every worker (e.g. "--trace-opt --trace-deopt").
        execArgv: [
          ...sourceFlags,
          '--expose-gc',
          ...(process.env.COBRO_BENCH_WORKER_FLAGS?.split(' ').filter(Boolean) ?? []),
          ...(n === 1 && process.env.COBRO_BENCH_PROFILE_DIR
            ? ['--cpu-prof', `--cpu-prof-dir=${process.env.COBRO_BENCH_PROFILE_DIR}`]
            : []),
        ],
        env: {
          ...process.env,
          COBRO_BENCH_WORKER: JSON.stringify({
            url,
            schema,
            baseURL: emulator.baseURL,
            accessToken: emulator.accessToken,
            now,
            workerId: `bench-worker-${n}`,
          }),
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    await Promise.all(workers.map((child) => new Promise((resolve) => child.once('message', resolve))));
    const reports = workers.map(
      (child) =>
        new Promise<WorkerReport>((resolve) => child.once('message', (report) => resolve(report as WorkerReport))),
    );
    const emulatorCpuBefore = (await emulator.progress()).cpuMicros;
    const postgresCpuBefore = processCpuMicros('postgres');
    const started = performance.now();
    for (const child of workers) child.send({ go: true });
    const progress: { seconds: number; accepted: number }[] = [];
    let done = false;
    let tenthMarked = false;
    const all = Promise.all(reports).then((value) => {
      done = true;
      return value;
    });
    while (!done) {
      await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 2_000))]);
      progress.push({ seconds: (performance.now() - started) / 1000, accepted: (await emulator.progress()).accepted });
      if (!tenthMarked && !done && (progress.at(-1)?.accepted ?? 0) >= warmup + count * 0.1) {
        tenthMarked = true;
        for (const child of workers) if (child.connected) child.send({ tenth: true });
      }
    }
    const finished = await all;
    const elapsed = (performance.now() - started) / 1000;
    const postgresCpuAfter = processCpuMicros('postgres');
    const served = await emulator.stop(warmup);
    const cpu = {
      workers: finished.reduce((sum, report) => sum + report.cpuMicros, 0),
      emulator: served.cpuMicros - emulatorCpuBefore,
      postgres:
        postgresCpuBefore === undefined || postgresCpuAfter === undefined
          ? undefined
          : postgresCpuAfter - postgresCpuBefore,
    };
    // Sustained: after the warm-up, between 10% and 90% of the measured sends, away from the tail, timed by the
    // emulator's own arrival clock (the 2-second progress polls above are only for the progress note and the
    // memory marks: their timing skews a rate).
    return { elapsed, served, finished, sustained: served.sustainedPerSecond, progress, cpu, checkpointed };
  } finally {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }
}

/** PGlite: one process (it cannot be shared), the same runtime and the same pacing through its store. */
async function runPGlite(count: number) {
  const pglite = await PGlite.create();
  const emulator = await startEmulator();
  try {
    const store = createPGliteStore({ pglite, schema: 'bench' });
    await store.migrate();
    await seedPostgres(
      pglite,
      'bench',
      templates(),
      { count, due: count },
      {
        dueAt: new Date(now - 60_000).toISOString(),
        laterAt: new Date(now - 60_000).toISOString(),
      },
    );
    const limiter = createRateLimiter({
      key: 'whatsapp:106540352242922',
      ratePerSecond: pace,
      reserve: (input) => store.reserveSendSlots(input),
    });
    const { channel } = createWhatsAppCloud({
      accessToken: emulator.accessToken,
      phoneNumberId: '106540352242922',
      appSecret: benchAppSecret,
      baseURL: emulator.baseURL,
      pacing: { acquire: () => limiter.acquire(), reserve: () => Date.now() },
    });
    const billing = createBilling({
      channel,
      store,
      policy: alwaysOpenPolicy,
      business: benchBusiness,
      clock: () => new Date(now),
      concurrency: 32,
    });
    const started = performance.now();
    let sent = 0;
    for (;;) {
      const result = await billing.runDueReminders({ now: new Date(now) });
      sent += result.sent;
      if (result.customers === 0) break;
    }
    const elapsed = (performance.now() - started) / 1000;
    const served = await emulator.stop();
    return { elapsed, sent, served, rss: process.memoryUsage().rss };
  } finally {
    await pglite.close();
  }
}

/**
 * Issue 12, item 7: end to end on PostgreSQL with 4 worker processes sharing one 1,000/s budget for one WhatsApp
 * number (the store's send slots), to the emulator in another process; PGlite's single-process figure beside it.
 */
export async function runScaleOut(): Promise<WorkloadResult> {
  const count = scaled(30_000, 1_000);
  // A fresh worker spends its first seconds compiling (V8's optimizing compiler took about a third of the CPU in the
  // first 5 s and under a twentieth after 15 s, by perf): 15,000 sends, about 15 s at the pace, before measuring.
  const warmup = scaled(15_000, 500);
  const rows: ResultRow[] = [];
  const targets: TargetCheck[] = [];
  const notes: string[] = [
    'Every customer has one overdue invoice (one reminder due); workers loop runDueReminders() until nothing is due. Pacing: @cobro/core createRateLimiter on store.reserveSendSlots, one budget for every process.',
  ];
  const url = process.env.DATABASE_URL;
  if (url === undefined) {
    notes.push('PostgreSQL not measured: set DATABASE_URL (e.g. the one .ci/run exports) to include it.');
  } else {
    const result = await runPostgres(url, count, warmup);
    const sent = result.finished.reduce((sum, report) => sum + report.sent, 0);
    const peak = Math.max(...result.finished.map((report) => report.peakRss));
    const rssGrowth = result.finished.map((report) => {
      const tenth = report.samples[report.tenthSample] ?? report.samples[0] ?? 0;
      return mib(report.samples.at(-1) ?? 0) - mib(tenth);
    });
    const retainedGrowth = result.finished.map((report) => mib(report.retainedAtEnd) - mib(report.retainedAtTenth));
    const signed = (values: number[]) =>
      values.map((value) => `${value >= 0 ? '+' : ''}${value.toFixed(Math.abs(value) < 10 ? 1 : 0)} MiB`).join(', ');
    const trips = result.finished.reduce((sum, report) => sum + report.roundTrips, 0);
    rows.push(
      {
        subject: 'PostgreSQL, 4 worker processes: sustained',
        metric: 'sends/s',
        value: result.sustained,
        note: `${(warmup + count).toLocaleString('en-US')} due customers; from the emulator's arrival times, after the first ${warmup.toLocaleString('en-US')} (the warm-up), between the 10th and 90th percentile of the other ${count.toLocaleString('en-US')}; ${result.served.accepted.toLocaleString('en-US')} accepted messages (${result.served.refused} refused); busiest one-second window of the whole run ${result.served.busiestSecond}; ${sent} sends reported by the workers in ${result.elapsed.toFixed(1)} s (${(result.served.accepted / result.elapsed).toFixed(0)}/s overall, start-up included)`,
      },
      {
        subject: 'PostgreSQL, 4 worker processes: fresh processes',
        metric: 'sends/s',
        value: result.served.warmupPerSecond,
        note: `over the first ${warmup.toLocaleString('en-US')} sends, from the workers' start; between the 10th and 90th percentile of the whole run (warm-up included): ${result.served.wholeRunPerSecond.toFixed(0)}/s`,
      },
      {
        subject: 'PostgreSQL, 4 worker processes: peak RSS per worker',
        metric: 'MiB',
        value: mib(peak),
        note: `RSS change per worker from 10% of the measured sends to the end: ${signed(rssGrowth)}`,
      },
      {
        subject: 'PostgreSQL, 4 worker processes: retained heap change per worker',
        metric: 'MiB',
        value: Math.max(...retainedGrowth),
        note: `heap reachable after a full collection (gc()), at 10% of the measured sends and at the end: ${signed(retainedGrowth)} (${((Math.max(...retainedGrowth) * 1_048_576) / ((0.9 * count) / 4)).toFixed(0)} B per send at most)`,
      },
      {
        subject: 'PostgreSQL: store round trips per send',
        metric: 'statements',
        value: trips / Math.max(1, sent),
        note: 'all four workers, BEGIN/COMMIT counted',
      },
      {
        subject: 'PostgreSQL, 4 worker processes: CPU per send, all processes',
        metric: 'µs',
        value: (result.cpu.workers + result.cpu.emulator + (result.cpu.postgres ?? 0)) / Math.max(1, sent),
        note: `workers ${(result.cpu.workers / Math.max(1, sent)).toFixed(0)} µs, PostgreSQL server ${result.cpu.postgres === undefined ? 'not measured (no /proc)' : `${(result.cpu.postgres / Math.max(1, sent)).toFixed(0)} µs`}, emulator ${(result.cpu.emulator / Math.max(1, sent)).toFixed(0)} µs (user + system, over the whole run, warm-up included); at that cost the machine's ${availableParallelism()} cores, fully used, send at most ${((availableParallelism() * 1_000_000 * Math.max(1, sent)) / Math.max(1, result.cpu.workers + result.cpu.emulator + (result.cpu.postgres ?? 0))).toFixed(0)}/s`,
      },
    );
    targets.push({
      goal: 'PostgreSQL, 4 processes paced at 1,000/s for one number: ≥ 990 sends/s sustained with flat memory',
      met: quick ? null : result.sustained >= 990 && retainedGrowth.every((value) => value < 8),
      detail: `${result.sustained.toFixed(0)} sends/s sustained after a warm-up of ${warmup.toLocaleString('en-US')} sends (fresh processes: ${result.served.warmupPerSecond.toFixed(0)}/s over the warm-up; busiest second ${result.served.busiestSecond}); retained heap per worker from 10% of the measured sends to the end ${signed(retainedGrowth)} (flat: under 8 MiB, about 1 KiB per send); RSS ${signed(rssGrowth)}, peak ${mib(peak).toFixed(0)} MiB per worker`,
    });
    if (!result.checkpointed)
      notes.push('No CHECKPOINT after seeding (the role lacks pg_checkpoint): a checkpoint may start inside the run.');
    notes.push(
      `Progress (s: accepted): ${result.progress.map((point) => `${point.seconds.toFixed(0)}: ${point.accepted}`).join('; ')}.`,
    );
  }
  const pgliteCount = scaled(5_000, 500);
  const embedded = await runPGlite(pgliteCount);
  rows.push({
    subject: 'PGlite, one process',
    metric: 'sends/s',
    value: embedded.served.accepted / embedded.elapsed,
    note: `${pgliteCount.toLocaleString('en-US')} due customers, ${embedded.sent} sent in ${embedded.elapsed.toFixed(1)} s; RSS ${mib(embedded.rss).toFixed(0)} MiB at the end`,
  });
  return { id: 'scale-out', title: 'Scale-out: 4 processes on PostgreSQL, PGlite beside it', rows, targets, notes };
}
