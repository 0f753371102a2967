// A webhook handler verifies, records and enqueues, then answers: it never waits on WhatsApp. What it queued goes out
// in the drain (`runDueReminders`, or the `waitUntil` the platform gives), exactly once.
import { createBilling } from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

const start = Date.parse('2026-12-02T17:00:00.000Z');

describe('webhook handlers answer before any send', () => {
  let world: World;
  afterEach(() => world?.close());

  it('answers a signed STOP without calling WhatsApp, and the drain sends the confirmation once', async () => {
    const clock = { value: start };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], { clock });
    await world.billing.saveCustomer(mexicanCustomer(1));
    await world.billing.addInvoice(mexicanInvoice(1, '2026-12-04'));
    await world.billing.sendInvoice('inv-001');
    const before = world.messages().length;

    // A handler with no waitUntil: the answer is all the request does.
    const handler = world.billing.channelWebhookHandler();
    const delivery = world.whatsapp.inboundText('+525512341001', 'STOP');
    const response = await handler(
      new Request('http://app/webhooks/whatsapp', {
        method: 'POST',
        body: delivery.rawBody as string,
        headers: delivery.headers as Record<string, string>,
      }),
    );
    expect(response.status).toBe(200);
    expect(world.messages()).toHaveLength(before);
    expect((await world.store.getCustomer('c-001'))?.optOut?.source).toBe('whatsapp-reply');
    const queued = await world.store.listOutbox({ states: ['pending'] });
    expect(queued.map((entry) => entry.stage)).toEqual([expect.stringMatching(/^reply:/)]);

    // Two workers drain at once: the confirmation goes out once.
    const second = createBilling({
      channel: world.channel,
      store: world.store,
      providers: [provider.provider],
      business: { name: 'Florería Jacaranda' },
      clock: () => new Date(clock.value),
    });
    await Promise.all([world.billing.runDueReminders(), second.runDueReminders()]);
    const after = world.messages().slice(before);
    expect(after).toHaveLength(1);
    expect(JSON.stringify(after[0]?.body)).toMatch(/recordatorios/);
    // A redelivery of the same STOP queues nothing more.
    expect(await world.post('/webhooks/whatsapp', delivery)).toBe(200);
    expect(world.messages().slice(before)).toHaveLength(1);
  });

  it('answers a signed payment without calling WhatsApp; the thank-you waits for the drain', async () => {
    const clock = { value: start };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], { clock });
    await world.billing.saveCustomer(mexicanCustomer(1));
    await world.billing.addInvoice(mexicanInvoice(1, '2026-12-04'));
    await world.billing.sendInvoice('inv-001');
    const before = world.messages().length;
    const [link] = await world.store.listPaymentLinks('inv-001');
    const handler = world.billing.paymentWebhookHandler(provider.provider.provider);
    const delivery = await provider.pay(link!.linkId);
    const response = await handler(
      new Request('http://app/webhooks/pay', {
        method: 'POST',
        body: typeof delivery.rawBody === 'string' ? delivery.rawBody : Buffer.from(delivery.rawBody),
        headers: delivery.headers as Record<string, string>,
      }),
    );
    expect(response.status).toBe(200);
    expect((await world.billing.getInvoice('inv-001'))?.status).toBe('paid');
    expect(world.messages()).toHaveLength(before);
    await world.billing.runDueReminders();
    expect(world.messages()).toHaveLength(before + 1);
  });
});
