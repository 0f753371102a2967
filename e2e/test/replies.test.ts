import type { CobroEventMap } from '@cobro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

// Monday 30 November 2026, 11:00 in Mexico City.
const start = '2026-11-30T17:00:00.000Z';

describe('replies on WhatsApp', () => {
  let world: World;
  const inbound: CobroEventMap['inbound.message'][] = [];
  afterEach(async () => {
    inbound.length = 0;
    await world?.close();
  });

  async function setUp() {
    const clock = { value: Date.parse(start) };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], { clock });
    world.billing.events.on('inbound.message', (event) => inbound.push(event));
    await world.billing.saveCustomer(mexicanCustomer(1));
    await world.billing.addInvoice(mexicanInvoice(1, '2026-12-04', '500.00'));
    await world.billing.saveCustomer({ ...mexicanCustomer(2), id: 'c-002' });
    await world.billing.addInvoice(mexicanInvoice(2, '2026-12-10', '250.00'));
    // Invoice 2 belongs to customer 1 too: a balance request lists both.
    await world.billing.store.putInvoice({
      ...(await world.billing.store.getInvoice('inv-002'))!,
      customerId: 'c-001',
    });
    await world.billing.sendInvoice('inv-001');
    return clock;
  }
  const phone = '+525512341001';
  const say = (text: string, options?: { groupId?: string }) =>
    world.post('/webhooks/whatsapp', world.whatsapp.inboundText(phone, text, options));
  const lastText = () => {
    const body = world.messages().at(-1)?.body as { text?: { body: string }; interactive?: { body: { text: string } } };
    return body.text?.body ?? body.interactive?.body.text ?? '';
  };

  it.each(['STOP', 'baja', 'Sair', 'ANNULLA', ' stop. '])(
    '"%s" stops every reminder at once and is confirmed',
    async (word) => {
      const clock = await setUp();
      expect(await say(word)).toBe(200);
      const customer = await world.billing.store.getCustomer('c-001');
      expect(customer?.optOut?.source).toBe('whatsapp-reply');
      expect(lastText()).toMatch(/Ya no recibirás recordatorios de pago/);
      const sent = world.messages().length;
      for (let day = 1; day <= 10; day++) {
        clock.value = Date.parse(start) + day * 86_400_000;
        await world.billing.runDueReminders();
      }
      expect(world.messages()).toHaveLength(sent);
    },
  );

  it('does not read "stop" inside a sentence as an opt-out', async () => {
    await setUp();
    await say('can you stop by the shop tomorrow?');
    expect((await world.billing.store.getCustomer('c-001'))?.optOut).toBeUndefined();
    expect(inbound.at(-1)?.intent).toBe('other');
  });

  it('answers a balance request with every open invoice and its link', async () => {
    await setUp();
    await say('¿Cuánto debo?');
    expect(lastText()).toMatch(/tienes 2 facturas pendientes, con un total de \$750\.00/);
    expect(lastText()).toMatch(/F-0001 por \$500\.00 \(vencimiento: 4 de diciembre de 2026\)/);
    expect(lastText()).toMatch(/F-0002 por \$250\.00 \(vencimiento: 10 de diciembre de 2026\)/);
    // Each invoice's own link, once each, on its own line.
    expect(lastText()).toMatch(/\nF-0001: https:\/\/pay\.example\.com\/l\//);
    expect(lastText()).toMatch(/\nF-0002: https:\/\/pay\.example\.com\/l\//);
    expect(inbound.at(-1)?.intent).toBe('balance');
  });

  it('records a promise to pay with its date, holds reminders, and resumes them when it is broken', async () => {
    const clock = await setUp();
    const broken: CobroEventMap['promise.broken'][] = [];
    world.billing.events.on('promise.broken', (event) => broken.push(event));
    // "Pay on a date" from the reminder's button, then the date as a plain reply.
    expect(
      await world.post(
        '/webhooks/whatsapp',
        world.whatsapp.buttonReply(phone, { id: 'cobro:pay-on-date:inv-001', title: 'Pagar en una fecha' }),
      ),
    ).toBe(200);
    expect(lastText()).toMatch(/¿En qué fecha pagarás la factura F-0001/);
    await say('el 8/12');
    const invoice = await world.billing.getInvoice('inv-001');
    expect(invoice?.promiseToPay?.date).toBe('2026-12-08');
    expect(lastText()).toMatch(/8 de diciembre de 2026/);

    const remindersOf = () =>
      world
        .messages()
        .filter((message) => message.reference?.startsWith('inv-001:reminder'))
        .map((message) => message.at);
    for (let day = 1; day <= 8; day++) {
      clock.value = Date.parse(start) + day * 86_400_000;
      await world.billing.runDueReminders();
    }
    expect(remindersOf()).toEqual([]);
    for (let day = 9; day <= 14; day++) {
      clock.value = Date.parse(start) + day * 86_400_000;
      await world.billing.runDueReminders();
    }
    expect(broken.map((event) => event.invoiceId)).toEqual(['inv-001']);
    expect(remindersOf().length).toBeGreaterThan(0);
    expect(remindersOf().every((at) => at >= new Date('2026-12-09T00:00:00Z'))).toBe(true);
  });

  it('"I already paid" pauses reminders and "Talk to someone" reaches the app', async () => {
    await setUp();
    await world.post(
      '/webhooks/whatsapp',
      world.whatsapp.buttonReply(phone, { id: 'cobro:already-paid:inv-001', title: 'Pago realizado' }),
    );
    expect((await world.billing.getInvoice('inv-001'))?.promiseToPay?.source).toBe('customer-says-paid');
    expect(lastText()).toMatch(/Alguien del equipo de Florería Jacaranda te responderá/);
    await world.post(
      '/webhooks/whatsapp',
      world.whatsapp.buttonReply(phone, { id: 'cobro:talk-to-someone:inv-001', title: 'Hablar con alguien' }),
    );
    expect(inbound.map((event) => event.intent)).toEqual(['already-paid', 'talk-to-someone']);
  });

  it('never answers in a group, and passes unknown senders to the app', async () => {
    await setUp();
    const before = world.messages().length;
    expect(await say('STOP', { groupId: 'Y2FwaV9ncm91cDpFWEFNUExF' })).toBe(200);
    expect((await world.billing.store.getCustomer('c-001'))?.optOut).toBeUndefined();
    expect(inbound.at(-1)?.intent).toBe('group');
    await world.post('/webhooks/whatsapp', world.whatsapp.inboundText('+525599998888', 'hola'));
    expect(inbound.at(-1)).toMatchObject({ intent: 'unknown-sender' });
    expect(world.messages()).toHaveLength(before);
  });

  it('records statuses in the message log and ignores a replayed delivery', async () => {
    await setUp();
    const [sent] = world.messages();
    const delivery = world.whatsapp.status(sent!.messageId, 'read');
    expect(await world.post('/webhooks/whatsapp', delivery)).toBe(200);
    expect(await world.post('/webhooks/whatsapp', delivery)).toBe(200);
    const [logged] = await world.billing.store.listMessages({ direction: 'outbound' });
    expect(logged?.status).toBe('read');
    const reply = world.whatsapp.inboundText(phone, 'hola');
    await world.post('/webhooks/whatsapp', reply);
    await world.post('/webhooks/whatsapp', reply);
    expect(await world.billing.store.listMessages({ direction: 'inbound' })).toHaveLength(1);
  });
});
