import { createOutboxKey, ValidationError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { at, type FreshStore, rejection, t0 } from './store-contract-harness';

/** @internal Claims, idempotency keys and the outbox. */
export function describeWorkCases(name: string, freshStore: FreshStore): void {
  describe(`${name}: claims`, () => {
    it('gives a claim to exactly one of many concurrent workers', async () => {
      const store = await freshStore();
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, worker) =>
          store.claim('reminders:cus_1:2026-11-23', `worker-${worker}`, 30_000, t0),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('lets another worker take an expired lease, not a live one; completed work stays done', async () => {
      const store = await freshStore();
      expect(await store.claim('k', 'a', 1000, t0)).toBe(true);
      expect(await store.claim('k', 'b', 1000, at(0.5))).toBe(false);
      expect(await store.claim('k', 'a', 1000, at(0.5))).toBe(true);
      expect(await store.claim('k', 'b', 1000, at(2))).toBe(true);
      expect(await store.complete('k', 'a', at(2))).toBe(false);
      expect(await store.release('k', 'a')).toBe(false);
      expect(await store.complete('k', 'b', at(2))).toBe(true);
      expect(await store.claim('k', 'c', 1000, at(100))).toBe(false);
      expect(await store.claim('other', 'c', 1000, t0)).toBe(true);
      expect(await store.release('other', 'c')).toBe(true);
      expect(await store.claim('other', 'd', 1000, t0)).toBe(true);
    });

    it('refuses a malformed lease or instant', async () => {
      const store = await freshStore();
      expect(ValidationError.isInstance(await rejection(store.claim('k', 'a', 0, t0)))).toBe(true);
      expect(ValidationError.isInstance(await rejection(store.claim('k', 'a', 1000, 'now')))).toBe(true);
    });
  });

  describe(`${name}: idempotency keys`, () => {
    it('stores a key once, concurrently, and forgets it after its ttl', async () => {
      const store = await freshStore();
      const results = await Promise.all(
        [1, 2, 3].map((n) =>
          store.rememberIdempotencyKey('webhook:stripe:evt_1', { handledBy: n }, { now: t0, ttlMs: 60_000 }),
        ),
      );
      expect(results.filter((result) => result.stored)).toHaveLength(1);
      // Whichever call won (calls on several connections race), every caller sees the winner's result.
      const winner = results.find((result) => result.stored)!.record.result;
      expect(results.every((result) => JSON.stringify(result.record.result) === JSON.stringify(winner))).toBe(true);
      expect((await store.recallIdempotencyKey('webhook:stripe:evt_1', at(59)))?.result).toEqual(winner);
      expect(await store.recallIdempotencyKey('webhook:stripe:evt_1', at(61))).toBeUndefined();
      expect((await store.rememberIdempotencyKey('webhook:stripe:evt_1', 'again', { now: at(61) })).stored).toBe(true);
    });
  });

  describe(`${name}: outbox`, () => {
    const input = {
      invoiceId: 'inv_1',
      stage: 'reminder:+3',
      customerId: 'cus_1',
      payload: { messageKey: 'overdue-gentle' },
      now: t0,
    };

    it('keeps one entry per (invoice, stage)', async () => {
      const store = await freshStore();
      const [a, b] = await Promise.all([
        store.enqueueOutbox(input),
        store.enqueueOutbox({ ...input, payload: 'other' }),
      ]);
      expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
      expect(a.entry.key).toBe(createOutboxKey('inv_1', 'reminder:+3'));
      // Calls on several connections race: whichever created it, both see the stored entry.
      const winner = a.created ? a.entry : b.entry;
      expect(b.entry).toEqual(winner);
      expect(a.entry).toEqual(winner);
      expect(await store.getOutbox(a.entry.key)).toEqual(winner);
      expect(createOutboxKey('a:b', 'c')).not.toBe(createOutboxKey('a', 'b:c'));
    });

    it('lets exactly one of four workers send, and records the result', async () => {
      const store = await freshStore();
      const { entry } = await store.enqueueOutbox(input);
      const begun = await Promise.all([1, 2, 3, 4].map((n) => store.beginOutboxSend(entry.key, `w${n}`, 10_000, t0)));
      const winners = begun.filter((item) => item !== undefined);
      expect(winners).toHaveLength(1);
      const owner = winners[0]!.owner!;
      expect(winners[0]).toMatchObject({ state: 'sending', attempts: 1 });
      expect(
        await store.finishOutboxSend(entry.key, 'intruder', { state: 'sent', channelMessageId: 'wamid.X', at: at(1) }),
      ).toBeUndefined();
      const sent = await store.finishOutboxSend(entry.key, owner, {
        state: 'sent',
        channelMessageId: 'wamid.1',
        at: at(1),
      });
      expect(sent).toMatchObject({ state: 'sent', channelMessageId: 'wamid.1', sentAt: at(1) });
      expect(sent?.leaseExpiresAt).toBeUndefined();
      expect(await store.beginOutboxSend(entry.key, 'w9', 10_000, at(2))).toBeUndefined();
      expect((await store.enqueueOutbox(input)).entry.state).toBe('sent');
    });

    it('retries a send that provably failed, after notBefore', async () => {
      const store = await freshStore();
      const { entry } = await store.enqueueOutbox(input);
      await store.beginOutboxSend(entry.key, 'w1', 10_000, t0);
      await store.finishOutboxSend(entry.key, 'w1', {
        state: 'pending',
        at: at(1),
        notBefore: at(60),
        error: { code: 'rate-limited', message: '429' },
      });
      expect(await store.beginOutboxSend(entry.key, 'w2', 10_000, at(30))).toBeUndefined();
      expect(await store.beginOutboxSend(entry.key, 'w2', 10_000, at(60))).toMatchObject({
        state: 'sending',
        owner: 'w2',
        attempts: 2,
      });
    });

    it('turns a crashed worker’s send into ambiguous, never back into pending', async () => {
      const store = await freshStore();
      const { entry } = await store.enqueueOutbox(input);
      await store.beginOutboxSend(entry.key, 'w1', 10_000, t0);
      expect(await store.recoverExpiredOutbox(at(5))).toEqual([]);
      const recovered = await store.recoverExpiredOutbox(at(11));
      expect(recovered.map((item) => [item.key, item.state, item.lastError?.code])).toEqual([
        [entry.key, 'ambiguous', 'lease-expired'],
      ]);
      expect(await store.beginOutboxSend(entry.key, 'w2', 10_000, at(12))).toBeUndefined();
      expect((await store.listOutbox({ states: ['ambiguous'] })).map((item) => item.key)).toEqual([entry.key]);
      // A status webhook carrying the outbox key proves it went out.
      const resolved = await store.resolveOutbox(entry.key, { state: 'sent', channelMessageId: 'wamid.2', at: at(20) });
      expect(resolved?.state).toBe('sent');
      expect(await store.resolveOutbox(entry.key, { state: 'pending', at: at(21) })).toBeUndefined();
    });

    it('accepts the slow worker’s answer after recovery marked it ambiguous', async () => {
      const store = await freshStore();
      const { entry } = await store.enqueueOutbox(input);
      await store.beginOutboxSend(entry.key, 'w1', 1000, t0);
      await store.recoverExpiredOutbox(at(2));
      const finished = await store.finishOutboxSend(entry.key, 'w1', {
        state: 'sent',
        channelMessageId: 'wamid.3',
        at: at(3),
      });
      expect(finished?.state).toBe('sent');
    });
  });
}
