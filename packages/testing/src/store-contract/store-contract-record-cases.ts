import {
  applyPayment,
  type BillingStoreV1,
  createCustomer,
  issueInvoice,
  StaleVersionError,
  ValidationError,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { at, type FreshStore, openInvoice, payment, rejection, t0 } from './store-contract-harness';

/** @internal Invoices, customers, payment links, the message and audit logs. */
export function describeRecordCases(name: string, freshStore: FreshStore): void {
  describe(`${name}: invoices`, () => {
    it('declares the spec version', async () => {
      const store: BillingStoreV1 = await freshStore();
      expect(store.specificationVersion).toBe('v1');
    });

    it('stores a new invoice as version 1 and each write increments it', async () => {
      const store = await freshStore();
      const stored = await store.putInvoice(openInvoice());
      expect(stored.version).toBe(1);
      const paid = applyPayment(stored, payment('pi_1', 145000)).invoice;
      const again = await store.putInvoice(paid);
      expect(again.version).toBe(2);
      expect((await store.getInvoice('inv_1'))?.status).toBe('paid');
    });

    it('refuses a stale write and changes nothing', async () => {
      const store = await freshStore();
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
      const store = await freshStore();
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
      const store = await freshStore();
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
      const store = await freshStore();
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
      const store = await freshStore();
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
      const store = await freshStore();
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

  describe(`${name}: message and audit logs`, () => {
    it('appends, lists and moves message statuses only forward', async () => {
      const store = await freshStore();
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
      const store = await freshStore();
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
      const store = await freshStore();
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
      const store = await freshStore();
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
