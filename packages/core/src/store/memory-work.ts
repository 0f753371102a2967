import type { BillingStoreV1 } from '../spec/billing-store/v1/billing-store-v1';
import type { BillingStoreV1IdempotencyRecord } from '../spec/billing-store/v1/billing-store-v1-idempotency-record';
import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import type { BillingStoreV1OutboxOutcome } from '../spec/billing-store/v1/billing-store-v1-outbox-outcome';
import type { MemoryDue } from './memory-due';
import type { MemoryRecords } from './memory-records';
import { createOutboxKey } from './outbox-key';
import { assertDuration, assertText, copy, instantMs, limited } from './store-input';

type WorkMethods = Pick<
  BillingStoreV1,
  | 'rememberIdempotencyKey'
  | 'recallIdempotencyKey'
  | 'claim'
  | 'release'
  | 'complete'
  | 'enqueueOutbox'
  | 'getOutbox'
  | 'listOutbox'
  | 'beginOutboxSend'
  | 'finishOutboxSend'
  | 'recoverExpiredOutbox'
  | 'resolveOutbox'
>;

interface ClaimState {
  owner: string;
  leaseExpiresAtMs: number;
  completed: boolean;
}

/** The entry after `outcome`, with the lease cleared and only the fields that outcome sets. */
function settle(entry: BillingStoreV1OutboxEntry, outcome: BillingStoreV1OutboxOutcome): BillingStoreV1OutboxEntry {
  const { leaseExpiresAt: _lease, notBefore: _notBefore, lastError: _error, ...rest } = entry;
  instantMs(outcome.at, 'outcome.at');
  switch (outcome.state) {
    case 'sent':
      assertText(outcome.channelMessageId, 'outcome.channelMessageId');
      return {
        ...rest,
        state: 'sent',
        channelMessageId: outcome.channelMessageId,
        sentAt: outcome.at,
        updatedAt: outcome.at,
      };
    case 'pending':
      return {
        ...rest,
        state: 'pending',
        updatedAt: outcome.at,
        ...(outcome.notBefore === undefined ? {} : { notBefore: outcome.notBefore }),
        ...(outcome.error === undefined ? {} : { lastError: copy(outcome.error) }),
      };
    case 'ambiguous':
    case 'failed':
      return { ...rest, state: outcome.state, updatedAt: outcome.at, lastError: copy(outcome.error) };
  }
}

/**
 * @internal Idempotency keys, claims and the outbox of the memory store. Each method does its checks and its write
 * without awaiting in between, so on one event loop every method is atomic.
 */
export function createMemoryWork(due: MemoryDue, records: MemoryRecords): WorkMethods {
  const idempotency = new Map<string, BillingStoreV1IdempotencyRecord>();
  const claims = new Map<string, ClaimState>();
  const outbox = new Map<string, BillingStoreV1OutboxEntry>();
  // A customer's history is read on every reminder run: index the keys so it is not a scan of the whole outbox.
  const outboxByCustomer = new Map<string, Set<string>>();
  let insertsSinceSweep = 0;
  // A send that goes back to pending makes its customer due when it may go out.
  const lowerFor = (entry: BillingStoreV1OutboxEntry, by?: string) => {
    if (entry.state === 'pending') due.lower(entry.customerId, Date.parse(entry.notBefore ?? entry.updatedAt), by);
  };

  const live = (key: string, nowMs: number) => {
    const record = idempotency.get(key);
    if (record?.expiresAt !== undefined && Date.parse(record.expiresAt) <= nowMs) return undefined;
    return record;
  };

  return {
    async rememberIdempotencyKey(key, result, { now, ttlMs }) {
      assertText(key, 'key');
      const nowMs = instantMs(now, 'now');
      if (ttlMs !== undefined) assertDuration(ttlMs, 'ttlMs');
      const existing = live(key, nowMs);
      if (existing !== undefined) return { stored: false, record: copy(existing) };
      const record: BillingStoreV1IdempotencyRecord = {
        key,
        result: copy(result),
        createdAt: now,
        ...(ttlMs === undefined ? {} : { expiresAt: new Date(nowMs + ttlMs).toISOString() }),
      };
      idempotency.set(key, record);
      // Forget expired keys now and then, so a long-running process does not keep every webhook id forever.
      insertsSinceSweep += 1;
      if (insertsSinceSweep >= 256) {
        insertsSinceSweep = 0;
        for (const candidate of idempotency.keys())
          if (live(candidate, nowMs) === undefined) idempotency.delete(candidate);
      }
      return { stored: true, record: copy(record) };
    },
    async recallIdempotencyKey(key, now) {
      return copy(live(key, instantMs(now, 'now')));
    },

    async claim(key, owner, leaseMs, now) {
      assertText(key, 'key');
      assertText(owner, 'owner');
      assertDuration(leaseMs, 'leaseMs');
      const nowMs = instantMs(now, 'now');
      const current = claims.get(key);
      if (current?.completed) return false;
      if (current !== undefined && current.owner !== owner && current.leaseExpiresAtMs > nowMs) return false;
      claims.set(key, { owner, leaseExpiresAtMs: nowMs + leaseMs, completed: false });
      return true;
    },
    async release(key, owner) {
      const current = claims.get(key);
      if (current === undefined || current.completed || current.owner !== owner) return false;
      claims.delete(key);
      return true;
    },
    async complete(key, owner, now) {
      instantMs(now, 'now');
      const current = claims.get(key);
      if (current === undefined || current.completed || current.owner !== owner) return false;
      claims.set(key, { ...current, completed: true });
      return true;
    },

    async enqueueOutbox(input) {
      assertText(input?.invoiceId, 'invoiceId');
      assertText(input.stage, 'stage');
      assertText(input.customerId, 'customerId');
      instantMs(input.now, 'now');
      if (input.notBefore !== undefined) instantMs(input.notBefore, 'notBefore');
      const key = createOutboxKey(input.invoiceId, input.stage);
      const existing = outbox.get(key);
      if (existing !== undefined) return { entry: copy(existing), created: false };
      const entry: BillingStoreV1OutboxEntry = {
        key,
        invoiceId: input.invoiceId,
        stage: input.stage,
        customerId: input.customerId,
        state: 'pending',
        payload: copy(input.payload),
        attempts: 0,
        createdAt: input.now,
        updatedAt: input.now,
        ...(input.notBefore === undefined ? {} : { notBefore: input.notBefore }),
      };
      outbox.set(key, entry);
      const keys = outboxByCustomer.get(entry.customerId) ?? new Set<string>();
      keys.add(key);
      outboxByCustomer.set(entry.customerId, keys);
      lowerFor(entry, input.claimedBy);
      return { entry: copy(entry), created: true };
    },
    async getOutbox(key) {
      return copy(outbox.get(key));
    },
    async listOutbox(query = {}) {
      const candidates =
        query.customerId === undefined
          ? [...outbox.values()]
          : [...(outboxByCustomer.get(query.customerId) ?? [])].map(
              (key) => outbox.get(key) as BillingStoreV1OutboxEntry,
            );
      const matching = candidates
        .filter(
          (entry) =>
            (query.states === undefined || query.states.includes(entry.state)) &&
            (query.invoiceId === undefined || entry.invoiceId === query.invoiceId) &&
            (query.customerId === undefined || entry.customerId === query.customerId),
        )
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.key < b.key ? -1 : 1));
      return copy(limited(matching, query.limit));
    },
    async beginOutboxSend(key, owner, leaseMs, now) {
      assertText(owner, 'owner');
      assertDuration(leaseMs, 'leaseMs');
      const nowMs = instantMs(now, 'now');
      const entry = outbox.get(key);
      if (entry === undefined || entry.state !== 'pending') return undefined;
      if (entry.notBefore !== undefined && Date.parse(entry.notBefore) > nowMs) return undefined;
      const next: BillingStoreV1OutboxEntry = {
        ...entry,
        state: 'sending',
        owner,
        leaseExpiresAt: new Date(nowMs + leaseMs).toISOString(),
        attempts: entry.attempts + 1,
        updatedAt: now,
      };
      outbox.set(key, next);
      return copy(next);
    },
    async finishOutboxSend(key, owner, outcome, effects = {}) {
      const entry = outbox.get(key);
      if (entry === undefined || entry.owner !== owner) return undefined;
      if (entry.state !== 'sending' && entry.state !== 'ambiguous') return undefined;
      // Check everything before writing anything: the outcome, the log and the audit land together or not at all.
      if (effects.message !== undefined) records.checkMessage(effects.message);
      for (const audit of effects.audit ?? []) records.checkAudit(audit);
      const next = settle(entry, outcome);
      outbox.set(key, next);
      lowerFor(next, owner);
      if (effects.message !== undefined) records.appendMessageNow(effects.message);
      for (const audit of effects.audit ?? []) records.appendAuditNow(audit);
      return copy(next);
    },
    async recoverExpiredOutbox(now) {
      const nowMs = instantMs(now, 'now');
      const recovered: BillingStoreV1OutboxEntry[] = [];
      for (const entry of outbox.values()) {
        if (entry.state !== 'sending' || entry.leaseExpiresAt === undefined) continue;
        if (Date.parse(entry.leaseExpiresAt) >= nowMs) continue;
        const next = settle(entry, {
          state: 'ambiguous',
          at: now,
          error: {
            code: 'lease-expired',
            message: `Worker ${entry.owner ?? '?'} held the send past its lease; it may have gone out.`,
          },
        });
        outbox.set(entry.key, next);
        recovered.push(next);
      }
      return copy(recovered);
    },
    async resolveOutbox(key, outcome) {
      const entry = outbox.get(key);
      if (entry === undefined) return undefined;
      const settles =
        entry.state === 'ambiguous' ||
        entry.state === 'failed' ||
        (entry.state === 'sending' && outcome.state === 'sent');
      if (!settles) return undefined;
      const next = settle(entry, outcome);
      outbox.set(key, next);
      lowerFor(next);
      return copy(next);
    },
  };
}
