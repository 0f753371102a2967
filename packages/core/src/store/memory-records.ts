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
import type { MemoryDue } from './memory-due';
import { assertRecord, assertText, copy, instantMs, limited } from './store-input';

/** @internal The record methods, plus what the composed store writes inside other methods' transactions. */
export interface MemoryRecords {
  readonly methods: RecordMethods;
  /** Checks a message record as `appendMessage` would, without writing. */
  checkMessage(message: BillingStoreV1MessageRecord): void;
  /** Checks an audit entry as `appendAudit` would, without writing. */
  checkAudit(entry: Omit<BillingStoreV1AuditEntry, 'sequence'>): void;
  /** `appendMessage` without yielding, for use inside another method's write. */
  appendMessageNow(message: BillingStoreV1MessageRecord): boolean;
  /** `appendAudit` without yielding. */
  appendAuditNow(entry: Omit<BillingStoreV1AuditEntry, 'sequence'>): BillingStoreV1AuditEntry;
  /** A customer's stored invoices in the given statuses, in id order (indexed). */
  invoicesOf(customerId: string, statuses: readonly Invoice['status'][]): Invoice[];
  /** The links of the given invoices, oldest first. */
  linksOf(invoiceIds: readonly string[]): BillingStoreV1PaymentLinkRecord[];
}

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

/**
 * An invoice as the memory store keeps it: the fields queries filter on, and the rest as one JSON string. A string
 * costs a third of the memory of the object graph it stands for (1M invoices fit in well under 2 GiB), and reading
 * it back is the copy-out the store owes its callers anyway.
 */
interface StoredInvoice {
  readonly id: string;
  readonly number: string;
  readonly customerId: string;
  readonly status: Invoice['status'];
  readonly firstDueDate: string;
  readonly version: number;
  readonly paymentKeys: readonly string[];
  readonly json: string;
}

/** A customer as kept: the fields queries filter on, and the JSON. */
interface StoredCustomer {
  readonly id: string;
  readonly phone: string;
  readonly whatsappUserId: string | undefined;
  readonly json: string;
}

const parse = <T>(stored: { readonly json: string } | undefined): T | undefined =>
  stored === undefined ? undefined : (JSON.parse(stored.json) as T);

/** Ids in ascending order, kept sorted once and re-sorted only after an insert: listing pages through them. */
function createSortedIds() {
  let sorted: string[] = [];
  let dirty = false;
  return {
    add(id: string) {
      sorted.push(id);
      dirty = true;
    },
    after(afterId: string | undefined): string[] {
      if (dirty) {
        sorted = [...new Set(sorted)].sort();
        dirty = false;
      }
      if (afterId === undefined) return sorted;
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((sorted[middle] as string) <= afterId) low = middle + 1;
        else high = middle;
      }
      return sorted.slice(low);
    },
  };
}

/** @internal Customers, invoices, payment links, the message log and the audit log of the memory store. */
export function createMemoryRecords(due: MemoryDue): MemoryRecords {
  const customers = new Map<string, StoredCustomer>();
  const customerIds = createSortedIds();
  const customersByPhone = new Map<string, Set<string>>();
  const customersByUserId = new Map<string, Set<string>>();
  const index = (map: Map<string, Set<string>>, key: string | undefined, id: string, add: boolean) => {
    if (key === undefined) return;
    const ids = map.get(key) ?? new Set<string>();
    if (add) ids.add(id);
    else ids.delete(id);
    if (ids.size === 0) map.delete(key);
    else map.set(key, ids);
  };
  const invoices = new Map<string, StoredInvoice>();
  const invoiceIds = createSortedIds();
  const invoiceByNumber = new Map<string, string>();
  const invoiceByPayment = new Map<string, string>();
  // The runtime reads one customer's invoices per due customer: index them, never scan every invoice.
  const invoicesByCustomer = new Map<string, Set<string>>();
  const links = new Map<string, BillingStoreV1PaymentLinkRecord>();
  // Every invoice message and reminder reads its invoice's links.
  const linksByInvoice = new Map<string, Set<string>>();
  const messages = new Map<string, BillingStoreV1MessageRecord>();
  const messageByChannelId = new Map<string, string>();
  // Statuses that arrived before their message was logged, applied on append.
  const earlyStatuses = new Map<string, BillingStoreV1MessageStatusUpdate>();
  const audit: BillingStoreV1AuditEntry[] = [];

  const messageByOutboxKey = new Map<string, string>();
  const checkMessage = (message: BillingStoreV1MessageRecord) => {
    assertText(message?.id, 'message.id');
    instantMs(message.createdAt, 'message.createdAt');
  };
  const appendMessageNow = (message: BillingStoreV1MessageRecord) => {
    checkMessage(message);
    const channelId = message.channelMessageId;
    if (messages.has(message.id) || (channelId !== undefined && messageByChannelId.has(channelId))) return false;
    const early = channelId === undefined ? undefined : earlyStatuses.get(channelId);
    messages.set(message.id, early === undefined ? copy(message) : withStatus(copy(message), early));
    if (message.outboxKey !== undefined) messageByOutboxKey.set(message.outboxKey, message.id);
    if (channelId !== undefined) {
      messageByChannelId.set(channelId, message.id);
      earlyStatuses.delete(channelId);
    }
    return true;
  };
  const checkAudit = (entry: Omit<BillingStoreV1AuditEntry, 'sequence'>) => {
    instantMs(entry?.at, 'entry.at');
    assertText(entry.action, 'entry.action');
    assertText(entry.actor, 'entry.actor');
  };
  const appendAuditNow = (entry: Omit<BillingStoreV1AuditEntry, 'sequence'>) => {
    checkAudit(entry);
    const stored: BillingStoreV1AuditEntry = { ...copy(entry), sequence: audit.length + 1 };
    audit.push(stored);
    return copy(stored);
  };

  const methods: RecordMethods = {
    async getCustomer(id) {
      return parse<Customer>(customers.get(id));
    },
    async putCustomer(customer) {
      assertRecord(customer, 'customer');
      assertText(customer.id, 'customer.id');
      const previous = customers.get(customer.id);
      if (previous) {
        index(customersByPhone, previous.phone, previous.id, false);
        index(customersByUserId, previous.whatsappUserId, previous.id, false);
      } else customerIds.add(customer.id);
      const json = JSON.stringify(customer);
      customers.set(customer.id, {
        id: customer.id,
        phone: customer.phone,
        whatsappUserId: customer.whatsappUserId,
        json,
      });
      index(customersByPhone, customer.phone, customer.id, true);
      index(customersByUserId, customer.whatsappUserId, customer.id, true);
      return JSON.parse(json) as Customer;
    },
    async listCustomers(query = {}) {
      // An inbound message names its sender's number: answer that from the index, not a scan.
      const indexed =
        query.phone !== undefined
          ? customersByPhone.get(query.phone)
          : query.whatsappUserId !== undefined
            ? customersByUserId.get(query.whatsappUserId)
            : undefined;
      const candidates =
        query.phone === undefined && query.whatsappUserId === undefined
          ? customerIds.after(query.afterId)
          : [...(indexed ?? [])].filter((id) => query.afterId === undefined || id > query.afterId).sort();
      const matching: Customer[] = [];
      for (const id of candidates) {
        if (query.limit !== undefined && matching.length >= query.limit) break;
        const stored = customers.get(id);
        if (!stored) continue;
        if (query.phone !== undefined && stored.phone !== query.phone) continue;
        if (query.whatsappUserId !== undefined && stored.whatsappUserId !== query.whatsappUserId) continue;
        matching.push(JSON.parse(stored.json) as Customer);
      }
      return matching;
    },

    async getInvoice(id) {
      return parse<Invoice>(invoices.get(id));
    },
    async findInvoiceByNumber(number) {
      const id = invoiceByNumber.get(number);
      return id === undefined ? undefined : parse<Invoice>(invoices.get(id));
    },
    async putInvoice(invoice, options = {}) {
      assertRecord(invoice, 'invoice');
      assertText(invoice.id, 'invoice.id');
      if (!Array.isArray(invoice.payments)) refuse('invoice', 'payments', 'must be a list');
      const dueAtMs =
        options.customerDueAt === undefined ? undefined : instantMs(options.customerDueAt, 'customerDueAt');
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
      const next: Invoice = { ...invoice, version: actualVersion + 1 };
      const json = JSON.stringify(next);
      if (stored !== undefined) {
        invoiceByNumber.delete(stored.number);
        for (const key of stored.paymentKeys) invoiceByPayment.delete(key);
      } else invoiceIds.add(next.id);
      if (stored !== undefined && stored.customerId !== next.customerId)
        invoicesByCustomer.get(stored.customerId)?.delete(next.id);
      const own = invoicesByCustomer.get(next.customerId) ?? new Set<string>();
      own.add(next.id);
      invoicesByCustomer.set(next.customerId, own);
      if (dueAtMs !== undefined) due.lower(next.customerId, dueAtMs);
      const paymentKeys = next.payments.map((payment) => paymentKey(payment.provider, payment.providerPaymentId));
      invoices.set(next.id, {
        id: next.id,
        number: next.number,
        customerId: next.customerId,
        status: next.status,
        firstDueDate: firstDueDate(next),
        version: next.version,
        paymentKeys,
        json,
      });
      invoiceByNumber.set(next.number, next.id);
      for (const key of paymentKeys) invoiceByPayment.set(key, next.id);
      return JSON.parse(json) as Invoice;
    },
    async listInvoices(query = {}) {
      const matching: Invoice[] = [];
      const candidates =
        query.customerId === undefined
          ? invoiceIds.after(query.afterId)
          : [...(invoicesByCustomer.get(query.customerId) ?? [])]
              .filter((id) => query.afterId === undefined || id > query.afterId)
              .sort();
      for (const id of candidates) {
        if (query.limit !== undefined && matching.length >= query.limit) break;
        const stored = invoices.get(id);
        if (
          stored === undefined ||
          (query.customerId !== undefined && stored.customerId !== query.customerId) ||
          (query.statuses !== undefined && !query.statuses.includes(stored.status)) ||
          (query.dueOnOrBefore !== undefined && stored.firstDueDate > query.dueOnOrBefore)
        )
          continue;
        matching.push(JSON.parse(stored.json) as Invoice);
      }
      return matching;
    },
    async findInvoiceByPayment(provider, providerPaymentId) {
      const id = invoiceByPayment.get(paymentKey(provider, providerPaymentId));
      return id === undefined ? undefined : parse<Invoice>(invoices.get(id));
    },

    async putPaymentLink(link) {
      assertText(link?.provider, 'link.provider');
      assertText(link.linkId, 'link.linkId');
      const key = paymentKey(link.provider, link.linkId);
      const previous = links.get(key);
      if (previous && previous.invoiceId !== link.invoiceId) linksByInvoice.get(previous.invoiceId)?.delete(key);
      links.set(key, copy(link));
      const keys = linksByInvoice.get(link.invoiceId) ?? new Set<string>();
      keys.add(key);
      linksByInvoice.set(link.invoiceId, keys);
    },
    async findPaymentLink(provider, linkId) {
      return copy(links.get(paymentKey(provider, linkId)));
    },
    async listPaymentLinks(invoiceId) {
      const matching = [...(linksByInvoice.get(invoiceId) ?? [])].map(
        (key) => links.get(key) as BillingStoreV1PaymentLinkRecord,
      );
      return copy(matching.sort((a, b) => instantMs(a.createdAt, 'createdAt') - instantMs(b.createdAt, 'createdAt')));
    },

    async appendMessage(message) {
      return appendMessageNow(message);
    },
    async listMessages(query = {}) {
      const since = query.since === undefined ? undefined : instantMs(query.since, 'since');
      const statusSince = query.statusSince === undefined ? undefined : instantMs(query.statusSince, 'statusSince');
      const matching = [...messages.values()]
        .filter(
          (message) =>
            (query.invoiceId === undefined ||
              message.invoiceId === query.invoiceId ||
              (message.relatedInvoiceIds ?? []).includes(query.invoiceId)) &&
            (query.customerId === undefined || message.customerId === query.customerId) &&
            (query.direction === undefined || message.direction === query.direction) &&
            (query.statuses === undefined || query.statuses.includes(message.status)) &&
            (since === undefined || Date.parse(message.createdAt) >= since) &&
            (statusSince === undefined || Date.parse(message.statusAt) >= statusSince),
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
      const id = messageByOutboxKey.get(outboxKey);
      return copy(id === undefined ? undefined : messages.get(id));
    },

    async appendAudit(entry) {
      return appendAuditNow(entry);
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

  return {
    methods,
    checkMessage,
    checkAudit,
    appendMessageNow,
    appendAuditNow,
    invoicesOf(customerId, statuses) {
      const ids = [...(invoicesByCustomer.get(customerId) ?? [])].sort();
      const matching: Invoice[] = [];
      for (const id of ids) {
        const stored = invoices.get(id);
        if (stored && statuses.includes(stored.status)) matching.push(JSON.parse(stored.json) as Invoice);
      }
      return matching;
    },
    linksOf(invoiceIds) {
      const matching: BillingStoreV1PaymentLinkRecord[] = [];
      for (const invoiceId of invoiceIds)
        for (const key of linksByInvoice.get(invoiceId) ?? [])
          matching.push(links.get(key) as BillingStoreV1PaymentLinkRecord);
      return copy(matching.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)));
    },
  };
}
