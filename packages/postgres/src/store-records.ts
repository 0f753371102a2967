import {
  type BillingStoreV1,
  type BillingStoreV1AuditEntry,
  type BillingStoreV1MessageRecord,
  type BillingStoreV1PaymentLinkRecord,
  type Customer,
  type Invoice,
  StaleVersionError,
} from '@cobro/core';
import type { SqlDriver, SqlQueryable } from './driver/sql-driver';
import { appendAuditSql, listAuditSql, lockAuditSql } from './sql/audit-sql';
import { getCustomerSql, listCustomersSql, putCustomerSql } from './sql/customer-sql';
import { markCustomerDueSql } from './sql/due-sql';
import {
  deleteInvoicePaymentsSql,
  findInvoiceByNumberSql,
  findInvoiceByPaymentSql,
  getInvoiceSql,
  insertInvoicePaymentsSql,
  insertInvoiceSql,
  listInvoicesSql,
  lockInvoiceVersionSql,
  updateInvoiceSql,
} from './sql/invoice-sql';
import {
  appendMessageSql,
  findMessageByOutboxKeySql,
  getMessageByChannelIdSql,
  listMessagesSql,
  updateMessageStatusSql,
} from './sql/message-sql';
import { findPaymentLinkSql, listPaymentLinksSql, putPaymentLinkSql } from './sql/payment-link-sql';
import { statementsFor } from './sql/sql-fragments';
import {
  assertSafeAmounts,
  calendarDate,
  instant,
  json,
  minorUnits,
  optionalInstant,
  refuse,
  safeNumber,
  text,
  wholeNumber,
} from './store-values';

/** @internal The store methods over records (customers, invoices, links, messages, audit); store-work.ts has the rest. */
export type RecordMethodName =
  | 'getCustomer'
  | 'putCustomer'
  | 'listCustomers'
  | 'getInvoice'
  | 'findInvoiceByNumber'
  | 'putInvoice'
  | 'listInvoices'
  | 'findInvoiceByPayment'
  | 'putPaymentLink'
  | 'findPaymentLink'
  | 'listPaymentLinks'
  | 'appendMessage'
  | 'listMessages'
  | 'updateMessageStatus'
  | 'findMessageByOutboxKey'
  | 'appendAudit'
  | 'listAudit';

type RecordMethods = Pick<BillingStoreV1, RecordMethodName>;

/** @internal An invoice row back as an `Invoice`, its money columns range-checked. */
export function invoiceFromRow(row: Record<string, unknown>): Invoice {
  const document = row.document as Invoice;
  const withAmount = (money: Invoice['balance'], column: string) => ({
    ...money,
    amountMinor: safeNumber(row[column], column),
  });
  return {
    ...document,
    totals: { ...document.totals, total: withAmount(document.totals.total, 'total_minor') },
    balance: withAmount(document.balance, 'balance_minor'),
    overpaid: withAmount(document.overpaid, 'overpaid_minor'),
  };
}

/** @internal A link row (JSON with its amount as text) back as a record. */
export function linkFromJson(link: Record<string, unknown>): BillingStoreV1PaymentLinkRecord {
  const { amountMinor, currency, ...rest } = link;
  return {
    ...(rest as Omit<BillingStoreV1PaymentLinkRecord, 'amount'>),
    amount: { amountMinor: safeNumber(amountMinor, 'amount_minor'), currency: currency as string },
  };
}

const limitOf = (limit: number | undefined) => (limit === undefined ? null : Math.max(0, Math.trunc(limit)));

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  return e?.code === '23505' && (e.constraint === constraint || (e.message ?? '').includes(`"${constraint}"`));
}

function firstDueDate(invoice: Invoice): string {
  return invoice.installments?.[0]?.dueDate ?? invoice.dueDate;
}

/** Validates an invoice for its columns; returns the parameters of the insert/update statements ($1…$13). */
function invoiceParams(invoice: Invoice, version: number): unknown[] {
  text(invoice.number, 'invoice.number');
  text(invoice.customerId, 'invoice.customerId');
  text(invoice.status, 'invoice.status');
  text(invoice.currency, 'invoice.currency');
  assertSafeAmounts(invoice, 'invoice');
  return [
    invoice.id,
    invoice.number,
    invoice.customerId,
    invoice.status,
    invoice.currency,
    calendarDate(invoice.issueDate, 'invoice.issueDate'),
    calendarDate(invoice.dueDate, 'invoice.dueDate'),
    calendarDate(firstDueDate(invoice), 'invoice.installments[0].dueDate'),
    minorUnits(invoice.totals?.total?.amountMinor, 'invoice.totals.total.amountMinor'),
    minorUnits(invoice.balance?.amountMinor, 'invoice.balance.amountMinor'),
    minorUnits(invoice.overpaid?.amountMinor, 'invoice.overpaid.amountMinor'),
    version,
    json({ ...invoice, version }),
  ];
}

/** @internal Customers, invoices, payment links, the message log and the audit log on PostgreSQL. */
export function createRecordMethods(db: SqlDriver, s: string): RecordMethods {
  const sql = statementsFor(s);
  const one = async <T>(q: SqlQueryable, text: string, params: unknown[], column: string) =>
    (await q.query<Record<string, unknown>>(text, params))[0]?.[column] as T | undefined;

  return {
    async getCustomer(id) {
      return one<Customer>(db, sql(getCustomerSql), [id], 'document');
    },
    async putCustomer(customer) {
      text(customer?.id, 'customer.id');
      text(customer.phone, 'customer.phone');
      await db.query(sql(putCustomerSql), [
        customer.id,
        customer.phone,
        customer.whatsappUserId ?? null,
        json(customer),
      ]);
      return JSON.parse(json(customer)) as Customer;
    },
    async listCustomers(query = {}) {
      const rows = await db.query<{ document: Customer }>(sql(listCustomersSql), [
        query.phone ?? null,
        query.whatsappUserId ?? null,
        query.afterId ?? null,
        limitOf(query.limit),
      ]);
      return rows.map((row) => row.document);
    },

    async getInvoice(id) {
      const [row] = await db.query(sql(getInvoiceSql), [id]);
      return row === undefined ? undefined : invoiceFromRow(row);
    },
    async findInvoiceByNumber(number) {
      const [row] = await db.query(sql(findInvoiceByNumberSql), [number]);
      return row === undefined ? undefined : invoiceFromRow(row);
    },
    async putInvoice(invoice, options = {}) {
      text(invoice?.id, 'invoice.id');
      const expectedVersion = options.expectedVersion ?? invoice.version;
      wholeNumber(expectedVersion, 'expectedVersion', 0);
      const dueAt = optionalInstant(options.customerDueAt, 'customerDueAt');
      const version = expectedVersion + 1;
      // Validate everything before the first statement, so a refused call never opens a transaction.
      const params = invoiceParams(invoice, version);
      const payments = (invoice.payments ?? []).map((payment, index) => ({
        provider: text(payment.provider, `invoice.payments[${index}].provider`),
        providerPaymentId: text(payment.providerPaymentId, `invoice.payments[${index}].providerPaymentId`),
        amountMinor: Number(minorUnits(payment.amount?.amountMinor, `invoice.payments[${index}].amount.amountMinor`)),
      }));
      try {
        await db.transaction(async (tx) => {
          const [current] = await tx.query<{ version: number }>(sql(lockInvoiceVersionSql), [invoice.id]);
          const actualVersion = current?.version ?? 0;
          if (actualVersion !== expectedVersion) {
            throw new StaleVersionError({ entity: 'invoice', id: invoice.id, expectedVersion, actualVersion });
          }
          const [numberOwner] = await tx.query<{ id: string }>(
            `SELECT id FROM ${s}.invoices WHERE number = $1 AND id <> $2`,
            [invoice.number, invoice.id],
          );
          if (numberOwner) refuse('number', `is already used by invoice ${numberOwner.id}`, 'invoice');
          if (payments.length > 0) {
            const taken = await tx.query<{ n: number; invoice_id: string }>(
              `SELECT (x.n - 1)::int AS n, p.invoice_id FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, n)
               JOIN ${s}.invoice_payments p ON p.provider = x.e->>'provider' AND p.provider_payment_id = x.e->>'providerPaymentId'
               WHERE p.invoice_id <> $2 ORDER BY x.n LIMIT 1`,
              [json(payments), invoice.id],
            );
            if (taken[0]) {
              refuse(
                `payments[${taken[0].n}].providerPaymentId`,
                `is already applied to invoice ${taken[0].invoice_id}`,
                'invoice',
              );
            }
          }
          if (current === undefined) await tx.query(sql(insertInvoiceSql), params);
          else await tx.query(sql(updateInvoiceSql), [...params, expectedVersion]);
          if (current !== undefined) await tx.query(sql(deleteInvoicePaymentsSql), [invoice.id]);
          if (payments.length > 0) await tx.query(sql(insertInvoicePaymentsSql), [invoice.id, json(payments)]);
          if (dueAt !== null) await tx.query(sql(markCustomerDueSql), [invoice.customerId, dueAt]);
        });
      } catch (error) {
        // Two processes inserting the same new invoice, number or payment at once: the unique keys decide.
        if (isUniqueViolation(error, 'invoices_pkey')) {
          throw new StaleVersionError({ entity: 'invoice', id: invoice.id, expectedVersion, actualVersion: 1 });
        }
        if (isUniqueViolation(error, 'invoices_number_key')) refuse('number', 'is already used', 'invoice');
        if (isUniqueViolation(error, 'invoice_payments_pkey')) {
          refuse('payments', 'holds a payment already applied to another invoice', 'invoice');
        }
        throw error;
      }
      return JSON.parse(params[12] as string) as Invoice;
    },
    async listInvoices(query = {}) {
      const rows = await db.query(sql(listInvoicesSql), [
        query.customerId ?? null,
        query.statuses === undefined ? null : [...query.statuses],
        query.dueOnOrBefore === undefined ? null : calendarDate(query.dueOnOrBefore, 'dueOnOrBefore'),
        query.afterId ?? null,
        limitOf(query.limit),
      ]);
      return rows.map(invoiceFromRow);
    },
    async findInvoiceByPayment(provider, providerPaymentId) {
      const [row] = await db.query(sql(findInvoiceByPaymentSql), [provider, providerPaymentId]);
      return row === undefined ? undefined : invoiceFromRow(row);
    },

    async putPaymentLink(link) {
      text(link?.provider, 'link.provider');
      text(link.linkId, 'link.linkId');
      text(link.invoiceId, 'link.invoiceId');
      text(link.url, 'link.url');
      text(link.state, 'link.state');
      await db.query(sql(putPaymentLinkSql), [
        link.provider,
        link.linkId,
        link.invoiceId,
        link.installmentId ?? null,
        link.url,
        minorUnits(link.amount?.amountMinor, 'link.amount.amountMinor'),
        text(link.amount.currency, 'link.amount.currency'),
        instant(link.createdAt, 'link.createdAt'),
        optionalInstant(link.expiresAt, 'link.expiresAt'),
        link.state,
      ]);
    },
    async findPaymentLink(provider, linkId) {
      const link = await one<Record<string, unknown>>(db, sql(findPaymentLinkSql), [provider, linkId], 'link');
      return link === undefined ? undefined : linkFromJson(link);
    },
    async listPaymentLinks(invoiceId) {
      const rows = await db.query<{ link: Record<string, unknown> }>(sql(listPaymentLinksSql), [invoiceId]);
      return rows.map((row) => linkFromJson(row.link));
    },

    async appendMessage(message) {
      const [row] = await db.query<{ appended: number }>(sql(appendMessageSql), [messageJson(message)]);
      return row?.appended === 1;
    },
    async listMessages(query = {}) {
      const rows = await db.query<{ message: BillingStoreV1MessageRecord }>(sql(listMessagesSql), [
        query.invoiceId ?? null,
        query.customerId ?? null,
        query.direction ?? null,
        optionalInstant(query.since, 'since'),
        optionalInstant(query.statusSince, 'statusSince'),
        query.statuses === undefined ? null : [...query.statuses],
        limitOf(query.limit),
      ]);
      return rows.map((row) => row.message);
    },
    async updateMessageStatus(update) {
      text(update?.channelMessageId, 'channelMessageId');
      text(update.status, 'status');
      const at = instant(update.at, 'at');
      const [result] = await db.query<{ found: number }>(sql(updateMessageStatusSql), [
        update.channelMessageId,
        update.status,
        at,
        update.error === undefined ? null : json(update.error),
      ]);
      if (!result || result.found === 0) return undefined;
      return one<BillingStoreV1MessageRecord>(db, sql(getMessageByChannelIdSql), [update.channelMessageId], 'message');
    },
    async findMessageByOutboxKey(outboxKey) {
      return one<BillingStoreV1MessageRecord>(db, sql(findMessageByOutboxKeySql), [outboxKey], 'message');
    },

    async appendAudit(entry) {
      const [row] = await db.query<{ entry: BillingStoreV1AuditEntry }>(sql(appendAuditSql), [auditJson([entry])]);
      return row?.entry as BillingStoreV1AuditEntry;
    },
    async listAudit(query = {}) {
      const params = [
        query.invoiceId ?? null,
        query.customerId ?? null,
        query.afterSequence ?? null,
        limitOf(query.limit),
      ];
      // Appends take numbers without a lock, so one may commit below a number already visible: the SHARE lock waits
      // for those in flight, and a reader tailing with afterSequence never skips one.
      const rows = await db.transaction(async (tx) => {
        await tx.query(sql(lockAuditSql));
        return tx.query<{ entry: BillingStoreV1AuditEntry }>(sql(listAuditSql), params);
      });
      return rows.map((row) => row.entry);
    },
  };
}

/** @internal A message record checked and serialized for `insertMessageFromJson` (instants canonical). */
export function messageJson(message: BillingStoreV1MessageRecord): string {
  text(message?.id, 'message.id');
  text(message.customerId, 'message.customerId');
  text(message.channel, 'message.channel');
  text(message.kind, 'message.kind');
  text(message.status, 'message.status');
  if (message.direction !== 'outbound' && message.direction !== 'inbound') {
    refuse('message.direction', "must be 'outbound' or 'inbound'");
  }
  return json({
    ...message,
    createdAt: instant(message.createdAt, 'message.createdAt'),
    statusAt: instant(message.statusAt, 'message.statusAt'),
  });
}

/** @internal Audit entries checked and serialized for `insertAuditFromJson`. */
export function auditJson(entries: readonly Omit<BillingStoreV1AuditEntry, 'sequence'>[]): string {
  return json(
    entries.map((entry, index) => {
      const at = instant(entry?.at, entries.length === 1 ? 'entry.at' : `audit[${index}].at`);
      text(entry.actor, entries.length === 1 ? 'entry.actor' : `audit[${index}].actor`);
      text(entry.action, entries.length === 1 ? 'entry.action' : `audit[${index}].action`);
      return { ...entry, at };
    }),
  );
}
