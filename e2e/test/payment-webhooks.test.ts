import { createConekta } from '@cobro/conekta';
import { type CobroEventMap, parseMoney } from '@cobro/core';
import { type ConektaEmulator, createConektaEmulator, createInMemoryPaymentProvider } from '@cobro/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { createWorld, type World } from './support/world';

const start = '2026-11-30T17:00:00.000Z';

describe('payment webhooks', () => {
  let world: World;
  let emulator: ConektaEmulator;
  afterEach(() => world?.close());

  async function conektaWorld() {
    const clock = { value: Date.parse(start) };
    const now = () => new Date(clock.value);
    emulator = await createConektaEmulator({ now });
    const provider = createConekta({
      privateKey: emulator.privateKey,
      webhookPublicKey: emulator.webhookPublicKey,
      baseURL: emulator.baseURL,
      now,
    });
    world = await createWorld(
      '',
      [{ provider, pay: async (id) => emulator.pay(id).webhook, close: () => emulator.close() }],
      {
        clock,
      },
    );
    await world.billing.saveCustomer(mexicanCustomer(1));
    await world.billing.addInvoice(mexicanInvoice(1, '2026-12-04', '1234.50'));
    await world.billing.sendInvoice('inv-001');
    const [link] = await world.billing.store.listPaymentLinks('inv-001');
    return link!;
  }

  it('leaves the invoice unpaid and raises payment.mismatch when the signed amount differs from the re-fetched payment', async () => {
    const link = await conektaWorld();
    const mismatches: CobroEventMap['payment.mismatch'][] = [];
    world.billing.events.on('payment.mismatch', (event) => mismatches.push(event));
    const { webhook } = emulator.pay(link.linkId);
    const event = JSON.parse(String(webhook.rawBody)) as { data: { object: { amount: number } } };
    event.data.object.amount = 999_999; // signed by the provider's key, but not what the order says
    const forged = emulator.sign(event);
    expect(await world.post('/webhooks/conekta', forged)).toBe(200);
    const invoice = await world.billing.getInvoice('inv-001');
    expect(invoice?.status).toBe('open');
    expect(invoice?.payments).toEqual([]);
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]?.reason).toMatch(/999999 MXN .* 123450 MXN/);
    expect((await world.billing.store.listAudit({})).map((entry) => entry.action)).toContain('payment.mismatch');
  });

  it('refuses a bad signature before reading the body, and books nothing', async () => {
    const link = await conektaWorld();
    const { webhook } = emulator.pay(link.linkId);
    const tampered = { ...webhook, rawBody: String(webhook.rawBody).replace('"paid"', '"paid" ') };
    expect(await world.post('/webhooks/conekta', tampered)).toBe(401);
    expect((await world.billing.getInvoice('inv-001'))?.payments).toEqual([]);
  });

  it('records one payment from duplicate, concurrent and out-of-order deliveries', async () => {
    const link = await conektaWorld();
    const pending = emulator.pay(link.linkId, { method: 'cash', pending: true });
    const paid = emulator.settle(pending.order.id as string);
    // The paid event first, then the same again three times at once, then the stale pending one.
    const statuses = await Promise.all(
      [paid, paid, paid, paid].map((delivery) => world.post('/webhooks/conekta', delivery)),
    );
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(await world.post('/webhooks/conekta', pending.webhook)).toBe(200);
    const invoice = await world.billing.getInvoice('inv-001');
    expect(invoice?.status).toBe('paid');
    expect(invoice?.payments).toHaveLength(1);
    expect(invoice?.payments[0]?.amount).toEqual(parseMoney('1234.50', 'MXN'));
    const confirmations = world.messages().filter((message) => message.reference?.includes('payment'));
    expect(confirmations).toHaveLength(1);
  });
});

describe('money the business handles itself', () => {
  let world: World;
  afterEach(() => world?.close());

  it('records part payments by hand, raises invoice.overpaid on a second payment, voids and refunds', async () => {
    const clock = { value: Date.parse(start) };
    const now = () => new Date(clock.value);
    const provider = createInMemoryPaymentProvider({
      webhookSecret: 'whsec_e2e',
      now,
      linkBaseUrl: 'https://pay.example.com/l/',
    });
    world = await createWorld(
      '',
      [{ provider, pay: async (id) => (await provider.completePayment(id)).delivery, close: async () => {} }],
      {
        clock,
        offlinePaymentOptions: [
          { kind: 'clabe', clabe: '002180700000000019', bank: 'Banamex', accountName: 'Florería Jacaranda' },
        ],
      },
    );
    const { billing } = world;
    const overpaid: CobroEventMap['invoice.overpaid'][] = [];
    billing.events.on('invoice.overpaid', (event) => overpaid.push(event));
    await billing.saveCustomer(mexicanCustomer(1));
    await billing.saveCustomer(mexicanCustomer(2));
    await billing.addInvoice(mexicanInvoice(1, '2026-12-04', '1000.00'));
    await billing.addInvoice(mexicanInvoice(2, '2026-12-04', '300.00'));
    await billing.sendInvoice('inv-001');

    const part = await billing.recordPayment('inv-001', {
      amount: parseMoney('400.00', 'MXN'),
      method: 'bank-transfer',
      reference: 'SPEI-7781',
    });
    expect(part.status).toBe('partially_paid');
    expect(part.balance).toEqual(parseMoney('600.00', 'MXN'));
    // The same transfer recorded twice is one payment.
    await billing.recordPayment('inv-001', {
      amount: parseMoney('400.00', 'MXN'),
      method: 'bank-transfer',
      reference: 'SPEI-7781',
    });
    expect((await billing.getInvoice('inv-001'))?.payments).toHaveLength(1);
    // The old link asked for 1,000; a new one asks for the 600 left, and the old one is expired.
    const links = await billing.store.listPaymentLinks('inv-001');
    expect(links.map((link) => [link.amount.amountMinor, link.state])).toEqual([
      [100_000, 'expired'],
      [60_000, 'active'],
    ]);
    const partial = world.messages().at(-1);
    expect(JSON.stringify(partial?.body)).toMatch(/600\.00/);

    const active = links[1]!;
    expect(await world.post('/webhooks/in-memory', (await provider.completePayment(active.linkId)).delivery)).toBe(200);
    expect((await billing.getInvoice('inv-001'))?.status).toBe('paid');
    await billing.recordPayment('inv-001', {
      amount: parseMoney('50.00', 'MXN'),
      method: 'cash',
      reference: 'CAJA-12',
    });
    expect(overpaid).toHaveLength(1);
    expect(overpaid[0]?.overpaid).toEqual(parseMoney('50.00', 'MXN'));

    const refunded = await billing.refundPayment('inv-001', { providerPaymentId: 'CAJA-12', reason: 'paid twice' });
    expect(refunded.overpaid.amountMinor).toBe(0);

    const voided = await billing.voidInvoice('inv-002', { reason: 'order cancelled' });
    expect(voided.status).toBe('void');
    const before = world.messages().length;
    clock.value = Date.parse('2026-12-04T17:00:00.000Z');
    await billing.runDueReminders();
    // inv-001 is paid and inv-002 void: nothing to remind.
    expect(world.messages()).toHaveLength(before);
  });
});
