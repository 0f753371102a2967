import { StaleVersionError } from '../errors/stale-version-error';
import { ValidationError } from '../errors/validation-error';
import type { Customer } from '../model/customer';
import type { Invoice } from '../model/invoice';
import type { BillingStoreV1 } from '../spec/billing-store/v1/billing-store-v1';
import type { BillingStoreV1AuditEntry } from '../spec/billing-store/v1/billing-store-v1-audit-entry';
import type { BillingStoreV1MessageRecord } from '../spec/billing-store/v1/billing-store-v1-message-record';
import type { BillingStoreV1MessageStatus } from '../spec/billing-store/v1/billing-store-v1-message-status';
import type { BillingStoreV1MessageStatusUpdate } from '../spec/billing-store/v1/billing-store-v1-message-status-update';
import type { BillingStoreV1PaymentLinkRecord } from '../spec/billing-store/v1/billing-store-v1-payment-link-record';
import { assertText, copy, instantMs, limited } from './store-input';

type RecordMethods = Pick<
  BillingStoreV1,
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
  | 'listAudit'
>;

const statusRank: Readonly<Record<BillingStoreV1MessageStatus, number>> = {
  queued: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  failed: 4,
  received: 5,
};

function canMoveStatus(from: BillingStoreV1MessageStatus, to: BillingStoreV1MessageStatus): boolean {
  if (from === 'received' || from === 'failed' || from === to) return false;
  if (to === 'failed') return from !== 'read';
  return statusRank[to] > statusRank[from];
}

/** The record with `update` applied, when it moves the status forward; otherwise the record unchanged. */
function withStatus(
  message: BillingStoreV1MessageRecord,
  update: BillingStoreV1MessageStatusUpdate,
): BillingStoreV1MessageRecord {
  if (!canMoveStatus(message.status, update.status)) return message;
  return {
    ...message,
    status: update.status,
    statusAt: update.at,
    ...(update.error === undefined ? {} : { error: copy(update.error) }),
  };
}

function refuse(subject: string, path: string, message: string): never {
  throw new ValidationError({ subject, issues: [{ path, message }] });
}

const maxEarlyStatuses = 10_000;

const paymentKey = (provider: string, id: string) => `${provider}\u0000${id}`;

function firstDueDate(invoice: Invoice): string {
  return invoice.installments[0]?.dueDate ?? invoice.dueDate;
}

function byId<T extends { id: string }>(items: Iterable<T>, afterId: string | undefined): T[] {
  return [...items].filter((item) => afterId === undefined || item.id > afterId).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** @internal Customers, invoices, payment links, the message log and the audit log of the memory store. */
export function createMemoryRecords(): RecordMethods {
  const customers = new Map<string, Customer>();
  const invoices = new Map<string, Invoice>();
  const invoiceByNumber = new Map<string, string>();
  const invoiceByPayment = new Map<string, string>();
  const links = new Map<string, BillingStoreV1PaymentLinkRecord>();
  const messages = new Map<string, BillingStoreV1MessageRecord>();
  const messageByChannelId = new Map<string, string>();
  // Statuses that arrived before their message was logged, applied on append.
  const earlyStatuses = new Map<string, BillingStoreV1MessageStatusUpdate>();
  const audit: BillingStoreV1AuditEntry[] = [];

  return {
    async getCustomer(id) {
      return copy(customers.get(id));
    },
    async putCustomer(customer) {
      assertText(customer?.id, 'customer.id');
      customers.set(customer.id, copy(customer));
      return copy(customer);
    },
    async listCustomers(query = {}) {
      const matching = byId(customers.values(), query.afterId).filter(
        (customer) =>
          (query.phone === undefined || customer.phone === query.phone) &&
          (query.whatsappUserId === undefined || customer.whatsappUserId === query.whatsappUserId),
      );
      return copy(limited(matching, query.limit));
    },

    async getInvoice(id) {
      return copy(invoices.get(id));
    },
    async findInvoiceByNumber(number) {
      const id = invoiceByNumber.get(number);
      return id === undefined ? undefined : copy(invoices.get(id));
    },
    async putInvoice(invoice, options = {}) {
      assertText(invoice?.id, 'invoice.id');
      const stored = invoices.get(invoice.id);
      const expectedVersion = options.expectedVersion ?? invoice.version;
      const actualVersion = stored?.version ?? 0;
      if (expectedVersion !== actualVersion) {
        throw new StaleVersionError({ entity: 'invoice', id: invoice.id, expectedVersion, actualVersion });
      }
      // Check every uniqueness rule before touching anything, so a refused write leaves no trace.
      const numberOwner = invoiceByNumber.get(invoice.number);
      if (numberOwner !== undefined && numberOwner !== invoice.id) {
        refuse('invoice', 'number', `is already used by invoice ${numberOwner}`);
      }
      invoice.payments.forEach((payment, index) => {
        const owner = invoiceByPayment.get(paymentKey(payment.provider, payment.providerPaymentId));
        if (owner !== undefined && owner !== invoice.id) {
          refuse('invoice', `payments[${index}].providerPaymentId`, `is already applied to invoice ${owner}`);
        }
      });
      const next: Invoice = { ...copy(invoice), version: actualVersion + 1 };
      if (stored !== undefined) {
        invoiceByNumber.delete(stored.number);
        for (const payment of stored.payments)
          invoiceByPayment.delete(paymentKey(payment.provider, payment.providerPaymentId));
      }
      invoices.set(next.id, next);
      invoiceByNumber.set(next.number, next.id);
      for (const payment of next.payments)
        invoiceByPayment.set(paymentKey(payment.provider, payment.providerPaymentId), next.id);
      return copy(next);
    },
    async listInvoices(query = {}) {
      const matching = byId(invoices.values(), query.afterId).filter(
        (invoice) =>
          (query.customerId === undefined || invoice.customerId === query.customerId) &&
          (query.statuses === undefined || query.statuses.includes(invoice.status)) &&
          (query.dueOnOrBefore === undefined || firstDueDate(invoice) <= query.dueOnOrBefore),
      );
      return copy(limited(matching, query.limit));
    },
    async findInvoiceByPayment(provider, providerPaymentId) {
      const id = invoiceByPayment.get(paymentKey(provider, providerPaymentId));
      return id === undefined ? undefined : copy(invoices.get(id));
    },

    async putPaymentLink(link) {
      assertText(link?.provider, 'link.provider');
      assertText(link.linkId, 'link.linkId');
      links.set(paymentKey(link.provider, link.linkId), copy(link));
    },
    async findPaymentLink(provider, linkId) {
      return copy(links.get(paymentKey(provider, linkId)));
    },
    async listPaymentLinks(invoiceId) {
      const matching = [...links.values()].filter((link) => link.invoiceId === invoiceId);
      return copy(matching.sort((a, b) => instantMs(a.createdAt, 'createdAt') - instantMs(b.createdAt, 'createdAt')));
    },

    async appendMessage(message) {
      assertText(message?.id, 'message.id');
      instantMs(message.createdAt, 'message.createdAt');
      const channelId = message.channelMessageId;
      if (messages.has(message.id) || (channelId !== undefined && messageByChannelId.has(channelId))) return false;
      const early = channelId === undefined ? undefined : earlyStatuses.get(channelId);
      messages.set(message.id, early === undefined ? copy(message) : withStatus(copy(message), early));
      if (channelId !== undefined) {
        messageByChannelId.set(channelId, message.id);
        earlyStatuses.delete(channelId);
      }
      return true;
    },
    async listMessages(query = {}) {
      const since = query.since === undefined ? undefined : instantMs(query.since, 'since');
      const matching = [...messages.values()]
        .filter(
          (message) =>
            (query.invoiceId === undefined ||
              message.invoiceId === query.invoiceId ||
              (message.relatedInvoiceIds ?? []).includes(query.invoiceId)) &&
            (query.customerId === undefined || message.customerId === query.customerId) &&
            (query.direction === undefined || message.direction === query.direction) &&
            (query.statuses === undefined || query.statuses.includes(message.status)) &&
            (since === undefined || Date.parse(message.createdAt) >= since),
        )
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1));
      return copy(limited(matching, query.limit));
    },
    async updateMessageStatus(update) {
      assertText(update?.channelMessageId, 'channelMessageId');
      instantMs(update.at, 'at');
      const id = messageByChannelId.get(update.channelMessageId);
      const message = id === undefined ? undefined : messages.get(id);
      if (message === undefined) {
        const kept = earlyStatuses.get(update.channelMessageId);
        if (kept === undefined || canMoveStatus(kept.status, update.status)) {
          earlyStatuses.set(update.channelMessageId, copy(update));
          // Statuses for messages sent by other tools never get logged here; keep only the most recent ones.
          if (earlyStatuses.size > maxEarlyStatuses) earlyStatuses.delete(earlyStatuses.keys().next().value as string);
        }
        return undefined;
      }
      const next = withStatus(message, update);
      messages.set(message.id, next);
      return copy(next);
    },
    async findMessageByOutboxKey(outboxKey) {
      return copy([...messages.values()].find((message) => message.outboxKey === outboxKey));
    },

    async appendAudit(entry) {
      instantMs(entry?.at, 'entry.at');
      assertText(entry.action, 'entry.action');
      assertText(entry.actor, 'entry.actor');
      const stored: BillingStoreV1AuditEntry = { ...copy(entry), sequence: audit.length + 1 };
      audit.push(stored);
      return copy(stored);
    },
    async listAudit(query = {}) {
      const matching = audit.filter(
        (entry) =>
          (query.invoiceId === undefined || entry.invoiceId === query.invoiceId) &&
          (query.customerId === undefined || entry.customerId === query.customerId) &&
          (query.afterSequence === undefined || entry.sequence > query.afterSequence),
      );
      return copy(limited(matching, query.limit));
    },
  };
}
