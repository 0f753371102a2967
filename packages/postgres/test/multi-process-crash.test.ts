import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBilling, createCustomer, createInvoice, parseMoney } from '@cobro/core';
import { createWhatsAppEmulator, type WhatsAppEmulator } from '@cobro/testing';
import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore, type PostgresStore } from '../src/index';

// Four worker processes on one PostgreSQL, the WhatsApp emulator here over loopback, 30 simulated days, workers
// killed with SIGKILL at random moments and restarted. PGlite cannot be shared by processes: this needs DATABASE_URL.
const url = process.env.DATABASE_URL;
const here = dirname(fileURLToPath(import.meta.url));
const appSecret = 'crash-test-app-secret';
const customerCount = Number(process.env.CRASH_CUSTOMERS ?? 1000);
const day = 86_400_000;
// 10:00 in Mexico City on 1 December 2026; a second run each day at 16:00 local picks up retries and webhooks.
const start = Date.parse('2026-12-01T16:00:00.000Z');
const runsPerDay = [0, 6 * 3_600_000];

/** A deterministic generator, so a failure can be replayed (the seed is printed). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Worker {
  readonly id: string;
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  alive: boolean;
  pending: Map<number, (reply: { ok: boolean; error?: string }) => void>;
}

describe.skipIf(url === undefined)('4 worker processes on one PostgreSQL, killed and restarted for 30 days', () => {
  const schema = `crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  let emulator: WhatsAppEmulator | undefined;
  const workers: Worker[] = [];
  afterAll(async () => {
    for (const worker of workers) if (worker.alive) worker.child.kill('SIGKILL');
    await emulator?.close();
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('sends no message twice, leaves no planned message unsent and books every payment once', async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    console.log(`crash test: seed ${seed}, ${customerCount} customers, schema ${schema}`);
    const next = random(seed);
    const clock = { value: start };
    emulator = await createWhatsAppEmulator({ appSecret, now: () => new Date(clock.value) });
    const store: PostgresStore = createPostgresStore({ pool, schema });
    await store.migrate();

    // The app's own process adds customers and invoices; it never sends.
    const { channel } = createWhatsAppCloud({
      accessToken: emulator.accessToken,
      phoneNumberId: '106540352242922',
      appSecret,
      baseURL: emulator.baseURL,
    });
    const app = createBilling({
      channel,
      store,
      business: { name: 'Florería Jacaranda' },
      clock: () => new Date(clock.value),
    });
    const optIn = { at: '2026-11-20T15:00:00.000Z', source: 'checkout' as const, evidence: 'casilla en pedido web' };
    const amounts = new Map<string, number>();
    for (let index = 0; index < customerCount; index += 1) {
      const customerId = `c-${String(index).padStart(4, '0')}`;
      await app.saveCustomer(
        createCustomer({
          id: customerId,
          name: `Cliente ${index}`,
          phone: `+52 55 ${String(10_000_000 + index).slice(0, 4)} ${String(10_000_000 + index).slice(4)}`,
          locale: 'es-MX',
          timeZone: 'America/Mexico_City',
          country: 'MX',
          optIn,
        }),
      );
      const invoice = createInvoice({
        id: `inv-${String(index).padStart(4, '0')}`,
        number: `F-${String(index).padStart(5, '0')}`,
        customerId,
        currency: 'MXN',
        status: 'open',
        issueDate: '2026-11-25',
        dueDate: `2026-12-${String(1 + (index % 28)).padStart(2, '0')}`,
        businessTimeZone: 'America/Mexico_City',
        lines: [{ description: 'arreglo floral', quantity: '1', unitPrice: parseMoney('500.00', 'MXN'), taxRate: '0' }],
      });
      await app.addInvoice(invoice);
      amounts.set(invoice.id, invoice.balance.amountMinor);
    }

    const tsx = createRequire(import.meta.url).resolve('tsx');
    let generation = 0;
    let commandId = 0;
    const spawn = (): Worker => {
      generation += 1;
      const id = `worker-${generation}`;
      const child = fork(join(here, 'fixtures', 'billing-worker.ts'), [], {
        execArgv: ['--conditions=@cobro/source', '--import', tsx],
        env: {
          ...process.env,
          COBRO_WORKER: JSON.stringify({
            url,
            schema,
            baseURL: emulator!.baseURL,
            accessToken: emulator!.accessToken,
            appSecret,
            workerId: id,
          }),
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const worker: Worker = {
        id,
        child,
        alive: true,
        pending: new Map(),
        ready: new Promise((resolve) => child.once('message', () => resolve())),
      };
      child.on('message', (message: { id?: number; ok?: boolean; error?: string }) => {
        if (message.id === undefined) return;
        worker.pending.get(message.id)?.({
          ok: message.ok === true,
          ...(message.error ? { error: message.error } : {}),
        });
        worker.pending.delete(message.id);
      });
      child.on('exit', () => {
        worker.alive = false;
        for (const resolve of worker.pending.values()) resolve({ ok: false, error: 'killed' });
        worker.pending.clear();
      });
      workers.push(worker);
      return worker;
    };
    const ask = (worker: Worker, command: Record<string, unknown>) =>
      new Promise<{ ok: boolean; error?: string }>((resolve) => {
        if (!worker.alive) return resolve({ ok: false, error: 'dead' });
        commandId += 1;
        worker.pending.set(commandId, resolve);
        worker.child.send({ ...command, id: commandId, now: clock.value });
      });
    let live = [spawn(), spawn(), spawn(), spawn()];
    await Promise.all(live.map((worker) => worker.ready));

    let kills = 0;
    // Kills are placed by progress, not by the clock: a victim dies once the emulator has seen a random number of
    // requests since the run began, drawn up to half the smoothed number a run makes (runs vary, and a kill drawn past
    // the end of its run never lands). A faster machine or store then
    // still loses workers mid-run (a time window let fast runs finish before their kill, and the guard below fail).
    let requestsPerRun = 20;
    const errors: string[] = [];
    const paid = new Set<string>();
    let statusesDelivered = 0;
    const runAll = async (withKills: boolean) => {
      live = live.filter((worker) => worker.alive);
      while (live.length < 4) live.push(spawn());
      await Promise.all(live.map((worker) => worker.ready));
      const before = emulator!.requests.length;
      const runs = live.map((worker) => ask(worker, { type: 'run' }));
      let watch: NodeJS.Timeout | undefined;
      if (withKills && next() < 0.5) {
        const victim = live[Math.floor(next() * live.length)] as Worker;
        const after = Math.floor(next() * requestsPerRun * 0.5);
        // Polled every millisecond, so the kill also lands between requests: inside a store transaction, before
        // or after a send, or while the run plans.
        watch = setInterval(() => {
          if (emulator!.requests.length - before < after) return;
          clearInterval(watch);
          if (victim.alive) {
            victim.child.kill('SIGKILL');
            // Dead from now on: its exit event comes later, and a victim that had already finished its run must
            // not be handed a webhook meanwhile (that delivery would be lost with it, not refused by cobro).
            victim.alive = false;
            kills += 1;
          }
        }, 1);
      }
      const replies = await Promise.all(runs);
      clearInterval(watch);
      requestsPerRun = Math.max(1, 0.8 * requestsPerRun + 0.2 * (emulator!.requests.length - before));
      for (const reply of replies) {
        if (!reply.ok && reply.error !== 'killed') errors.push(reply.error ?? '?');
      }
      live = live.filter((worker) => worker.alive);
      while (live.length < 4) live.push(spawn());
      await Promise.all(live.map((worker) => worker.ready));
    };
    // A delivery (webhook, bank notice) goes to some live worker, as a load balancer would send it.
    const anyLive = () => {
      live = live.filter((worker) => worker.alive);
      return live[Math.floor(next() * live.length)] as Worker;
    };
    const deliverStatuses = async () => {
      const accepted = emulator!.requests.filter((request) => request.messageId && request.path.endsWith('/messages'));
      for (const request of accepted.slice(statusesDelivered)) {
        const worker = anyLive();
        const reply = await ask(worker, {
          type: 'webhook',
          delivery: emulator!.status(request.messageId as string, 'delivered'),
        });
        if (!reply.ok) errors.push(`webhook: ${reply.error}`);
      }
      statusesDelivered = accepted.length;
    };

    for (let d = 0; d < 30; d += 1) {
      for (const offset of runsPerDay) {
        clock.value = start + d * day + offset;
        await runAll(true);
        await deliverStatuses();
      }
      // Some customers pay by transfer; the bank's notice reaches two workers at once (a duplicated delivery).
      clock.value = start + d * day + 8 * 3_600_000;
      for (const [invoiceId, amountMinor] of amounts) {
        if (paid.has(invoiceId) || next() >= 0.03) continue;
        paid.add(invoiceId);
        const reference = `spei-${invoiceId}`;
        const [a, b] = [anyLive(), anyLive()];
        const replies = await Promise.all([
          ask(a, { type: 'pay', invoiceId, reference, amountMinor }),
          ask(b, { type: 'pay', invoiceId, reference, amountMinor }),
        ]);
        // A refused duplicate (a stale write) is retried once, as the bank's retry would.
        if (replies.every((reply) => !reply.ok)) {
          const retry = await ask(a, { type: 'pay', invoiceId, reference, amountMinor });
          if (!retry.ok) errors.push(`payment ${invoiceId}: ${retry.error}`);
        }
      }
    }
    // The last day, without kills: everything due goes out, statuses settle what crashes left ambiguous.
    for (const offset of [0, 3_600_000, 7_200_000]) {
      clock.value = start + 30 * day + offset;
      await runAll(false);
      await deliverStatuses();
    }

    const sentRefs = emulator.requests
      .filter((request) => request.messageId && request.path.endsWith('/messages'))
      .map((request) => String(request.body.biz_opaque_callback_data ?? ''));
    const perReference = new Map<string, number>();
    for (const reference of sentRefs) perReference.set(reference, (perReference.get(reference) ?? 0) + 1);
    const twice = [...perReference].filter(([, count]) => count > 1);
    const outbox = await store.listOutbox();
    const byState = new Map<string, number>();
    for (const entry of outbox) byState.set(entry.state, (byState.get(entry.state) ?? 0) + 1);
    const ambiguous = outbox.filter((entry) => entry.state === 'ambiguous');
    // An ambiguous entry that did reach WhatsApp would have been settled by its delivered status: none may remain.
    const unexplained = ambiguous.filter((entry) => perReference.has(entry.key));
    const neverSent = outbox.filter((entry) => entry.state !== 'sent' && entry.state !== 'ambiguous');
    const invoices = await store.listInvoices();
    const paymentsBooked = invoices.flatMap((invoice) => invoice.payments);
    const doubleBooked = invoices.filter((invoice) => invoice.payments.length > 1);
    const unpaidWithoutReminder = invoices.filter(
      (invoice) =>
        !paid.has(invoice.id) && !outbox.some((entry) => entry.invoiceId === invoice.id && entry.state === 'sent'),
    );
    console.log(
      `crash test: ${kills} workers killed, ${generation} started; ${sentRefs.length} messages at WhatsApp; outbox ${JSON.stringify(Object.fromEntries(byState))}; ${ambiguous.length} ambiguous held for review (never reached WhatsApp); ${paymentsBooked.length} payments booked for ${paid.size} paid invoices`,
    );
    expect(errors).toEqual([]);
    expect(kills).toBeGreaterThan(5);
    expect(twice).toEqual([]);
    expect(neverSent.map((entry) => `${entry.key} ${entry.state}`)).toEqual([]);
    expect(unexplained.map((entry) => entry.key)).toEqual([]);
    expect(unpaidWithoutReminder.map((invoice) => invoice.id)).toEqual([]);
    expect(doubleBooked.map((invoice) => invoice.id)).toEqual([]);
    expect(paymentsBooked.length).toBe(paid.size);
    expect(invoices.filter((invoice) => paid.has(invoice.id)).every((invoice) => invoice.status === 'paid')).toBe(true);
  }, 1_200_000);
});
