import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCustomer, createInvoice, money, ValidationError } from '@cobro/core';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createPGliteStore } from '../src/index';

const pglite = await PGlite.create();
afterAll(() => pglite.close());

const t0 = '2026-11-23T09:00:00.000Z';
const invoice = (overrides: Record<string, unknown> = {}) =>
  createInvoice({
    id: 'inv_1',
    number: 'F-1',
    customerId: 'cus_1',
    currency: 'MXN',
    lines: [{ description: 'Flores', quantity: '1', unitPrice: money(125000, 'MXN'), taxRate: '16' }],
    issueDate: '2026-11-01',
    dueDate: '2026-11-15',
    businessTimeZone: 'America/Mexico_City',
    status: 'open',
    ...overrides,
  });
const customer = createCustomer({
  id: 'cus_1',
  name: 'Ana',
  phone: '+52 55 1234 5678',
  locale: 'es-MX',
  timeZone: 'America/Mexico_City',
  country: 'MX',
});

async function freshStore() {
  const schema = `details_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const store = createPGliteStore({ pglite, schema });
  await store.migrate();
  return { store, schema };
}

describe('round trips', () => {
  it('reads a customer’s work in one statement and finishes a send, with its effects, in one', async () => {
    const { store } = await freshStore();
    await store.putCustomer(customer);
    await store.putInvoice(invoice());
    const before = store.roundTrips;
    const { entry } = await store.enqueueOutbox({
      invoiceId: 'inv_1',
      stage: 'reminder:0',
      customerId: 'cus_1',
      payload: {},
      now: t0,
    });
    const [due] = await store.claimDueCustomers({ owner: 'w', now: t0, leaseMs: 60_000, limit: 10 });
    const work = await store.getCustomerWork('cus_1', { outboxSince: t0 });
    await store.reserveSendSlots({ key: 'wa:1', count: 1, intervalMicros: 1000, nowMicros: 1 });
    await store.beginOutboxSend(entry.key, 'w', 10_000, t0);
    await store.finishOutboxSend(
      entry.key,
      'w',
      { state: 'sent', channelMessageId: 'wamid.1', at: t0 },
      {
        message: {
          id: 'm1',
          direction: 'outbound',
          customerId: 'cus_1',
          channel: 'whatsapp-cloud',
          kind: 'template',
          status: 'sent',
          createdAt: t0,
          statusAt: t0,
          outboxKey: entry.key,
          channelMessageId: 'wamid.1',
        },
        audit: [{ at: t0, actor: 'system', action: 'reminder.sent', customerId: 'cus_1' }],
      },
    );
    await store.settleDueCustomer({ customerId: 'cus_1', owner: 'w', dueSequence: due!.dueSequence });
    expect(work?.outbox).toHaveLength(1);
    // enqueue, claim, work, slots, begin, finish, settle: one statement each.
    expect(store.roundTrips - before).toBe(7);
    expect((await store.listAudit()).map((item) => item.action)).toEqual(['reminder.sent']);
  });
});

describe('values', () => {
  it('refuses money beyond the safe integers on write, naming the field, and writes nothing', async () => {
    const { store } = await freshStore();
    const huge = { ...invoice(), balance: { amountMinor: 2 ** 53, currency: 'MXN' } };
    const error = await store.putInvoice(huge).catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues[0]?.path).toBe('invoice.balance.amountMinor');
    expect(await store.getInvoice('inv_1')).toBeUndefined();
  });

  it('refuses to read a bigint a JS number cannot hold, instead of rounding it', async () => {
    const { store, schema } = await freshStore();
    await store.putInvoice(invoice());
    await pglite.query(`UPDATE "${schema}".invoices SET balance_minor = 9007199254740993`);
    const error = await store.getInvoice('inv_1').catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues[0]?.path).toBe('balance_minor');
  });

  it('stores money as bigint, dates as date and instants as timestamptz: no float column', async () => {
    const { schema } = await freshStore();
    const { rows } = await pglite.query<{ data_type: string; n: number }>(
      `SELECT data_type, count(*)::int AS n FROM information_schema.columns WHERE table_schema = $1 GROUP BY data_type`,
      [schema],
    );
    const types = rows.map((row) => row.data_type);
    expect(types).not.toContain('double precision');
    expect(types).not.toContain('real');
    expect(types).not.toContain('numeric');
    const money = await pglite.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND column_name LIKE '%minor'`,
      [schema],
    );
    expect(new Set(money.rows.map((row) => row.data_type))).toEqual(new Set(['bigint']));
  });
});

describe('a data directory', () => {
  it('keeps everything across a close and a reopen', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cobro-pglite-'));
    try {
      const first = createPGliteStore({ dataDir });
      await first.migrate();
      await first.putInvoice(invoice(), { customerDueAt: t0 });
      await first.close();
      const second = createPGliteStore({ dataDir });
      expect((await second.migrate()).applied).toEqual([]);
      expect((await second.getInvoice('inv_1'))?.balance).toEqual(money(145000, 'MXN'));
      expect(await second.claimDueCustomers({ owner: 'w', now: t0, leaseMs: 1000, limit: 1 })).toHaveLength(1);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
