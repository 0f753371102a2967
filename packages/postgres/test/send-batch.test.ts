import type { BillingStoreV1MessageRecord } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import type { PostgresStore } from '../src/index';
import { storesUnderTest } from './stores-under-test';

// The two statements of a send run batched while one is in flight: what many callers at once get back, and what is
// stored, must be what each would have had alone. On PGlite always, and on the server when DATABASE_URL is set.
const { stores: targets } = await storesUnderTest('batch');

const t0 = '2026-11-23T15:00:00.000Z';
const t1 = '2026-11-23T15:00:01.000Z';
const lease = 60_000;

const take = (store: PostgresStore, index: number, owner = 'worker-a') =>
  store.enqueueOutbox({
    invoiceId: `inv_${index}`,
    stage: 'due',
    customerId: `cus_${index % 3}`,
    payload: { kind: 'reminder', amount: { amountMinor: 1000 + index, currency: 'MXN' }, note: null },
    now: t0,
    begin: { owner, leaseMs: lease },
  });

const message = (key: string, index: number): BillingStoreV1MessageRecord => ({
  id: `msg_${index}`,
  direction: 'outbound',
  customerId: `cus_${index % 3}`,
  invoiceId: `inv_${index}`,
  channel: 'whatsapp',
  channelMessageId: `wamid.${index}`,
  outboxKey: key,
  kind: 'reminder',
  status: 'sent',
  createdAt: t1,
  statusAt: t1,
  text: `Recordatorio ${index}`,
});

describe.each(targets)('sends batched on %s', (_, open) => {
  it('takes 40 entries at once: each created once, as a lone call would store it, in fewer statements', async () => {
    const store = open();
    await store.migrate();
    const before = store.roundTrips;
    const results = await Promise.all(Array.from({ length: 40 }, (_, index) => take(store, index)));
    expect(store.roundTrips - before).toBeLessThan(40);
    expect(results.every((result) => result.created)).toBe(true);
    for (const [index, { entry }] of results.entries()) {
      expect(entry).toEqual(await store.getOutbox(entry.key));
      expect(entry).toMatchObject({
        invoiceId: `inv_${index}`,
        state: 'sending',
        owner: 'worker-a',
        attempts: 1,
        createdAt: t0,
        leaseExpiresAt: '2026-11-23T15:01:00.000Z',
        payload: { kind: 'reminder', amount: { amountMinor: 1000 + index, currency: 'MXN' }, note: null },
      });
    }
    // The same entries again, from another worker and all at once: none created, the first taker keeps them.
    const again = await Promise.all(Array.from({ length: 40 }, (_, index) => take(store, index, 'worker-b')));
    expect(again.map((result) => [result.created, result.entry.owner])).toEqual(
      Array.from({ length: 40 }, () => [false, 'worker-a']),
    );
  });

  it('one key taken by many callers at once: exactly one creates it', async () => {
    const store = open();
    await store.migrate();
    const results = await Promise.all(Array.from({ length: 12 }, (_, index) => take(store, 7, `worker-${index}`)));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.entry.owner)).size).toBe(1);
  });

  it('settles 30 sends at once: only its owner settles each, with its message and its audit entries in order', async () => {
    const store = open();
    await store.migrate();
    const taken = await Promise.all(Array.from({ length: 30 }, (_, index) => take(store, index)));
    // A status that came before the send was logged is applied when it is.
    await store.updateMessageStatus({ channelMessageId: 'wamid.4', status: 'delivered', at: t1 });
    const before = store.roundTrips;
    const settled = await Promise.all(
      taken.map(({ entry }, index) =>
        store.finishOutboxSend(
          entry.key,
          index === 5 ? 'worker-b' : 'worker-a',
          index === 9
            ? { state: 'failed', at: t1, error: { code: '131026', message: 'undeliverable' } }
            : { state: 'sent', at: t1, channelMessageId: `wamid.${index}` },
          {
            ...(index === 9 ? {} : { message: message(entry.key, index) }),
            audit: [
              { at: t1, actor: 'system', action: 'first', invoiceId: entry.invoiceId },
              { at: t1, actor: 'system', action: 'second', invoiceId: entry.invoiceId, details: { index } },
            ],
          },
        ),
      ),
    );
    expect(store.roundTrips - before).toBeLessThan(30);
    expect(settled[5]).toBeUndefined();
    expect(settled[9]).toMatchObject({ state: 'failed', lastError: { code: '131026', message: 'undeliverable' } });
    for (const [index, entry] of settled.entries()) {
      if (index === 5 || index === 9) continue;
      expect(entry).toEqual(await store.getOutbox(taken[index]?.entry.key as string));
      expect(entry).toMatchObject({ state: 'sent', channelMessageId: `wamid.${index}`, sentAt: t1 });
      expect(entry?.leaseExpiresAt).toBeUndefined();
    }
    expect((await store.getOutbox(taken[5]?.entry.key as string))?.state).toBe('sending');

    const messages = await store.listMessages();
    expect(messages.map((each) => each.id).sort()).toEqual(
      Array.from({ length: 30 }, (_, index) => index)
        .filter((index) => index !== 5 && index !== 9)
        .map((index) => `msg_${index}`)
        .sort(),
    );
    expect(messages.find((each) => each.id === 'msg_4')?.status).toBe('delivered');
    expect(messages.find((each) => each.id === 'msg_3')).toEqual(message(taken[3]?.entry.key as string, 3));

    const audit = await store.listAudit();
    expect(audit).toHaveLength(29 * 2);
    for (let index = 0; index < 30; index += 1) {
      const own = audit.filter((each) => each.invoiceId === `inv_${index}`);
      if (index === 5) expect(own).toEqual([]);
      else {
        expect(own.map((each) => each.action)).toEqual(['first', 'second']);
        expect((own[1]?.sequence as number) > (own[0]?.sequence as number)).toBe(true);
        expect(own[1]?.details).toEqual({ index });
      }
    }
  });

  it('a batch the database refuses changes nothing: each call runs again alone and gets its own answer', async () => {
    const store = open();
    await store.migrate();
    const taken = await Promise.all(Array.from({ length: 6 }, (_, index) => take(store, index)));
    const settled = await Promise.allSettled(
      taken.map(({ entry }, index) =>
        store.finishOutboxSend(
          entry.key,
          'worker-a',
          { state: 'sent', at: t1, channelMessageId: `wamid.${index}` },
          {
            // Not an array: the server cannot expand it, so the statement carrying this call fails.
            message: { ...message(entry.key, index), ...(index === 2 ? { relatedInvoiceIds: 'inv_0' as never } : {}) },
            audit: [{ at: t1, actor: 'system', action: 'sent', invoiceId: entry.invoiceId }],
          },
        ),
      ),
    );
    expect(settled.map((each) => each.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect((await store.getOutbox(taken[2]?.entry.key as string))?.state).toBe('sending');
    expect((await store.listMessages()).map((each) => each.id).sort()).toEqual([
      'msg_0',
      'msg_1',
      'msg_3',
      'msg_4',
      'msg_5',
    ]);
    expect((await store.listAudit()).map((each) => each.invoiceId).sort()).toEqual([
      'inv_0',
      'inv_1',
      'inv_3',
      'inv_4',
      'inv_5',
    ]);
  });
});
