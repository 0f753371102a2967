import type {
  BillingStoreV1,
  BillingStoreV1CustomerWork,
  BillingStoreV1IdempotencyRecord,
  BillingStoreV1OutboxEntry,
  BillingStoreV1OutboxOutcome,
  Customer,
} from '@cobro/core';
import { createOutboxKey } from '@cobro/core';
import { createCallBatcher, runAlone } from './call-batcher';
import type { SqlDriver } from './driver/sql-driver';
import { claimSql, completeSql, releaseSql } from './sql/claim-sql';
import { getCustomersWorkSql, getCustomerWorkSql } from './sql/customer-work-sql';
import {
  claimDueCustomersSql,
  markCustomerDueSql,
  recordInboundSql,
  reserveSendSlotsSql,
  settleDueCustomerSql,
  settleDueCustomersSql,
} from './sql/due-sql';
import { finishOutboxRetrySql, finishOutboxSendSql, resolveOutboxSql } from './sql/finish-send-sql';
import { recallIdempotencyKeySql, rememberIdempotencyKeySql } from './sql/idempotency-sql';
import {
  beginOutboxSendSql,
  enqueueOutboxSql,
  enqueueTakenOutboxSql,
  getOutboxSql,
  listOutboxSql,
  recoverExpiredOutboxSql,
} from './sql/outbox-sql';
import { enqueueTakenOutboxBatchSql, finishOutboxSendBatchSql } from './sql/send-batch-sql';
import { statementsFor } from './sql/sql-fragments';
import { auditJson, invoiceFromRow, linkFromJson, messageJson, type RecordMethodName } from './store-records';
import { duration, instant, json, msOf, optionalInstant, refuse, safeNumber, text, wholeNumber } from './store-values';

type WorkMethods = Omit<BillingStoreV1, 'specificationVersion' | 'name' | RecordMethodName>;

/** The rows PostgreSQL's planner assumes for an array parameter it cannot see (a generic plan's `unnest`). */
const genericArrayRows = 10;

const outcomeStates = new Set(['sent', 'pending', 'ambiguous', 'failed']);

/** The parameters of `settleAssignments`: state, at, notBefore, error, channel message id. */
function outcomeParams(outcome: BillingStoreV1OutboxOutcome): unknown[] {
  if (!outcomeStates.has(outcome?.state)) refuse('outcome.state', "must be 'sent', 'pending', 'ambiguous' or 'failed'");
  const at = instant(outcome.at, 'outcome.at');
  switch (outcome.state) {
    case 'sent':
      return ['sent', at, null, null, text(outcome.channelMessageId, 'outcome.channelMessageId')];
    case 'pending':
      return [
        'pending',
        at,
        optionalInstant(outcome.notBefore, 'outcome.notBefore'),
        outcome.error === undefined ? null : json(outcome.error),
        null,
      ];
    default:
      text(outcome.error?.code, 'outcome.error.code');
      return [outcome.state, at, null, json(outcome.error), null];
  }
}

interface WorkRow {
  readonly customer: Customer;
  readonly invoices: Record<string, unknown>[];
  readonly outbox: BillingStoreV1OutboxEntry[];
  readonly links: Record<string, unknown>[];
  readonly last_inbound_at: string | null;
}

function workFromRow(row: WorkRow): BillingStoreV1CustomerWork {
  return {
    customer: row.customer,
    invoices: row.invoices.map(invoiceFromRow),
    outbox: row.outbox,
    paymentLinks: row.links.map(linkFromJson),
    ...(row.last_inbound_at === null ? {} : { lastInboundAt: row.last_inbound_at }),
  };
}

const leaseEnd = (now: string, leaseMs: number) => new Date(msOf(now) + leaseMs).toISOString();

/** The most calls one batched statement carries (see `createCallBatcher`). */
const maxBatch = 64;

/** A JSON object from plain fields and fields already JSON text (a payload, a message), without parsing them again. */
function jsonObject(fields: Record<string, unknown>, jsonFields: Record<string, string | null>): string {
  let out = JSON.stringify(fields).slice(0, -1);
  for (const [name, value] of Object.entries(jsonFields)) out += `,"${name}":${value ?? 'null'}`;
  return `${out}}`;
}

interface EnqueueCall {
  readonly key: string;
  readonly statement: string;
  readonly params: readonly unknown[];
  /** The call as an element of `enqueueTakenOutboxBatchSql`'s array (taken calls only). */
  readonly json?: string;
  /** The entry as inserted, built here: the batch returns rows only for entries that were there already. */
  readonly inserted?: () => BillingStoreV1OutboxEntry;
}

interface FinishCall {
  readonly key: string;
  /** The parameters of `finishOutboxSendSql`, for a call run alone. */
  readonly params: readonly unknown[];
  /** The call as an element of `finishOutboxSendBatchSql`'s array. */
  readonly json: string;
}

/** @internal Idempotency keys, claims, the outbox, the due index, the inbound window and send slots on PostgreSQL. */
export function createWorkMethods(db: SqlDriver, s: string): WorkMethods {
  const sql = statementsFor(s);
  const entry = async (sql: string, params: readonly unknown[]) =>
    (await db.query<{ entry: BillingStoreV1OutboxEntry }>(sql, params))[0]?.entry;
  const enqueueAlone = async ({ key, statement, params }: EnqueueCall) => {
    for (let attempt = 1; ; attempt += 1) {
      const [row] = await db.query<{ entry: BillingStoreV1OutboxEntry; created: boolean }>(statement, params);
      // Empty only when a concurrent insert committed after this statement's snapshot: read it again.
      if (row) return { entry: row.entry, created: row.created };
      if (attempt === 5) throw new Error(`enqueueOutbox: entry ${key} neither inserted nor found`);
    }
  };
  // The two statements of every send (take it, settle it) run batched while one of the kind is in flight.
  const enqueueTaken = createCallBatcher<EnqueueCall, { entry: BillingStoreV1OutboxEntry; created: boolean }>({
    keyOf: (call) => call.key,
    maxSize: maxBatch,
    runOne: enqueueAlone,
    async runBatch(calls) {
      const rows = await db.query<{ n: number; entry: BillingStoreV1OutboxEntry; created: boolean }>(
        sql(enqueueTakenOutboxBatchSql),
        [`[${calls.map((call) => call.json).join(',')}]`],
      );
      const results: ({ entry: BillingStoreV1OutboxEntry; created: boolean } | typeof runAlone)[] = calls.map(
        () => runAlone,
      );
      for (const row of rows) {
        const call = calls[row.n - 1] as EnqueueCall;
        results[row.n - 1] = row.created
          ? { entry: (call.inserted as () => BillingStoreV1OutboxEntry)(), created: true }
          : { entry: row.entry, created: false };
      }
      return results;
    },
  });
  const finishSend = createCallBatcher<FinishCall, BillingStoreV1OutboxEntry | undefined>({
    keyOf: (call) => call.key,
    maxSize: maxBatch,
    runOne: (call) => entry(sql(finishOutboxSendSql), call.params),
    async runBatch(calls) {
      const rows = await db.query<{ n: number; entry: BillingStoreV1OutboxEntry }>(sql(finishOutboxSendBatchSql), [
        `[${calls.map((call) => call.json).join(',')}]`,
      ]);
      const results: (BillingStoreV1OutboxEntry | undefined)[] = calls.map(() => undefined);
      for (const row of rows) results[row.n - 1] = row.entry;
      return results;
    },
  });

  return {
    async rememberIdempotencyKey(key, result, { now, ttlMs }) {
      text(key, 'key');
      const at = instant(now, 'now');
      const expiresAt = ttlMs === undefined ? null : leaseEnd(at, duration(ttlMs, 'ttlMs'));
      for (let attempt = 1; ; attempt += 1) {
        const [row] = await db.query<{ stored: boolean; record: BillingStoreV1IdempotencyRecord }>(
          sql(rememberIdempotencyKeySql),
          [key, json(result), at, expiresAt],
        );
        // Empty only when a concurrent insert committed after this statement's snapshot: read it again.
        if (row) return { stored: row.stored, record: row.record };
        if (attempt === 5) throw new Error(`rememberIdempotencyKey: key ${key} neither inserted nor found`);
      }
    },
    async recallIdempotencyKey(key, now) {
      const [row] = await db.query<{ record: BillingStoreV1IdempotencyRecord }>(sql(recallIdempotencyKeySql), [
        key,
        instant(now, 'now'),
      ]);
      return row?.record;
    },

    async claim(key, owner, leaseMs, now) {
      text(key, 'key');
      text(owner, 'owner');
      const at = instant(now, 'now');
      const rows = await db.query(sql(claimSql), [key, owner, at, leaseEnd(at, duration(leaseMs, 'leaseMs'))]);
      return rows.length === 1;
    },
    async release(key, owner) {
      return (await db.query(sql(releaseSql), [key, owner])).length === 1;
    },
    async complete(key, owner, now) {
      instant(now, 'now');
      return (await db.query(sql(completeSql), [key, owner])).length === 1;
    },

    async enqueueOutbox(input) {
      text(input?.invoiceId, 'invoiceId');
      text(input.stage, 'stage');
      text(input.customerId, 'customerId');
      const now = instant(input.now, 'now');
      const notBefore = optionalInstant(input.notBefore, 'notBefore');
      const key = createOutboxKey(input.invoiceId, input.stage);
      const payload = json(input.payload);
      const fields = [key, input.invoiceId, input.stage, input.customerId, payload, now, notBefore];
      const begin = input.begin
        ? [text(input.begin.owner, 'begin.owner'), leaseEnd(now, duration(input.begin.leaseMs, 'begin.leaseMs'))]
        : undefined;
      // Taken for sending at once when asked and due: a statement that writes no due index (nothing is pending).
      if (begin !== undefined && (notBefore === null || msOf(notBefore) <= msOf(now))) {
        const [owner, leaseExpiresAt] = begin as [string, string];
        return enqueueTaken({
          key,
          statement: sql(enqueueTakenOutboxSql),
          params: [...fields, owner, leaseExpiresAt],
          inserted: () => ({
            key,
            invoiceId: input.invoiceId,
            stage: input.stage,
            customerId: input.customerId,
            state: 'sending',
            payload: JSON.parse(payload),
            attempts: 1,
            createdAt: now,
            updatedAt: now,
            ...(notBefore === null ? {} : { notBefore }),
            owner,
            leaseExpiresAt,
          }),
          json: jsonObject(
            {
              key,
              invoiceId: input.invoiceId,
              stage: input.stage,
              customerId: input.customerId,
              at: now,
              notBefore,
              owner,
              leaseExpiresAt,
            },
            { payload },
          ),
        });
      }
      return enqueueAlone({ key, statement: sql(enqueueOutboxSql), params: [...fields, input.claimedBy ?? null] });
    },
    async getOutbox(key) {
      return entry(sql(getOutboxSql), [key]);
    },
    async listOutbox(query = {}) {
      const rows = await db.query<{ entry: BillingStoreV1OutboxEntry }>(sql(listOutboxSql), [
        query.states === undefined ? null : [...query.states],
        query.invoiceId ?? null,
        query.customerId ?? null,
        query.limit === undefined ? null : Math.max(0, Math.trunc(query.limit)),
      ]);
      return rows.map((row) => row.entry);
    },
    async beginOutboxSend(key, owner, leaseMs, now) {
      text(owner, 'owner');
      const at = instant(now, 'now');
      return entry(sql(beginOutboxSendSql), [key, owner, leaseEnd(at, duration(leaseMs, 'leaseMs')), at]);
    },
    async finishOutboxSend(key, owner, outcome, effects) {
      const params = outcomeParams(outcome);
      const message = effects?.message === undefined ? null : messageJson(effects.message);
      const audit = auditJson(effects?.audit ?? []);
      // Only a retry (back to pending) can lower the due index: it runs alone, on a statement of its own.
      if (outcome.state === 'pending') return entry(sql(finishOutboxRetrySql), [key, owner, ...params, message, audit]);
      const [state, at, , error, channelMessageId] = params as [string, string, null, string | null, string | null];
      return finishSend({
        key,
        params: [key, owner, ...params, message, audit],
        json: jsonObject({ key, owner, state, at, channelMessageId }, { error, message, audit }),
      });
    },
    async recoverExpiredOutbox(now) {
      const rows = await db.query<{ entry: BillingStoreV1OutboxEntry }>(sql(recoverExpiredOutboxSql), [
        instant(now, 'now'),
      ]);
      return rows
        .map((row) => row.entry)
        .sort((a, b) => msOf(a.createdAt) - msOf(b.createdAt) || (a.key < b.key ? -1 : 1));
    },
    async resolveOutbox(key, outcome) {
      return entry(sql(resolveOutboxSql), [key, ...outcomeParams(outcome)]);
    },

    async markCustomerDue(customerId, at) {
      await db.query(sql(markCustomerDueSql), [text(customerId, 'customerId'), instant(at, 'at')]);
    },
    async claimDueCustomers(options) {
      text(options?.owner, 'owner');
      const now = instant(options.now, 'now');
      const limit = wholeNumber(options.limit, 'limit', 0);
      const rows = await db.query<{ customer_id: string; due_at: string; sequence: string }>(
        sql(claimDueCustomersSql),
        [
          now,
          options.owner,
          limit,
          leaseEnd(now, duration(options.leaseMs, 'leaseMs')),
          options.customerIds === undefined ? null : [...options.customerIds],
        ],
      );
      return rows
        .map((row) => ({
          customerId: row.customer_id,
          dueAt: row.due_at,
          dueSequence: safeNumber(row.sequence, 'due_customers.sequence'),
        }))
        .sort((a, b) => msOf(a.dueAt) - msOf(b.dueAt) || (a.customerId < b.customerId ? -1 : 1));
    },
    async settleDueCustomer(options) {
      text(options?.customerId, 'customerId');
      text(options.owner, 'owner');
      // Any whole number: one that was never claimed (the runtime passes -1) settles as if the sequence moved.
      wholeNumber(options.dueSequence, 'dueSequence', Number.MIN_SAFE_INTEGER);
      const rows = await db.query(sql(settleDueCustomerSql), [
        options.customerId,
        options.owner,
        String(options.dueSequence),
        optionalInstant(options.nextDueAt, 'nextDueAt'),
      ]);
      return rows.length === 1;
    },
    async settleDueCustomers(settles) {
      if (!Array.isArray(settles)) refuse('settles', 'must be an array');
      const seen = new Set<string>();
      const input = settles.map((options, index) => {
        const path = `settles[${index}]`;
        text(options?.customerId, `${path}.customerId`);
        text(options.owner, `${path}.owner`);
        wholeNumber(options.dueSequence, `${path}.dueSequence`, Number.MIN_SAFE_INTEGER);
        const nextDueAt = optionalInstant(options.nextDueAt, `${path}.nextDueAt`);
        // A customer listed twice is settled by its first listing; the later ones find it handed back already.
        const first = !seen.has(options.customerId);
        seen.add(options.customerId);
        return {
          customerId: options.customerId,
          owner: options.owner,
          sequence: String(options.dueSequence),
          nextDueAt,
          first,
        };
      });
      const firsts = input.filter((each) => each.first);
      if (firsts.length === 0) return [];
      const rows = await db.query<{ customer_id: string }>(sql(settleDueCustomersSql), [
        JSON.stringify(firsts.map(({ first: _, ...each }) => each)),
      ]);
      const settled = new Set(rows.map((row) => row.customer_id));
      return input.map((each) => each.first && settled.has(each.customerId));
    },
    async getCustomerWork(customerId, options) {
      const since = instant(options?.outboxSince, 'outboxSince');
      const [row] = await db.query<WorkRow>(sql(getCustomerWorkSql), [customerId, since]);
      return row === undefined ? undefined : workFromRow(row);
    },
    async getCustomersWork(customerIds, options) {
      const since = instant(options?.outboxSince, 'outboxSince');
      if (!Array.isArray(customerIds)) refuse('customerIds', 'must be an array');
      for (const [index, id] of customerIds.entries()) text(id, `customerIds[${index}]`);
      if (customerIds.length === 0) return [];
      // Padded with NULLs (they match no customer) to the 10 rows a generic plan assumes for the array: a shorter one
      // made each custom plan look cheaper, so the server planned the statement again on every call (0.3 ms).
      const ids: (string | null)[] = [...customerIds];
      while (ids.length < genericArrayRows) ids.push(null);
      const rows = await db.query<WorkRow & { n: number }>(sql(getCustomersWorkSql), [ids, since]);
      const works: (BillingStoreV1CustomerWork | undefined)[] = customerIds.map(() => undefined);
      for (const row of rows) works[row.n - 1] = workFromRow(row);
      return works;
    },
    async recordInbound(customerId, at) {
      await db.query(sql(recordInboundSql), [text(customerId, 'customerId'), instant(at, 'at')]);
    },
    async reserveSendSlots(input) {
      text(input?.key, 'key');
      const count = wholeNumber(input.count, 'count', 1);
      if (
        typeof input.intervalMicros !== 'number' ||
        !(Number.isFinite(input.intervalMicros) && input.intervalMicros > 0)
      ) {
        refuse('intervalMicros', 'must be a positive number of microseconds');
      }
      // Slots are whole microseconds: a fractional spacing (3 per second) rounds up, staying under the ceiling.
      const interval = Math.ceil(input.intervalMicros);
      const now = wholeNumber(input.nowMicros, 'nowMicros', 0);
      const from = input.fromMicros === undefined ? now : wholeNumber(input.fromMicros, 'fromMicros', 0);
      const rate = input.ratePerSecond === undefined ? null : wholeNumber(input.ratePerSecond, 'ratePerSecond', 1);
      const [row] = await db.query<{ first_slot: string }>(sql(reserveSendSlotsSql), [
        input.key,
        String(from),
        String(count),
        String(interval),
        String(now),
        rate === null ? null : String(rate),
      ]);
      return safeNumber(row?.first_slot, 'send_slots.next_free_micros');
    },
  };
}
