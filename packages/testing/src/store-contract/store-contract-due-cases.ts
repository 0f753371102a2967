import { createCustomer, ValidationError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { at, type FreshStore, openInvoice, outboundMessage, rejection, t0 } from './store-contract-harness';

const customer = (id: string) =>
  createCustomer({
    id,
    name: 'Ana',
    phone: '+52 55 1234 5678',
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    country: 'MX',
  });

const enqueue = (customerId: string, invoiceId: string, stage: string, notBefore?: string) => ({
  invoiceId,
  stage,
  customerId,
  payload: { messageKey: 'overdue-gentle', note: null },
  now: t0,
  ...(notBefore === undefined ? {} : { notBefore }),
});

const ids = (due: readonly { customerId: string }[]) => due.map((item) => item.customerId);

/** @internal The due index, customer work, the inbound window, send slots and send effects. */
export function describeDueCases(name: string, freshStore: FreshStore): void {
  describe(`${name}: due index`, () => {
    it('is lowered by markCustomerDue, putInvoice and enqueueOutbox, and never raised by them', async () => {
      const store = await freshStore();
      await store.markCustomerDue('cus_a', at(30));
      await store.markCustomerDue('cus_a', at(60)); // later: keeps 30
      await store.putInvoice(openInvoice({ customerId: 'cus_b' }), { customerDueAt: at(20) });
      await store.enqueueOutbox(enqueue('cus_c', 'inv_c', 'reminder:0', at(40)));
      await store.enqueueOutbox(enqueue('cus_d', 'inv_d', 'reminder:0'));
      expect(await store.claimDueCustomers({ owner: 'w', now: at(10), leaseMs: 60_000, limit: 10 })).toEqual([
        expect.objectContaining({ customerId: 'cus_d', dueAt: t0 }),
      ]);
      const due = await store.claimDueCustomers({ owner: 'w2', now: at(50), leaseMs: 60_000, limit: 10 });
      expect(due.map((item) => [item.customerId, item.dueAt])).toEqual([
        ['cus_b', at(20)],
        ['cus_a', at(30)],
        ['cus_c', at(40)],
      ]);
      expect(due.every((item) => Number.isSafeInteger(item.dueSequence))).toBe(true);
    });

    it('takes customers earliest first, in pages, each to one owner while the lease lasts', async () => {
      const store = await freshStore();
      for (let n = 0; n < 5; n += 1) await store.markCustomerDue(`cus_${n}`, at(5 - n));
      const first = await store.claimDueCustomers({ owner: 'a', now: at(10), leaseMs: 1000, limit: 2 });
      expect(ids(first)).toEqual(['cus_4', 'cus_3']);
      const second = await store.claimDueCustomers({ owner: 'b', now: at(10), leaseMs: 1000, limit: 10 });
      expect(ids(second)).toEqual(['cus_2', 'cus_1', 'cus_0']);
      expect(await store.claimDueCustomers({ owner: 'c', now: at(10.5), leaseMs: 1000, limit: 10 })).toEqual([]);
      // a's worker died: its customers come back once the lease ends.
      expect(ids(await store.claimDueCustomers({ owner: 'c', now: at(11), leaseMs: 1000, limit: 10 }))).toEqual([
        'cus_4',
        'cus_3',
        'cus_2',
        'cus_1',
        'cus_0',
      ]);
    });

    it('settles to the runtime’s next instant, or none; only the owner may settle', async () => {
      const store = await freshStore();
      await store.markCustomerDue('cus_1', t0);
      await store.markCustomerDue('cus_2', t0);
      const due = await store.claimDueCustomers({ owner: 'a', now: t0, leaseMs: 60_000, limit: 10 });
      const [one, two] = due;
      expect(await store.settleDueCustomer({ customerId: 'cus_1', owner: 'b', dueSequence: one!.dueSequence })).toBe(
        false,
      );
      expect(
        await store.settleDueCustomer({
          customerId: 'cus_1',
          owner: 'a',
          dueSequence: one!.dueSequence,
          nextDueAt: at(3600),
        }),
      ).toBe(true);
      expect(await store.settleDueCustomer({ customerId: 'cus_2', owner: 'a', dueSequence: two!.dueSequence })).toBe(
        true,
      );
      expect(await store.settleDueCustomer({ customerId: 'cus_2', owner: 'a', dueSequence: two!.dueSequence })).toBe(
        false,
      );
      expect(await store.claimDueCustomers({ owner: 'a', now: at(3599), leaseMs: 1000, limit: 10 })).toEqual([]);
      expect(ids(await store.claimDueCustomers({ owner: 'a', now: at(3600), leaseMs: 1000, limit: 10 }))).toEqual([
        'cus_1',
      ]);
    });

    it('keeps the earlier instant when a write made the customer due during the claim', async () => {
      const store = await freshStore();
      await store.markCustomerDue('cus_1', t0);
      const [claimed] = await store.claimDueCustomers({ owner: 'a', now: t0, leaseMs: 60_000, limit: 1 });
      // While the run plans, a reply schedules a send at +5 min.
      await store.enqueueOutbox(enqueue('cus_1', 'inv_1', 'reply', at(300)));
      await store.settleDueCustomer({
        customerId: 'cus_1',
        owner: 'a',
        dueSequence: claimed!.dueSequence,
        nextDueAt: at(86_400),
      });
      // The write's instant is not lost under the runtime's later plan: due by +5 min at the latest (a store may
      // keep the claimed instant instead, which is earlier still).
      const [again] = await store.claimDueCustomers({ owner: 'a', now: at(300), leaseMs: 1000, limit: 1 });
      expect(again?.customerId).toBe('cus_1');
      expect(Date.parse(again!.dueAt)).toBeLessThanOrEqual(Date.parse(at(300)));
      expect(again!.dueSequence).not.toBe(claimed!.dueSequence);
    });

    it('is lowered by a retry: finishOutboxSend and resolveOutbox back to pending', async () => {
      const store = await freshStore();
      const { entry } = await store.enqueueOutbox(enqueue('cus_1', 'inv_1', 'reminder:0'));
      const [claimed] = await store.claimDueCustomers({ owner: 'a', now: t0, leaseMs: 60_000, limit: 1 });
      await store.settleDueCustomer({ customerId: 'cus_1', owner: 'a', dueSequence: claimed!.dueSequence });
      await store.beginOutboxSend(entry.key, 'w', 10_000, t0);
      await store.finishOutboxSend(entry.key, 'w', { state: 'pending', at: at(1), notBefore: at(120) });
      expect(await store.claimDueCustomers({ owner: 'a', now: at(119), leaseMs: 1000, limit: 1 })).toEqual([]);
      const [again] = await store.claimDueCustomers({ owner: 'a', now: at(120), leaseMs: 1000, limit: 1 });
      expect(again?.dueAt).toBe(at(120));
      await store.settleDueCustomer({ customerId: 'cus_1', owner: 'a', dueSequence: again!.dueSequence });
      await store.beginOutboxSend(entry.key, 'w', 1000, at(120));
      await store.recoverExpiredOutbox(at(200));
      await store.resolveOutbox(entry.key, { state: 'pending', at: at(300) });
      expect(ids(await store.claimDueCustomers({ owner: 'a', now: at(300), leaseMs: 1000, limit: 1 }))).toEqual([
        'cus_1',
      ]);
    });

    it('takes only the named customers when asked, and only when due and free', async () => {
      const store = await freshStore();
      await store.markCustomerDue('cus_1', t0);
      await store.markCustomerDue('cus_2', t0);
      await store.markCustomerDue('cus_3', at(60));
      await store.claimDueCustomers({ owner: 'other', now: t0, leaseMs: 60_000, limit: 1, customerIds: ['cus_2'] });
      const taken = await store.claimDueCustomers({
        owner: 'a',
        now: at(1),
        leaseMs: 60_000,
        limit: 10,
        customerIds: ['cus_2', 'cus_3', 'cus_9'],
      });
      expect(taken).toEqual([]);
      expect(
        ids(
          await store.claimDueCustomers({ owner: 'a', now: at(1), leaseMs: 1000, limit: 10, customerIds: ['cus_1'] }),
        ),
      ).toEqual(['cus_1']);
    });

    it('settles a send still sending once a status proves it went out; the worker’s late answer changes nothing', async () => {
      const store = await freshStore();
      const { entry } = await store.enqueueOutbox(enqueue('cus_1', 'inv_1', 'reminder:0'));
      await store.beginOutboxSend(entry.key, 'w', 10_000, t0);
      expect(await store.resolveOutbox(entry.key, { state: 'pending', at: at(1) })).toBeUndefined();
      const resolved = await store.resolveOutbox(entry.key, { state: 'sent', channelMessageId: 'wamid.1', at: at(1) });
      expect(resolved).toMatchObject({ state: 'sent', channelMessageId: 'wamid.1' });
      expect(
        await store.finishOutboxSend(entry.key, 'w', {
          state: 'ambiguous',
          at: at(2),
          error: { code: 'x', message: 'x' },
        }),
      ).toBeUndefined();
      expect((await store.getOutbox(entry.key))?.state).toBe('sent');
    });

    it('hands each due customer to exactly one of many concurrent workers', async () => {
      const store = await freshStore();
      for (let n = 0; n < 40; n += 1) await store.markCustomerDue(`cus_${String(n).padStart(2, '0')}`, at(n));
      const pages = await Promise.all(
        Array.from({ length: 8 }, (_, worker) =>
          store.claimDueCustomers({ owner: `w${worker}`, now: at(100), leaseMs: 60_000, limit: 7 }),
        ),
      );
      const taken = pages.flatMap(ids);
      expect(new Set(taken).size).toBe(taken.length);
      expect(taken.length).toBe(40);
    });

    it('refuses a malformed claim and changes nothing', async () => {
      const store = await freshStore();
      await store.markCustomerDue('cus_1', t0);
      const error = await rejection(store.claimDueCustomers({ owner: 'a', now: 'soon', leaseMs: 1000, limit: 1 }));
      expect(ValidationError.isInstance(error)).toBe(true);
      expect(ValidationError.isInstance(await rejection(store.markCustomerDue('cus_2', 'later')))).toBe(true);
      expect(ids(await store.claimDueCustomers({ owner: 'a', now: t0, leaseMs: 1000, limit: 5 }))).toEqual(['cus_1']);
    });
  });

  describe(`${name}: settling several customers at once (settleDueCustomers, optional)`, () => {
    it('settles each as settleDueCustomer would: next instant, none, a write during the claim, wrong owner', async () => {
      const store = await freshStore();
      if (typeof store.settleDueCustomers !== 'function') return;
      for (const id of ['cus_1', 'cus_2', 'cus_3', 'cus_4']) await store.markCustomerDue(id, t0);
      const due = await store.claimDueCustomers({ owner: 'a', now: t0, leaseMs: 600_000, limit: 10 });
      const sequence = (id: string) => due.find((each) => each.customerId === id)!.dueSequence;
      // While the run plans cus_3, a reply schedules a send at +5 min.
      await store.enqueueOutbox(enqueue('cus_3', 'inv_3', 'reply', at(300)));
      const settled = await store.settleDueCustomers([
        { customerId: 'cus_1', owner: 'a', dueSequence: sequence('cus_1'), nextDueAt: at(3600) },
        { customerId: 'cus_2', owner: 'a', dueSequence: sequence('cus_2') },
        { customerId: 'cus_3', owner: 'a', dueSequence: sequence('cus_3'), nextDueAt: at(86_400) },
        { customerId: 'cus_4', owner: 'b', dueSequence: sequence('cus_4') },
        { customerId: 'cus_1', owner: 'a', dueSequence: sequence('cus_1'), nextDueAt: at(1) },
      ]);
      // The second cus_1 finds it handed back already; cus_4 is a's, not b's.
      expect(settled).toEqual([true, true, true, false, false]);
      expect(await store.settleDueCustomers([])).toEqual([]);
      expect(await store.claimDueCustomers({ owner: 'c', now: at(299), leaseMs: 1000, limit: 10 })).toEqual([]);
      const [reply] = await store.claimDueCustomers({ owner: 'c', now: at(300), leaseMs: 1000, limit: 10 });
      expect(reply?.customerId).toBe('cus_3');
      expect(
        await store.settleDueCustomers([{ customerId: 'cus_3', owner: 'c', dueSequence: reply!.dueSequence }]),
      ).toEqual([true]);
      // cus_2 has nothing scheduled; cus_4 stayed a's until its lease ended (at +600 s).
      const later = await store.claimDueCustomers({ owner: 'c', now: at(3600), leaseMs: 1000, limit: 10 });
      expect(ids(later).sort()).toEqual(['cus_1', 'cus_4']);
    });

    it('refuses a malformed settle', async () => {
      const store = await freshStore();
      if (typeof store.settleDueCustomers !== 'function') return;
      await store.markCustomerDue('cus_1', t0);
      const [due] = await store.claimDueCustomers({ owner: 'a', now: t0, leaseMs: 60_000, limit: 1 });
      const error = await rejection(
        store.settleDueCustomers([
          { customerId: 'cus_1', owner: 'a', dueSequence: due!.dueSequence, nextDueAt: 'tomorrow' },
        ]),
      );
      expect(ValidationError.isInstance(error)).toBe(true);
    });
  });

  describe(`${name}: customer work`, () => {
    it('reads the customer, collectable invoices, history, links and the window in one call', async () => {
      const store = await freshStore();
      expect(await store.getCustomerWork('cus_1', { outboxSince: t0 })).toBeUndefined();
      await store.putCustomer(customer('cus_1'));
      const open = await store.putInvoice(openInvoice());
      await store.putInvoice(openInvoice({ id: 'inv_0', number: 'F-0', status: 'draft' }));
      await store.putInvoice(openInvoice({ id: 'inv_9', number: 'F-9', customerId: 'cus_2' }));
      const link = {
        provider: 'stripe',
        linkId: 'plink_1',
        invoiceId: 'inv_1',
        url: 'https://pay.example/1',
        amount: open.balance,
        createdAt: t0,
        state: 'active' as const,
      };
      await store.putPaymentLink(link);
      const onOpen = await store.enqueueOutbox(enqueue('cus_1', 'inv_1', 'reminder:0'));
      // An entry about a closed invoice: kept while it is recent or not final.
      const old = await store.enqueueOutbox({ ...enqueue('cus_1', 'inv_old', 'reminder:0'), now: at(-86_400) });
      await store.beginOutboxSend(old.entry.key, 'w', 1000, at(-86_400));
      await store.finishOutboxSend(old.entry.key, 'w', { state: 'sent', channelMessageId: 'wamid.o', at: at(-86_000) });
      await store.recordInbound('cus_1', at(-60));
      await store.recordInbound('cus_1', at(-120)); // older: the latest stays
      const work = await store.getCustomerWork('cus_1', { outboxSince: at(-3600) });
      expect(work?.customer).toEqual(customer('cus_1'));
      expect(work?.invoices.map((invoice) => invoice.id)).toEqual(['inv_1']);
      expect(work?.invoices[0]).toEqual(open);
      expect(work?.outbox.map((entry) => entry.key)).toEqual([onOpen.entry.key]);
      expect(work?.outbox[0]).toEqual(onOpen.entry);
      expect(work?.paymentLinks).toEqual([link]);
      expect(work?.lastInboundAt).toBe(at(-60));
      const wider = await store.getCustomerWork('cus_1', { outboxSince: at(-90_000) });
      expect(wider?.outbox.map((entry) => entry.key)).toEqual([old.entry.key, onOpen.entry.key]);
    });
  });

  describe(`${name}: several customers' work at once (getCustomersWork, optional)`, () => {
    it('reads for each id, in order, what getCustomerWork reads; undefined for no such customer', async () => {
      const store = await freshStore();
      if (typeof store.getCustomersWork !== 'function') return;
      expect(await store.getCustomersWork([], { outboxSince: t0 })).toEqual([]);
      await store.putCustomer(customer('cus_1'));
      await store.putCustomer(customer('cus_2'));
      await store.putInvoice(openInvoice());
      await store.putInvoice(openInvoice({ id: 'inv_9', number: 'F-9', customerId: 'cus_2' }));
      await store.enqueueOutbox(enqueue('cus_1', 'inv_1', 'reminder:0'));
      const old = await store.enqueueOutbox({ ...enqueue('cus_2', 'inv_old', 'reminder:0'), now: at(-86_400) });
      await store.beginOutboxSend(old.entry.key, 'w', 1000, at(-86_400));
      await store.finishOutboxSend(old.entry.key, 'w', { state: 'sent', channelMessageId: 'wamid.o', at: at(-86_000) });
      await store.recordInbound('cus_2', at(-60));
      for (const since of [at(-3600), at(-90_000)]) {
        const works = await store.getCustomersWork(['cus_2', 'cus_x', 'cus_1'], { outboxSince: since });
        expect(works).toEqual([
          await store.getCustomerWork('cus_2', { outboxSince: since }),
          undefined,
          await store.getCustomerWork('cus_1', { outboxSince: since }),
        ]);
      }
      expect(ValidationError.isInstance(await rejection(store.getCustomersWork(['cus_1'], { outboxSince: 'x' })))).toBe(
        true,
      );
    });
  });

  describe(`${name}: send slots`, () => {
    it('reserves consecutive slots from the later of now and the next free slot', async () => {
      const store = await freshStore();
      const base = 1_795_000_000_000_000;
      expect(await store.reserveSendSlots({ key: 'wa:1', count: 3, intervalMicros: 1000, nowMicros: base })).toBe(base);
      expect(await store.reserveSendSlots({ key: 'wa:1', count: 2, intervalMicros: 1000, nowMicros: base })).toBe(
        base + 3000,
      );
      expect(await store.reserveSendSlots({ key: 'wa:2', count: 1, intervalMicros: 1000, nowMicros: base })).toBe(base);
      expect(
        await store.reserveSendSlots({ key: 'wa:1', count: 1, intervalMicros: 1000, nowMicros: base + 1_000_000 }),
      ).toBe(base + 1_000_000);
    });

    it('never gives two concurrent callers overlapping slots', async () => {
      const store = await freshStore();
      const firsts = await Promise.all(
        Array.from({ length: 20 }, () =>
          store.reserveSendSlots({ key: 'wa:1', count: 5, intervalMicros: 1000, nowMicros: 1_000_000 }),
        ),
      );
      const slots = firsts.flatMap((first) => [0, 1, 2, 3, 4].map((i) => first + i * 1000));
      expect(new Set(slots).size).toBe(100);
      expect(Math.max(...slots)).toBe(1_000_000 + 99 * 1000);
    });

    it('takes back slots nobody used from fromMicros, and with ratePerSecond only as far as each second has room', async () => {
      const store = await freshStore();
      const base = 1_795_000_000_000_000;
      const second = 1_000_000;
      // Without a rate, a catch-up takes every unused slot since fromMicros.
      await store.reserveSendSlots({ key: 'wa:free', count: 10, intervalMicros: 100_000, nowMicros: base });
      expect(
        await store.reserveSendSlots({
          key: 'wa:free',
          count: 10,
          intervalMicros: 100_000,
          nowMicros: base + 3 * second,
          fromMicros: base + 2 * second,
        }),
      ).toBe(base + 2 * second);
      // With a rate, slots taken on time keep the grid exactly: a second holds the rate, never less. (Demand starts at
      // the first call, so it reaches back no further.)
      for (let call = 0; call < 30; call++) {
        const at = base + call * 300_000;
        expect(
          await store.reserveSendSlots({
            key: 'wa:steady',
            count: 3,
            intervalMicros: 100_000,
            nowMicros: at,
            fromMicros: Math.max(base, at - second),
            ratePerSecond: 10,
          }),
        ).toBe(at);
      }
      // With one: 10 a second, processes reserving 1–3 slots at a time at seeded moments, each reaching a second back
      // for what a stall let pass, each sending a slot at the later of its time and the reservation's. No one-second
      // window may hold more than 10 sends.
      let seed = 7;
      const next = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return seed / 2_147_483_648;
      };
      let now = base;
      const sends: number[] = [];
      for (let call = 0; call < 120; call++) {
        now += Math.floor(next() * 400_000);
        const count = 1 + Math.floor(next() * 3);
        const first = await store.reserveSendSlots({
          key: 'wa:1',
          count,
          intervalMicros: 100_000,
          nowMicros: now,
          fromMicros: now - second,
          ratePerSecond: 10,
        });
        for (let i = 0; i < count; i++) sends.push(Math.max(first + i * 100_000, now));
      }
      sends.sort((a, b) => a - b);
      for (let i = 10; i < sends.length; i++) expect(sends[i]! - sends[i - 10]!).toBeGreaterThanOrEqual(second);
      // And a stall is caught up: far more than 10 a second would be lost otherwise, so the slots kept pace with time.
      expect(sends.length).toBeGreaterThan(Math.floor((now - base) / second) * 10 - 20);
    });

    it('refuses a malformed reservation', async () => {
      const store = await freshStore();
      const error = await rejection(
        store.reserveSendSlots({ key: 'wa:1', count: 0, intervalMicros: 1000, nowMicros: 1 }),
      );
      expect(ValidationError.isInstance(error)).toBe(true);
      expect(await store.reserveSendSlots({ key: 'wa:1', count: 1, intervalMicros: 1000, nowMicros: 1 })).toBe(1);
    });
  });

  describe(`${name}: send effects`, () => {
    it('writes the message and audit entries with an accepted outcome, and nothing with a refused one', async () => {
      const store = await freshStore();
      const { entry } = await store.enqueueOutbox(enqueue('cus_1', 'inv_1', 'reminder:0'));
      await store.beginOutboxSend(entry.key, 'w', 10_000, t0);
      const effects = {
        message: outboundMessage('m1', { channelMessageId: 'wamid.1', outboxKey: entry.key, createdAt: at(1) }),
        audit: [
          { at: at(1), actor: 'system', action: 'reminder.sent', invoiceId: 'inv_1', customerId: 'cus_1' },
          { at: at(1), actor: 'system', action: 'cap.counted', customerId: 'cus_1', details: { n: 1, x: null } },
        ],
      };
      expect(
        await store.finishOutboxSend(
          entry.key,
          'intruder',
          { state: 'sent', channelMessageId: 'wamid.1', at: at(1) },
          effects,
        ),
      ).toBeUndefined();
      expect(await store.listMessages()).toEqual([]);
      expect(await store.listAudit()).toEqual([]);
      const sent = await store.finishOutboxSend(
        entry.key,
        'w',
        { state: 'sent', channelMessageId: 'wamid.1', at: at(1) },
        effects,
      );
      expect(sent?.state).toBe('sent');
      expect((await store.findMessageByOutboxKey(entry.key))?.id).toBe('m1');
      expect((await store.listAudit()).map((item) => [item.sequence, item.action, item.details])).toEqual([
        [1, 'reminder.sent', undefined],
        [2, 'cap.counted', { n: 1, x: null }],
      ]);
    });

    it('applies a status that beat the send to the message logged with it', async () => {
      const store = await freshStore();
      const { entry } = await store.enqueueOutbox(enqueue('cus_1', 'inv_1', 'reminder:0'));
      await store.beginOutboxSend(entry.key, 'w', 10_000, t0);
      await store.updateMessageStatus({ channelMessageId: 'wamid.9', status: 'delivered', at: at(2) });
      await store.finishOutboxSend(
        entry.key,
        'w',
        { state: 'sent', channelMessageId: 'wamid.9', at: at(1) },
        { message: outboundMessage('m9', { channelMessageId: 'wamid.9', createdAt: at(1), statusAt: at(1) }) },
      );
      expect((await store.listMessages())[0]).toMatchObject({ id: 'm9', status: 'delivered', statusAt: at(2) });
    });

    it('refuses bad effects before writing anything: the entry stays sending', async () => {
      const store = await freshStore();
      const { entry } = await store.enqueueOutbox(enqueue('cus_1', 'inv_1', 'reminder:0'));
      await store.beginOutboxSend(entry.key, 'w', 10_000, t0);
      const error = await rejection(
        store.finishOutboxSend(
          entry.key,
          'w',
          { state: 'sent', channelMessageId: 'wamid.1', at: at(1) },
          { audit: [{ at: 'yesterday', actor: 'system', action: 'reminder.sent' }] },
        ),
      );
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((await store.getOutbox(entry.key))?.state).toBe('sending');
      expect(await store.listAudit()).toEqual([]);
    });
  });
}
