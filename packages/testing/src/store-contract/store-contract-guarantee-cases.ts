import { applyPayment, createCustomer, StaleVersionError, ValidationError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { at, type FreshStore, openInvoice, outboundMessage, payment, rejection, t0 } from './store-contract-harness';

const customer = (id: string, phone = '+52 55 1234 5678') =>
  createCustomer({ id, name: 'Ana', phone, locale: 'es-MX', timeZone: 'America/Mexico_City', country: 'MX' });

/** @internal The cross-cutting promises: concurrency, all-or-nothing, copies, ordering and paging. */
export function describeGuaranteeCases(name: string, freshStore: FreshStore): void {
  describe(`${name}: concurrency`, () => {
    it('one winner among many parallel claim, enqueueOutbox and beginOutboxSend calls', async () => {
      const store = await freshStore();
      const claims = await Promise.all(
        Array.from({ length: 16 }, (_, n) => store.claim('reminders:cus_1', `w${n}`, 30_000, t0)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      const enqueued = await Promise.all(
        Array.from({ length: 16 }, (_, n) =>
          store.enqueueOutbox({ invoiceId: 'inv_1', stage: 'reminder:0', customerId: 'cus_1', payload: n, now: t0 }),
        ),
      );
      expect(enqueued.filter((result) => result.created)).toHaveLength(1);
      const winner = enqueued.find((result) => result.created)!.entry;
      expect(enqueued.every((result) => result.entry.payload === winner.payload)).toBe(true);
      const begun = await Promise.all(
        Array.from({ length: 16 }, (_, n) => store.beginOutboxSend(winner.key, `w${n}`, 10_000, t0)),
      );
      expect(begun.filter((entry) => entry !== undefined)).toHaveLength(1);
      expect((await store.getOutbox(winner.key))?.attempts).toBe(1);
    });

    it('numbers concurrent audit appends densely, in the order they are listed', async () => {
      const store = await freshStore();
      const appended = await Promise.all(
        Array.from({ length: 20 }, (_, n) => store.appendAudit({ at: at(n), actor: 'system', action: `a.${n}` })),
      );
      expect(appended.map((entry) => entry.sequence).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, n) => n + 1),
      );
      expect((await store.listAudit()).map((entry) => entry.sequence)).toEqual(
        Array.from({ length: 20 }, (_, n) => n + 1),
      );
    });
  });

  describe(`${name}: all or nothing`, () => {
    it('a stale putInvoice neither writes the invoice, its payments nor the due index', async () => {
      const store = await freshStore();
      const v1 = await store.putInvoice(openInvoice());
      await store.putInvoice(applyPayment(v1, payment('pi_a', 100)).invoice);
      const stale = applyPayment(v1, payment('pi_b', 100)).invoice;
      const error = await rejection(store.putInvoice(stale, { customerDueAt: t0 }));
      expect(StaleVersionError.isInstance(error)).toBe(true);
      expect(await store.findInvoiceByPayment('stripe', 'pi_b')).toBeUndefined();
      expect(await store.claimDueCustomers({ owner: 'w', now: at(10), leaseMs: 1000, limit: 10 })).toEqual([]);
    });

    it('a refused payment id leaves the invoice as it was', async () => {
      const store = await freshStore();
      await store.putInvoice(applyPayment(openInvoice(), payment('pi_1', 100)).invoice);
      const other = await store.putInvoice(openInvoice({ id: 'inv_2', number: 'F-2' }));
      const error = await rejection(
        store.putInvoice(applyPayment(other, payment('pi_1', 100)).invoice, { customerDueAt: t0 }),
      );
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((await store.getInvoice('inv_2'))?.version).toBe(1);
      expect((await store.findInvoiceByPayment('stripe', 'pi_1'))?.id).toBe('inv_1');
      expect(await store.claimDueCustomers({ owner: 'w', now: at(10), leaseMs: 1000, limit: 10 })).toEqual([]);
    });

    it('a malformed enqueue, claim or message stores nothing, naming the field', async () => {
      const store = await freshStore();
      const error = await rejection(
        store.enqueueOutbox({
          invoiceId: 'inv_1',
          stage: 'reminder:0',
          customerId: 'cus_1',
          payload: {},
          now: t0,
          notBefore: 'tomorrow',
        }),
      );
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).issues[0]?.path).toBe('notBefore');
      expect(await store.listOutbox()).toEqual([]);
      expect(await store.claimDueCustomers({ owner: 'w', now: at(10), leaseMs: 1000, limit: 10 })).toEqual([]);
      expect(ValidationError.isInstance(await rejection(store.claim('k', '', 1000, t0)))).toBe(true);
      expect(await store.claim('k', 'b', 1000, t0)).toBe(true);
      const bad = await rejection(store.appendMessage(outboundMessage('m1', { createdAt: 'then' })));
      expect(ValidationError.isInstance(bad)).toBe(true);
      expect(await store.listMessages()).toEqual([]);
    });
  });

  describe(`${name}: copies`, () => {
    it('copies every record in and out', async () => {
      const store = await freshStore();
      const input = { invoiceId: 'inv_1', stage: 'reminder:0', customerId: 'cus_1', payload: { a: [1] }, now: t0 };
      const { entry } = await store.enqueueOutbox(input);
      (input.payload.a as number[]).push(2);
      (entry.payload as { a: number[] }).a.push(3);
      expect((await store.getOutbox(entry.key))?.payload).toEqual({ a: [1] });
      const message = outboundMessage('m1', { details: { tags: ['x'] } });
      await store.appendMessage(message);
      message.details.tags.push('y');
      const [read] = await store.listMessages();
      (read!.details!.tags as string[]).push('z');
      expect((await store.listMessages())[0]?.details).toEqual({ tags: ['x'] });
      const details = { list: [1] };
      const audit = await store.appendAudit({ at: t0, actor: 'app', action: 'x', details });
      details.list.push(2);
      (audit.details!.list as number[]).push(3);
      expect((await store.listAudit())[0]?.details).toEqual({ list: [1] });
      const person = customer('cus_1');
      const stored = await store.putCustomer(person);
      (stored as { name: string }).name = 'Eve';
      expect((await store.getCustomer('cus_1'))?.name).toBe('Ana');
    });
  });

  describe(`${name}: ordering and paging`, () => {
    it('pages customers, invoices, outbox, messages and audit in their stated orders', async () => {
      const store = await freshStore();
      for (const id of ['cus_c', 'cus_a', 'cus_b', 'cus_B']) await store.putCustomer(customer(id));
      expect((await store.listCustomers()).map((c) => c.id)).toEqual(['cus_B', 'cus_a', 'cus_b', 'cus_c']);
      expect((await store.listCustomers({ afterId: 'cus_a', limit: 1 })).map((c) => c.id)).toEqual(['cus_b']);
      expect((await store.listCustomers({ phone: '+525512345678', afterId: 'cus_b' })).map((c) => c.id)).toEqual([
        'cus_c',
      ]);
      for (const [n, id] of ['inv_10', 'inv_2', 'inv_1'].entries()) {
        await store.putInvoice(openInvoice({ id, number: `F-${n}` }));
      }
      expect((await store.listInvoices({ limit: 2 })).map((i) => i.id)).toEqual(['inv_1', 'inv_10']);
      expect((await store.listInvoices({ afterId: 'inv_10' })).map((i) => i.id)).toEqual(['inv_2']);
      // Outbox: createdAt order, then key.
      for (const [stage, seconds] of [
        ['b', 5],
        ['a', 5],
        ['c', 1],
      ] as const) {
        await store.enqueueOutbox({ invoiceId: 'inv_1', stage, customerId: 'cus_a', payload: null, now: at(seconds) });
      }
      expect((await store.listOutbox()).map((entry) => entry.stage)).toEqual(['c', 'a', 'b']);
      expect((await store.listOutbox({ limit: 2, customerId: 'cus_a' })).map((entry) => entry.stage)).toEqual([
        'c',
        'a',
      ]);
      await store.appendMessage(outboundMessage('m2', { createdAt: at(2) }));
      await store.appendMessage(outboundMessage('m1', { createdAt: at(2) }));
      await store.appendMessage(outboundMessage('m0', { createdAt: at(3) }));
      expect((await store.listMessages({ limit: 2 })).map((m) => m.id)).toEqual(['m1', 'm2']);
      for (let n = 0; n < 5; n += 1) await store.appendAudit({ at: at(n), actor: 'app', action: 'x' });
      expect((await store.listAudit({ afterSequence: 2, limit: 2 })).map((entry) => entry.sequence)).toEqual([3, 4]);
    });

    it('keeps the instants and dates it is given', async () => {
      const store = await freshStore();
      const invoice = await store.putInvoice(
        openInvoice({ issueDate: '2026-01-01', dueDate: '2026-12-31', businessTimeZone: 'Pacific/Kiritimati' }),
      );
      const read = await store.getInvoice(invoice.id);
      expect([read?.issueDate, read?.dueDate]).toEqual(['2026-01-01', '2026-12-31']);
      expect(await store.listInvoices({ dueOnOrBefore: '2026-12-30' })).toEqual([]);
      expect((await store.listInvoices({ dueOnOrBefore: '2026-12-31' })).map((i) => i.id)).toEqual([invoice.id]);
      const { entry } = await store.enqueueOutbox({
        invoiceId: 'inv_1',
        stage: 's',
        customerId: 'cus_1',
        payload: null,
        now: '2026-03-29T00:59:59.999Z',
        notBefore: '2026-10-25T01:00:00.001Z',
      });
      expect(await store.getOutbox(entry.key)).toMatchObject({
        createdAt: '2026-03-29T00:59:59.999Z',
        notBefore: '2026-10-25T01:00:00.001Z',
      });
    });
  });
}
