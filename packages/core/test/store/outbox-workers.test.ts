import { type BillingStoreV1, createMemoryStore } from '@cobro/core';
import { describe, expect, it } from 'vitest';

const t0 = Date.parse('2026-11-23T09:00:00.000Z');
const at = (ms: number) => new Date(t0 + ms).toISOString();

/** A channel that counts what it really sent, per outbox key. */
function countingChannel() {
  const sent = new Map<string, number>();
  return {
    sent,
    async send(outboxKey: string): Promise<string> {
      await Promise.resolve();
      sent.set(outboxKey, (sent.get(outboxKey) ?? 0) + 1);
      return `wamid.${outboxKey}.${sent.get(outboxKey)}`;
    },
  };
}

/** One worker's pass over the due sends, the way the runtime drives the outbox. */
async function runWorker(
  store: BillingStoreV1,
  channel: ReturnType<typeof countingChannel>,
  worker: string,
  due: ReadonlyArray<{ invoiceId: string; stage: string }>,
  now: string,
  crashAfterSending?: string,
): Promise<void> {
  for (const item of due) {
    const { entry } = await store.enqueueOutbox({ ...item, customerId: 'cus_1', payload: { stage: item.stage }, now });
    const taken = await store.beginOutboxSend(entry.key, worker, 30_000, now);
    if (taken === undefined) continue;
    const channelMessageId = await channel.send(entry.key);
    if (entry.key === crashAfterSending) return; // the process dies before recording the result
    await store.finishOutboxSend(entry.key, worker, { state: 'sent', channelMessageId, at: now });
  }
}

describe('outbox with four concurrent workers and a crash', () => {
  it('sends every (invoice, stage) exactly once', async () => {
    const store = createMemoryStore();
    const channel = countingChannel();
    const due = Array.from({ length: 12 }, (_, index) => ({
      invoiceId: `inv_${index % 4}`,
      stage: `reminder:${index}`,
    }));
    const crashKey = (await store.enqueueOutbox({ ...due[5]!, customerId: 'cus_1', payload: null, now: at(0) })).entry
      .key;

    await Promise.all(
      ['w1', 'w2', 'w3', 'w4'].map((worker, index) =>
        // Whichever worker takes `crashKey` dies right after the channel accepted it.
        runWorker(store, channel, worker, index % 2 === 0 ? due : [...due].reverse(), at(0), crashKey),
      ),
    );
    // The restarted process recovers expired leases; the crashed send becomes ambiguous, not pending.
    await Promise.all(['w1', 'w2', 'w3', 'w4'].map((worker) => runWorker(store, channel, worker, due, at(1_000))));
    const recovered = await store.recoverExpiredOutbox(at(60_000));
    await Promise.all(['w5', 'w6'].map((worker) => runWorker(store, channel, worker, due, at(61_000))));

    expect(channel.sent.size).toBe(12);
    for (const [, count] of channel.sent) expect(count).toBe(1);
    expect(recovered.map((entry) => [entry.key, entry.state])).toEqual([[crashKey, 'ambiguous']]);
    const entries = await store.listOutbox();
    expect(entries.filter((entry) => entry.state === 'sent')).toHaveLength(11);
    expect(entries.every((entry) => entry.attempts === 1)).toBe(true);
  });
});
