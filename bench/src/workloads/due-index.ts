import { randomUUID } from 'node:crypto';
import {
  type BillingStoreV1,
  createBilling,
  createCustomer,
  createInvoice,
  createMemoryStore,
  defaultReminderPolicy,
  type MessagingChannelV1,
  parseMoney,
  type ReminderPolicy,
} from '@cobro/core';
import { createPostgresStore } from '@cobro/postgres';
import { createPacer, createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import pg from 'pg';
import { benchAppSecret } from '../data/whatsapp-deliveries';
import { quick, scaled } from '../lib/bench-mode';
import { processCpuMicros } from '../lib/process-cpu';
import { seedPostgres } from '../lib/seed-postgres';
import { startEmulator } from '../lib/whatsapp-emulator';
import type { ResultRow, TargetCheck, WorkloadResult } from '../lib/workload-result';

const pace = 1_000;
const day = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const alwaysOpen: ReminderPolicy = {
  ...defaultReminderPolicy,
  preferredTime: '00:00',
  window: { start: '00:00', end: '23:59' },
  allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
  holidays: { publicHolidays: false, bankHolidays: false, closures: [] },
};

interface Measured {
  readonly firstSendMs: number;
  readonly runSeconds: number;
  readonly sent: number;
  readonly roundTripsPerSend?: number;
  /** CPU (user + system, µs) per send: this process, and the PostgreSQL server when measured. */
  readonly cpuPerSend: { readonly runtime: number; readonly server?: number };
}

/** One `runDueReminders()` over a filled store, through the paced WhatsApp channel to the emulator process. */
async function measureRun(store: BillingStoreV1, now: number, roundTrips?: () => number): Promise<Measured> {
  const emulator = await startEmulator();
  const { channel } = createWhatsAppCloud({
    accessToken: emulator.accessToken,
    phoneNumberId: '106540352242922',
    appSecret: benchAppSecret,
    baseURL: emulator.baseURL,
    pacing: createPacer({ messagesPerSecond: pace }),
  });
  let firstSendAt = Number.NaN;
  const timed: MessagingChannelV1 = {
    ...channel,
    async send(message) {
      const result = await channel.send(message);
      if (Number.isNaN(firstSendAt)) firstSendAt = performance.now();
      return result;
    },
  };
  const billing = createBilling({
    channel: timed,
    store,
    policy: alwaysOpen,
    business: { name: 'Pasticceria Rossi', legalName: 'Pasticceria Rossi S.A. de C.V.', taxId: 'PRO010101AAA' },
    offlinePaymentOptions: [
      { kind: 'clabe', clabe: '002180700000000001', bank: 'Banamex', accountName: 'Pasticceria Rossi' },
    ],
    clock: () => new Date(now + 5 * 60_000),
  });
  const tripsBefore = roundTrips?.() ?? 0;
  const serverBefore = roundTrips ? processCpuMicros('postgres') : undefined;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  // Reminder slots are whole minutes at or after the planning instant: run a few minutes on, as end-to-end does.
  const result = await billing.runDueReminders({ now: new Date(now + 5 * 60_000) });
  const runSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const serverAfter = serverBefore === undefined ? undefined : processCpuMicros('postgres');
  const trips = (roundTrips?.() ?? 0) - tripsBefore;
  const perSend = (micros: number) => micros / Math.max(1, result.sent);
  await emulator.stop();
  return {
    firstSendMs: firstSendAt - started,
    runSeconds,
    sent: result.sent,
    cpuPerSend: {
      runtime: perSend(cpu.user + cpu.system),
      ...(serverBefore === undefined || serverAfter === undefined
        ? {}
        : { server: perSend(serverAfter - serverBefore) }),
    },
    ...(roundTrips === undefined ? {} : { roundTripsPerSend: trips / Math.max(1, result.sent) }),
  };
}

/**
 * Issue 12, item 4: with 1,000,000 stored invoices of which 1,000 are due, a run takes only the due customers from
 * the store's index: time to the first send and run time on the memory store and on PostgreSQL, and the store's
 * round trips per send on PostgreSQL.
 */
export async function runDueIndex(): Promise<WorkloadResult> {
  const count = scaled(1_000_000, 20_000);
  const due = scaled(1_000, 100);
  // A fixed Tuesday, 12:00 in Mexico City: the run never depends on today's weekday or hour (Sundays roll forward).
  const now = Date.parse('2026-11-24T18:00:00.000Z');
  const customer = createCustomer({
    id: 'cus_template',
    name: 'Cliente',
    phone: '+5215500000001',
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    country: 'MX',
    optIn: { at: '2025-06-01T00:00:00.000Z', source: 'checkout', evidence: 'consent box on order form' },
  });
  const invoiceOn = (dueMs: number) =>
    createInvoice({
      id: 'inv_template',
      number: 'F-template',
      customerId: 'cus_template',
      currency: 'MXN',
      status: 'open',
      issueDate: isoDate(dueMs - 30 * day),
      dueDate: isoDate(dueMs),
      businessTimeZone: 'America/Mexico_City',
      lines: [{ description: 'Pastel', quantity: '1', unitPrice: parseMoney('450.00', 'MXN'), taxRate: '0' }],
    });
  // Five days overdue (one reminder due now); the rest fall due in 60 days, their first reminder in 57.
  const dueInvoice = invoiceOn(now - 5 * day);
  const laterInvoice = invoiceOn(now + 60 * day);
  const dueAt = new Date(now - 60_000).toISOString();
  const laterAt = new Date(now + 57 * day).toISOString();
  const rows: ResultRow[] = [];
  const targets: TargetCheck[] = [];
  const notes: string[] = [];
  const report = (backend: string, measured: Measured, seedSeconds: number) => {
    rows.push(
      {
        subject: `${backend}: time to first send`,
        metric: 'ms',
        value: measured.firstSendMs,
        note: `${count.toLocaleString('en-US')} invoices stored, ${due.toLocaleString('en-US')} due; filled in ${seedSeconds.toFixed(0)} s`,
      },
      {
        subject: `${backend}: run time`,
        metric: 's',
        value: measured.runSeconds,
        note: `${measured.sent} sent at ${pace}/s (the sends alone take ${(measured.sent / pace).toFixed(1)} s)`,
      },
    );
    targets.push(
      {
        goal: `${backend}: first send within 1 s of the run's start`,
        met: quick ? null : measured.firstSendMs <= 1_000,
        detail: `${measured.firstSendMs.toFixed(0)} ms`,
      },
      {
        goal: `${backend}: run bounded by the sends (≤ sends/pace + 2 s)`,
        met: quick ? null : measured.sent === due && measured.runSeconds <= measured.sent / pace + 2,
        detail: `${measured.runSeconds.toFixed(1)} s for ${measured.sent} sends`,
      },
    );
    rows.push({
      subject: `${backend}: CPU per send`,
      metric: 'µs',
      value: measured.cpuPerSend.runtime + (measured.cpuPerSend.server ?? 0),
      note: `the runtime's process ${measured.cpuPerSend.runtime.toFixed(0)} µs${measured.cpuPerSend.server === undefined ? '' : `, the PostgreSQL server ${measured.cpuPerSend.server.toFixed(0)} µs`} (user + system; the emulator's not counted)`,
    });
    if (measured.roundTripsPerSend !== undefined) {
      rows.push({
        subject: `${backend}: store round trips per send`,
        metric: 'statements',
        value: measured.roundTripsPerSend,
      });
      targets.push({
        goal: `${backend}: at most 5 store round trips per send`,
        met: measured.roundTripsPerSend <= 5,
        detail: `${measured.roundTripsPerSend.toFixed(2)} statements per send (BEGIN/COMMIT counted)`,
      });
    }
  };

  // Memory.
  {
    const store = createMemoryStore();
    const seeded = performance.now();
    for (let index = 0; index < count; index += 1) {
      const id = `cus_${index}`;
      await store.putCustomer({ ...customer, id, phone: `+52155${String(index).padStart(8, '0')}` });
      const template = index < due ? dueInvoice : laterInvoice;
      await store.putInvoice(
        { ...template, id: `inv_${index}`, number: `F-${index}`, customerId: id },
        { customerDueAt: index < due ? dueAt : laterAt },
      );
    }
    report('memory', await measureRun(store, now), (performance.now() - seeded) / 1000);
  }
  globalThis.gc?.();

  // PostgreSQL, when there is one.
  const url = process.env.DATABASE_URL;
  if (url === undefined) {
    notes.push('PostgreSQL not measured: set DATABASE_URL (e.g. the one .ci/run exports) to include it.');
  } else {
    const pool = new pg.Pool({ connectionString: url, max: 20 });
    const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    try {
      const store = createPostgresStore({ pool, schema });
      await store.migrate();
      const seeded = performance.now();
      await seedPostgres(pool, schema, { customer, dueInvoice, laterInvoice }, { count, due }, { dueAt, laterAt });
      report('PostgreSQL', await measureRun(store, now, () => store.roundTrips), (performance.now() - seeded) / 1000);
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    }
  }
  notes.push(
    'One runDueReminders() call through the WhatsApp channel (createPacer at 1,000 msg/s) to the emulator in another process. The memory store is filled with putCustomer/putInvoice(customerDueAt); PostgreSQL with set-based INSERTs of the same JSON into the store schema (what putInvoice would have written).',
  );
  return { id: 'due-index', title: 'Due work by index (1M stored, 1k due)', rows, targets, notes };
}
