import { createBilling, createMemoryStore, type SendStep } from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

// Friday 4 December 2026, 11:00 in Mexico City: both invoices are due today.
const crashAt = Date.parse('2026-12-04T17:00:00.000Z');
const minute = 60_000;
const steps: SendStep[] = ['enqueue', 'begin', 'call', 'log', 'finish'];

describe('a crash between any two steps of a send, then a restart', () => {
  let world: World;
  afterEach(() => world?.close());

  it.each(steps)('before "%s": every reminder goes out exactly once', async (step) => {
    const clock = { value: crashAt };
    const store = createMemoryStore();
    const provider = await referenceProvider.create(() => new Date(clock.value));
    let crashed = false;
    world = await createWorld('', [provider], {
      clock,
      store,
      workerId: 'worker-that-crashes',
      beforeSendStep: (current) => {
        if (current === step && !crashed) {
          crashed = true;
          throw new Error(`crash before ${step}`);
        }
      },
    });
    for (const index of [1, 2]) {
      await world.billing.saveCustomer(mexicanCustomer(index));
      await world.billing.addInvoice(mexicanInvoice(index, '2026-12-04'));
    }
    await expect(world.billing.runDueReminders()).rejects.toThrow(`crash before ${step}`);

    // The process is gone. A new one starts on the same store and the same WhatsApp number after the lease ran out.
    const restarted = createBilling({
      channel: world.channel,
      store,
      providers: [provider.provider],
      business: { name: 'Florería Jacaranda' },
      clock: () => new Date(clock.value),
      workerId: 'worker-after-restart',
    });
    for (const offset of [3, 4, 20, 21, 40]) {
      clock.value = crashAt + offset * minute;
      await restarted.runDueReminders();
      for (const message of world.messages())
        await restarted.handleChannelWebhook(world.whatsapp.status(message.messageId, 'delivered'));
    }

    const expected = ['inv-001:reminder%3Ainv-001%3A1%3Adue', 'inv-002:reminder%3Ainv-002%3A1%3Adue'];
    if (step === 'call') {
      // The worker died holding the send before the request left: nothing about that message can ever prove it did
      // not go out (statuses may come hours late, or never), so it waits for a person, and is never re-sent blindly.
      const [held] = await store.listOutbox({ states: ['ambiguous'] });
      expect(held?.key).toBeDefined();
      expect(world.messages().map((message) => message.reference)).not.toContain(held?.key);
      await restarted.runDueReminders();
      expect(world.messages()).toHaveLength(1);
      // The person looks at the chat, sees no message, and has it sent.
      await store.resolveOutbox(held?.key as string, { state: 'pending', at: world.now().toISOString() });
      await restarted.runDueReminders();
    }
    const references = world.messages().map((message) => message.reference);
    expect(references.sort()).toEqual(expected);
    expect(await store.listOutbox({ states: ['pending', 'sending', 'ambiguous', 'failed'] })).toEqual([]);
    const logged = await store.listMessages({ direction: 'outbound' });
    expect(logged.map((message) => message.outboxKey).sort()).toEqual(references);
  });
});
