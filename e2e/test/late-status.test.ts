// An answer lost after WhatsApp took the message: the send is ambiguous, and only evidence about that very message
// settles it. Statuses come late (minutes to hours), out of order, twice, or never; none of it may cause a second send.
import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

// Friday 4 December 2026, 11:00 in Mexico City: every invoice is due today.
const dueAt = Date.parse('2026-12-04T17:00:00.000Z');
const minute = 60_000;
const customers = 6;

describe('late, repeated, reordered and missing statuses', () => {
  let world: World;
  afterEach(() => world?.close());

  async function setUp() {
    const clock = { value: dueAt };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], { clock, whatsappTimeoutMs: 1_500 });
    for (let index = 1; index <= customers; index++) {
      await world.billing.saveCustomer(mexicanCustomer(index));
      await world.billing.addInvoice(mexicanInvoice(index, '2026-12-04'));
    }
    return clock;
  }
  const sentTwice = () => {
    const references = world.messages().map((message) => message.reference);
    return references.filter((reference, index) => references.indexOf(reference) !== index);
  };
  const deliverAll = async (status: 'sent' | 'delivered' | 'read', except: readonly string[] = []) => {
    for (const message of world.messages())
      if (!except.includes(message.messageId))
        expect(await world.post('/webhooks/whatsapp', world.whatsapp.status(message.messageId, status))).toBe(200);
  };

  it('never re-sends an ambiguous send while other messages are delivered, and settles it by its own late status', async () => {
    const clock = await setUp();
    // The first two sends reach WhatsApp but their answers are lost.
    world.whatsapp.failNext({ timeout: true, accepted: true }, { timeout: true, accepted: true });
    const first = await world.billing.runDueReminders();
    const ambiguous = first.outcomes.filter((outcome) => outcome.state === 'ambiguous').map((each) => each.key);
    expect(ambiguous).toHaveLength(2);
    const lost = world.messages().filter((message) => ambiguous.includes(message.reference ?? ''));
    expect(lost).toHaveLength(2);

    // Hours of other messages being delivered and read, with runs every 10 minutes: no evidence about the lost two.
    for (let step = 1; step <= 18; step++) {
      clock.value = dueAt + step * 10 * minute;
      await deliverAll(
        step % 2 ? 'delivered' : 'read',
        lost.map((message) => message.messageId),
      );
      await world.billing.runDueReminders();
    }
    expect(sentTwice()).toEqual([]);
    expect((await world.store.listOutbox({ states: ['ambiguous'] })).map((entry) => entry.key).sort()).toEqual(
      [...ambiguous].sort(),
    );

    // Three hours late, out of order and twice: `read` before `sent`. The message is known: sent, once.
    const [late, never] = lost;
    for (const status of ['read', 'sent', 'sent', 'delivered'] as const)
      expect(await world.post('/webhooks/whatsapp', world.whatsapp.status(late!.messageId, status))).toBe(200);
    await world.billing.runDueReminders();
    expect((await world.store.getOutbox(late!.reference!))?.state).toBe('sent');
    const logged = await world.store.listMessages({ direction: 'outbound' });
    expect(logged.filter((message) => message.outboxKey === late!.reference)).toHaveLength(1);
    expect(logged.find((message) => message.outboxKey === late!.reference)?.status).toBe('read');

    // The other status never comes: it stays for a person, a day later still not re-sent.
    clock.value = dueAt + 26 * 60 * minute;
    await world.billing.runDueReminders();
    expect((await world.store.getOutbox(never!.reference!))?.state).toBe('ambiguous');
    expect(sentTwice()).toEqual([]);
    expect(world.messages()).toHaveLength(customers);
  });

  it('settles a send still in flight from its status, so the restarted worker does not send it again', async () => {
    const clock = await setUp();
    let crashed = false;
    const store = world.store;
    await world.close();
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], {
      clock,
      store,
      workerId: 'dies-after-the-call',
      beforeSendStep: (step) => {
        if (step === 'log' && !crashed) {
          crashed = true;
          throw new Error('killed after WhatsApp took the message');
        }
      },
    });
    await expect(world.billing.runDueReminders()).rejects.toThrow('killed');
    const [inFlight] = await store.listOutbox({ states: ['sending'] });
    expect(inFlight).toBeDefined();
    const message = world.messages().find((each) => each.reference === inFlight!.key);
    // The status arrives while the entry is still `sending` (its lease has not run out).
    expect(await world.post('/webhooks/whatsapp', world.whatsapp.status(message!.messageId, 'delivered'))).toBe(200);
    expect((await store.getOutbox(inFlight!.key))?.state).toBe('sent');
    // After the lease, another worker runs: nothing is recovered as ambiguous, nothing goes twice, the rest goes.
    clock.value = dueAt + 5 * minute;
    const restarted = await world.billing.runDueReminders();
    expect(restarted.reconciled.unresolved).toEqual([]);
    expect(sentTwice()).toEqual([]);
    expect(world.messages()).toHaveLength(customers);
    expect(await store.listOutbox({ states: ['pending', 'sending', 'ambiguous', 'failed'] })).toEqual([]);
  });
});
