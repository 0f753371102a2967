import {
  applyPayment,
  type BillingStoreV1,
  createCustomer,
  createOutboxKey,
  issueInvoice,
  StaleVersionError,
  ValidationError,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { openInvoice, payment } from '../model/invoice-fixtures';

/** @internal */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const t0 = '2026-11-23T09:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(t0) + seconds * 1000).toISOString();

/**
 * The behaviour every {@link BillingStoreV1} must have, written against the interface only so a database adapter
 * (Postgres, SQLite…) can run the same checks: `describeBillingStoreContract('postgres', () => createPgStore(…))`.
 * `createStore` must return an empty store each time.
 */
export function describeBillingStoreContract(
  name: string,
  createStore: () => BillingStoreV1 | Promise<BillingStoreV1>,
): void {
  describe(`${name}: invoices`, () => {
    it('declares the spec version', async () => {
      const store: BillingStoreV1 = await createStore();
      expect(store.specificationVersion).toBe('v1');
    });

    it('stores a new invoice as version 1 and each write increments it', async () => {
      const store = await createStore();
      const stored = await store.putInvoice(openInvoice());
      expect(stored.version).toBe(1);
      const paid = applyPayment(stored, payment('pi_1', 145000)).invoice;
      const again = await store.putInvoice(paid);
      expect(again.version).toBe(2);
      expect((await store.getInvoice('inv_1'))?.status).toBe('paid');
    });

    it('refuses a stale write and changes nothing', async () => {
      const store = await createStore();
      const v1 = await store.putInvoice(openInvoice());
      // Two workers read version 1; the first applies a payment, the second a different one.
      const first = applyPayment(v1, payment('pi_a', 50000)).invoice;
      const second = applyPayment(v1, payment('pi_b', 70000)).invoice;
      await store.putInvoice(first);
      const error = await rejection(store.putInvoice(second));
      expect(StaleVersionError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ entity: 'invoice', id: 'inv_1', expectedVersion: 1, actualVersion: 2 });
      const current = await store.getInvoice('inv_1');
      expect(current?.payments.map((p) => p.providerPaymentId)).toEqual(['pi_a']);
      expect(current?.version).toBe(2);
      expect(await store.findInvoiceByPayment('stripe', 'pi_b')).toBeUndefined();
      // An explicit expectedVersion is checked too, and creating over an existing id is stale.
      expect(StaleVersionError.isInstance(await rejection(store.putInvoice(current!, { expectedVersion: 1 })))).toBe(
        true,
      );
      expect(StaleVersionError.isInstance(await rejection(store.putInvoice(openInvoice())))).toBe(true);
    });

    it('only one of many concurrent writers from the same version wins', async () => {
      const store = await createStore();
      const v1 = await store.putInvoice(openInvoice());
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, index) =>
          store.putInvoice(applyPayment(v1, payment(`pi_${index}`, 1000)).invoice),
        ),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect((await store.getInvoice('inv_1'))?.payments).toHaveLength(1);
    });

    it('copies in and out: mutating values never changes the store', async () => {
      const store = await createStore();
      const invoice = openInvoice();
      const stored = await store.putInvoice(invoice);
      (invoice.lines as unknown as unknown[]).length = 0;
      (stored as { status: string }).status = 'void';
      const read = await store.getInvoice('inv_1');
      expect(read?.lines).toHaveLength(2);
      expect(read?.status).toBe('open');
      (read as { status: string }).status = 'void';
      expect((await store.getInvoice('inv_1'))?.status).toBe('open');
    });

    it('indexes payments and numbers, refusing a payment id applied to two invoices', async () => {
      const store = await createStore();
      const one = await store.putInvoice(applyPayment(openInvoice(), payment('pi_1', 1000)).invoice);
      expect((await store.findInvoiceByPayment('stripe', 'pi_1'))?.id).toBe(one.id);
      expect((await store.findInvoiceByNumber('F-2026-0001'))?.id).toBe(one.id);
      const other = applyPayment(openInvoice({ id: 'inv_2', number: 'F-2' }), payment('pi_1', 1000)).invoice;
      const error = await rejection(store.putInvoice(other));
      expect(ValidationError.isInstance(error)).toBe(true);
      expect(await store.getInvoice('inv_2')).toBeUndefined();
      const sameNumber = await rejection(store.putInvoice(openInvoice({ id: 'inv_3' })));
      expect((sameNumber as ValidationError).issues[0]?.path).toBe('number');
    });

    it('lists by customer, status and first due date', async () => {
      const store = await createStore();
      await store.putInvoice(openInvoice());
      await store.putInvoice(openInvoice({ id: 'inv_2', number: 'F-2', dueDate: '2026-12-31' }));
      await store.putInvoice(openInvoice({ id: 'inv_3', number: 'F-3', customerId: 'cus_2' }));
      await store.putInvoice(
        openInvoice({
          id: 'inv_4',
          number: 'F-4',
          dueDate: undefined,
          installments: { count: 3, firstDueDate: '2026-11-10' },
        }),
      );
      const ids = async (query: Parameters<BillingStoreV1['listInvoices']>[0]) =>
        (await store.listInvoices(query)).map((invoice) => invoice.id);
      expect(await ids({ customerId: 'cus_1' })).toEqual(['inv_1', 'inv_2', 'inv_4']);
      expect(await ids({ dueOnOrBefore: '2026-11-30' })).toEqual(['inv_1', 'inv_3', 'inv_4']);
      expect(await ids({ statuses: ['paid'] })).toEqual([]);
      expect(await ids({ limit: 2, afterId: 'inv_1' })).toEqual(['inv_2', 'inv_3']);
    });
  });

  describe(`${name}: customers`, () => {
    it('finds customers by phone and WhatsApp user id', async () => {
      const store = await createStore();
      const customer = createCustomer({
        id: 'cus_1',
        name: 'Ana',
        phone: '+52 55 1234 5678',
        whatsappUserId: 'MX.123',
        locale: 'es-MX',
        timeZone: 'America/Mexico_City',
        country: 'MX',
      });
      await store.putCustomer(customer);
      expect(await store.getCustomer('cus_1')).toEqual(customer);
      expect((await store.listCustomers({ phone: '+525512345678' })).map((c) => c.id)).toEqual(['cus_1']);
      expect((await store.listCustomers({ whatsappUserId: 'MX.123' })).map((c) => c.id)).toEqual(['cus_1']);
      expect(await store.listCustomers({ phone: '+525500000000' })).toEqual([]);
    });
  });

  describe(`${name}: claims`, () => {
    it('gives a claim to exactly one of many concurrent workers', async () => {
      const store = await createStore();
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, worker) =>
          store.claim('reminders:cus_1:2026-11-23', `worker-${worker}`, 30_000, t0),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('lets another worker take an expired lease, not a live one; completed work stays done', async () => {
      const store = await createStore();
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
      const store = await createStore();
      expect(ValidationError.isInstance(await rejection(store.claim('k', 'a', 0, t0)))).toBe(true);
      expect(ValidationError.isInstance(await rejection(store.claim('k', 'a', 1000, 'now')))).toBe(true);
    });
  });

  describe(`${name}: idempotency keys`, () => {
    it('stores a key once, concurrently, and forgets it after its ttl', async () => {
      const store = await createStore();
      const results = await Promise.all(
        [1, 2, 3].map((n) =>
          store.rememberIdempotencyKey('webhook:stripe:evt_1', { handledBy: n }, { now: t0, ttlMs: 60_000 }),
        ),
      );
      expect(results.filter((result) => result.stored)).toHaveLength(1);
      expect(
        results.every(
          (result) => result.record.result && (result.record.result as { handledBy: number }).handledBy === 1,
        ),
      ).toBe(true);
      expect((await store.recallIdempotencyKey('webhook:stripe:evt_1', at(59)))?.result).toEqual({ handledBy: 1 });
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
      const store = await createStore();
      const [a, b] = await Promise.all([
        store.enqueueOutbox(input),
        store.enqueueOutbox({ ...input, payload: 'other' }),
      ]);
      expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
      expect(a.entry.key).toBe(createOutboxKey('inv_1', 'reminder:+3'));
      expect((await store.getOutbox(a.entry.key))?.payload).toEqual({ messageKey: 'overdue-gentle' });
      expect(createOutboxKey('a:b', 'c')).not.toBe(createOutboxKey('a', 'b:c'));
    });

    it('lets exactly one of four workers send, and records the result', async () => {
      const store = await createStore();
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
      const store = await createStore();
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
      const store = await createStore();
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
      const store = await createStore();
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

  describe(`${name}: message and audit logs`, () => {
    it('appends, lists and moves message statuses only forward', async () => {
      const store = await createStore();
      const base = {
        direction: 'outbound' as const,
        customerId: 'cus_1',
        channel: 'whatsapp-cloud',
        kind: 'template',
        status: 'sent' as const,
      };
      await store.appendMessage({
        ...base,
        id: 'm1',
        invoiceId: 'inv_1',
        channelMessageId: 'wamid.1',
        outboxKey: 'inv_1:reminder%3A%2B3',
        createdAt: t0,
        statusAt: t0,
      });
      await store.appendMessage({
        ...base,
        id: 'm2',
        invoiceId: 'inv_2',
        relatedInvoiceIds: ['inv_1'],
        channelMessageId: 'wamid.2',
        createdAt: at(10),
        statusAt: at(10),
      });
      // A replayed webhook appends nothing.
      expect(
        await store.appendMessage({ ...base, id: 'm3', channelMessageId: 'wamid.1', createdAt: t0, statusAt: t0 }),
      ).toBe(false);
      expect(await store.appendMessage({ ...base, id: 'm1', createdAt: t0, statusAt: t0 })).toBe(false);
      expect((await store.listMessages({ invoiceId: 'inv_1' })).map((m) => m.id)).toEqual(['m1', 'm2']);
      expect((await store.listMessages({ customerId: 'cus_1', since: at(5) })).map((m) => m.id)).toEqual(['m2']);
      expect(
        (await store.updateMessageStatus({ channelMessageId: 'wamid.1', status: 'read', at: at(20) }))?.status,
      ).toBe('read');
      expect(
        (await store.updateMessageStatus({ channelMessageId: 'wamid.1', status: 'delivered', at: at(19) }))?.status,
      ).toBe('read');
      expect(
        (
          await store.updateMessageStatus({
            channelMessageId: 'wamid.2',
            status: 'failed',
            at: at(21),
            error: { code: '131026', message: 'undeliverable' },
          })
        )?.error?.code,
      ).toBe('131026');
      expect(
        await store.updateMessageStatus({ channelMessageId: 'wamid.unknown', status: 'read', at: at(22) }),
      ).toBeUndefined();
      expect((await store.findMessageByOutboxKey('inv_1:reminder%3A%2B3'))?.id).toBe('m1');
    });

    it('applies a status that arrived before its message was logged', async () => {
      const store = await createStore();
      expect(
        await store.updateMessageStatus({ channelMessageId: 'wamid.fast', status: 'delivered', at: at(2) }),
      ).toBeUndefined();
      expect(
        await store.updateMessageStatus({ channelMessageId: 'wamid.fast', status: 'sent', at: at(1) }),
      ).toBeUndefined();
      const appended = await store.appendMessage({
        id: 'm1',
        direction: 'outbound',
        customerId: 'cus_1',
        channel: 'whatsapp-cloud',
        kind: 'template',
        status: 'sent',
        channelMessageId: 'wamid.fast',
        createdAt: t0,
        statusAt: t0,
      });
      expect(appended).toBe(true);
      expect((await store.listMessages())[0]).toMatchObject({ status: 'delivered', statusAt: at(2) });
    });

    it('keeps an append-only, sequenced audit log', async () => {
      const store = await createStore();
      const first = await store.appendAudit({
        at: t0,
        actor: 'system',
        action: 'reminder.sent',
        invoiceId: 'inv_1',
        customerId: 'cus_1',
      });
      const second = await store.appendAudit({
        at: at(1),
        actor: 'provider:stripe',
        action: 'payment.applied',
        invoiceId: 'inv_2',
        details: { amountMinor: 100 },
      });
      expect([first.sequence, second.sequence]).toEqual([1, 2]);
      expect((await store.listAudit({ invoiceId: 'inv_2' })).map((entry) => entry.action)).toEqual(['payment.applied']);
      expect((await store.listAudit({ afterSequence: 1 })).map((entry) => entry.sequence)).toEqual([2]);
      expect('updateAudit' in store || 'deleteAudit' in store).toBe(false);
    });

    it('keeps payment links by provider and invoice', async () => {
      const store = await createStore();
      const invoice = issueInvoice(openInvoice({ status: 'draft' }));
      const link = {
        provider: 'stripe',
        linkId: 'plink_1',
        invoiceId: invoice.id,
        url: 'https://buy.stripe.com/x',
        amount: invoice.balance,
        createdAt: t0,
        state: 'active' as const,
      };
      await store.putPaymentLink(link);
      expect(await store.findPaymentLink('stripe', 'plink_1')).toEqual(link);
      expect(await store.listPaymentLinks(invoice.id)).toEqual([link]);
    });
  });
}
