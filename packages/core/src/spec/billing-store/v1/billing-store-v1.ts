import type { Customer } from '../../../model/customer';
import type { Invoice } from '../../../model/invoice';
import type { Instant } from '../../../model/time';
import type { BillingStoreV1AuditEntry } from './billing-store-v1-audit-entry';
import type { BillingStoreV1AuditQuery } from './billing-store-v1-audit-query';
import type { BillingStoreV1ClaimDueOptions } from './billing-store-v1-claim-due-options';
import type { BillingStoreV1CustomerQuery } from './billing-store-v1-customer-query';
import type { BillingStoreV1CustomerWork } from './billing-store-v1-customer-work';
import type { BillingStoreV1DueCustomer } from './billing-store-v1-due-customer';
import type { BillingStoreV1EnqueueOutboxInput } from './billing-store-v1-enqueue-outbox-input';
import type { BillingStoreV1EnqueueOutboxResult } from './billing-store-v1-enqueue-outbox-result';
import type { BillingStoreV1IdempotencyRecord } from './billing-store-v1-idempotency-record';
import type { BillingStoreV1InvoiceQuery } from './billing-store-v1-invoice-query';
import type { BillingStoreV1JsonValue } from './billing-store-v1-json-value';
import type { BillingStoreV1MessageQuery } from './billing-store-v1-message-query';
import type { BillingStoreV1MessageRecord } from './billing-store-v1-message-record';
import type { BillingStoreV1MessageStatusUpdate } from './billing-store-v1-message-status-update';
import type { BillingStoreV1OutboxEntry } from './billing-store-v1-outbox-entry';
import type { BillingStoreV1OutboxOutcome } from './billing-store-v1-outbox-outcome';
import type { BillingStoreV1OutboxQuery } from './billing-store-v1-outbox-query';
import type { BillingStoreV1PaymentLinkRecord } from './billing-store-v1-payment-link-record';
import type { BillingStoreV1PutInvoiceOptions } from './billing-store-v1-put-invoice-options';
import type { BillingStoreV1RememberResult } from './billing-store-v1-remember-result';
import type { BillingStoreV1ReserveSlotsInput } from './billing-store-v1-reserve-slots-input';
import type { BillingStoreV1SendEffects } from './billing-store-v1-send-effects';
import type { BillingStoreV1SettleDueOptions } from './billing-store-v1-settle-due-options';

/**
 * Where cobro keeps its state. `@cobro/core` ships `createMemoryStore()`; a database adapter implements the same
 * interface (every method maps to one statement or one short transaction, so Postgres can do it with unique keys,
 * `UPDATE … WHERE version = $n` and `INSERT … ON CONFLICT DO NOTHING`).
 *
 * Contract for every implementation:
 * - values are copied in and out: a caller mutating what it passed or got back never changes the store;
 * - a method either does all of its work or none (no half-written state when it throws);
 * - the conditional methods (`putInvoice`, `rememberIdempotencyKey`, `claim`, `enqueueOutbox`, `beginOutboxSend`,
 *   `finishOutboxSend`, `recoverExpiredOutbox`, `claimDueCustomers`, `settleDueCustomer`, `reserveSendSlots`) are
 *   atomic with respect to concurrent callers in any process;
 * - times are passed in (`now`), never read from a clock, so tests and the runtime's clock agree.
 *
 * **Due work by index.** The store keeps, per customer, the next instant at which anything may be due for it. Writes
 * that create work lower it in the same write: `putInvoice` with `customerDueAt`, `enqueueOutbox` (to `notBefore`, or
 * `now`), `finishOutboxSend` and `resolveOutbox` back to `pending` (to `notBefore`, or `at`), and `markCustomerDue`.
 * Each lowering moves the customer's `dueSequence` on. Writes by the worker holding the customer's due claim, made
 * during its drain (`enqueueOutbox` with `claimedBy`, `finishOutboxSend` by that worker), leave the index alone: the
 * drain accounts for them when it settles.
 * The runtime takes due customers with `claimDueCustomers` and hands each back with `settleDueCustomer` and the next
 * instant its own plan needs, so a run costs what is due, not what is stored. `@cobro/testing/vitest`'s store contract
 * suite is the executable definition of all of this.
 */
export interface BillingStoreV1 {
  /** The spec version this store implements. */
  readonly specificationVersion: 'v1';
  /** A short name for logs and error messages, e.g. `memory`, `postgres`. */
  readonly name: string;

  /** The customer with this id, or `undefined`. */
  getCustomer(id: string): Promise<Customer | undefined>;
  /** Stores a customer, replacing any with the same id (customers carry no version: last write wins). */
  putCustomer(customer: Customer): Promise<Customer>;
  /** Customers matching the query (by phone or WhatsApp user id to identify an inbound message's sender). */
  listCustomers(query?: BillingStoreV1CustomerQuery): Promise<readonly Customer[]>;

  /** The invoice with this id, or `undefined`. */
  getInvoice(id: string): Promise<Invoice | undefined>;
  /** The invoice with this number, or `undefined` (a customer quoting an invoice number in a reply). */
  findInvoiceByNumber(number: string): Promise<Invoice | undefined>;
  /**
   * Stores an invoice if nobody changed it since it was read, and returns it with `version` incremented (a new
   * invoice is stored with version 1).
   *
   * @throws `StaleVersionError` when the stored version is not `expectedVersion` (or, for a new invoice, when one
   * already exists under the id). The write is refused, not merged: re-read, re-apply the change and try again.
   */
  putInvoice(invoice: Invoice, options?: BillingStoreV1PutInvoiceOptions): Promise<Invoice>;
  /** Invoices matching the query, in ascending id order. */
  listInvoices(query?: BillingStoreV1InvoiceQuery): Promise<readonly Invoice[]>;
  /**
   * The invoice a provider payment was applied to, or `undefined`. Maintained by `putInvoice` from each invoice's
   * `payments`, so a webhook arriving twice (or for a payment recorded by another worker) finds it.
   */
  findInvoiceByPayment(provider: string, providerPaymentId: string): Promise<Invoice | undefined>;

  /** Stores a payment link, replacing the one with the same (provider, linkId). */
  putPaymentLink(link: BillingStoreV1PaymentLinkRecord): Promise<void>;
  /** The link with this provider and id, or `undefined`. */
  findPaymentLink(provider: string, linkId: string): Promise<BillingStoreV1PaymentLinkRecord | undefined>;
  /** The links created for an invoice, oldest first. */
  listPaymentLinks(invoiceId: string): Promise<readonly BillingStoreV1PaymentLinkRecord[]>;

  /**
   * Appends a message to the log, unless a record with the same `id` or the same `channelMessageId` is already
   * logged (a replayed webhook): insert-if-absent. A delivery status that arrived for its `channelMessageId` before
   * the message was logged (status webhooks can beat the sender's write) is applied now.
   *
   * @returns true when appended; false when it was already logged (nothing changed).
   */
  appendMessage(message: BillingStoreV1MessageRecord): Promise<boolean>;
  /** Messages matching the query, in `createdAt` order. */
  listMessages(query?: BillingStoreV1MessageQuery): Promise<readonly BillingStoreV1MessageRecord[]>;
  /**
   * Applies a delivery status from the channel to the message with that channel message id. Statuses only move
   * forward (see `BillingStoreV1MessageStatus`); a stale or repeated status leaves the record unchanged.
   *
   * @returns the record after the update, or `undefined` when no message has that channel message id yet (the
   * status is then kept and applied when `appendMessage` logs that id).
   */
  updateMessageStatus(update: BillingStoreV1MessageStatusUpdate): Promise<BillingStoreV1MessageRecord | undefined>;
  /** The message sent from an outbox entry, or `undefined`. */
  findMessageByOutboxKey(outboxKey: string): Promise<BillingStoreV1MessageRecord | undefined>;

  /** Appends an entry to the audit log and returns it with its `sequence`. There is no update and no delete. */
  appendAudit(entry: Omit<BillingStoreV1AuditEntry, 'sequence'>): Promise<BillingStoreV1AuditEntry>;
  /** Audit entries matching the query, in sequence order. */
  listAudit(query?: BillingStoreV1AuditQuery): Promise<readonly BillingStoreV1AuditEntry[]>;

  /**
   * Remembers an idempotency key with the result of the operation it guards, unless the key is already remembered
   * and not expired: insert-if-absent, atomically, so of two workers handling the same webhook exactly one gets
   * `stored: true`.
   *
   * @param options.now - the current instant
   * @param options.ttlMs - how long to remember it; forever when absent
   */
  rememberIdempotencyKey(
    key: string,
    result: BillingStoreV1JsonValue,
    options: { readonly now: Instant; readonly ttlMs?: number },
  ): Promise<BillingStoreV1RememberResult>;
  /** The remembered record for `key`, or `undefined` when unknown or expired at `now`. */
  recallIdempotencyKey(key: string, now: Instant): Promise<BillingStoreV1IdempotencyRecord | undefined>;

  /**
   * Claims a unit of due work (e.g. `reminders:cus_1:2026-11-23`) for `owner` for `leaseMs`, atomically. True when
   * the key was free, its lease had expired, or `owner` already held it (the lease is then extended). False when
   * another owner holds an unexpired lease or the work was completed.
   */
  claim(key: string, owner: string, leaseMs: number, now: Instant): Promise<boolean>;
  /** Gives a claim back before its lease ends so another worker may take it. False when `owner` does not hold it. */
  release(key: string, owner: string): Promise<boolean>;
  /** Marks claimed work done: nobody can claim the key again. False when `owner` does not hold the claim. */
  complete(key: string, owner: string, now: Instant): Promise<boolean>;

  /**
   * Adds a send to the outbox for (invoiceId, stage), unless one exists: insert-if-absent, atomically. The existing
   * entry is returned untouched, whatever its state, so a stage is never sent twice.
   */
  enqueueOutbox(input: BillingStoreV1EnqueueOutboxInput): Promise<BillingStoreV1EnqueueOutboxResult>;
  /** The outbox entry with this key, or `undefined`. */
  getOutbox(key: string): Promise<BillingStoreV1OutboxEntry | undefined>;
  /** Outbox entries matching the query. */
  listOutbox(query?: BillingStoreV1OutboxQuery): Promise<readonly BillingStoreV1OutboxEntry[]>;
  /**
   * Takes a `pending` entry whose `notBefore` has passed for sending: atomically moves it to `sending` under a lease
   * held by `owner`, counting the attempt.
   *
   * @returns the entry now `sending`, or `undefined` when it is not pending, not yet due, or another worker won.
   */
  beginOutboxSend(
    key: string,
    owner: string,
    leaseMs: number,
    now: Instant,
  ): Promise<BillingStoreV1OutboxEntry | undefined>;
  /**
   * Records how a send ended. Accepted from the worker that began it while the entry is `sending` (even after its
   * lease expired), and also when recovery already marked it `ambiguous` (the worker was slow, not dead: its
   * answer is the truth).
   *
   * `effects` (the message log record, audit entries) are written in the same transaction, and only when the
   * outcome is accepted.
   *
   * @returns the entry after the change, or `undefined` when `owner` no longer holds it (nothing changed).
   */
  finishOutboxSend(
    key: string,
    owner: string,
    outcome: BillingStoreV1OutboxOutcome,
    effects?: BillingStoreV1SendEffects,
  ): Promise<BillingStoreV1OutboxEntry | undefined>;
  /**
   * Moves every `sending` entry whose lease expired before `now` to `ambiguous` (its worker crashed mid-send: the
   * message may have gone out), atomically. The runtime calls it on start and periodically.
   *
   * @returns the entries it moved.
   */
  recoverExpiredOutbox(now: Instant): Promise<readonly BillingStoreV1OutboxEntry[]>;
  /**
   * Settles an `ambiguous` or `failed` entry from outside the worker: a status webhook carrying the outbox key proves
   * it was `sent`, or a person decides to retry (`pending`) or give up (`failed`). A `sent` outcome also settles an
   * entry still `sending` (its worker died after the channel took the message, or has not written back yet; its late
   * `finishOutboxSend` then changes nothing).
   *
   * @returns the entry after the change, or `undefined` when the entry is in no state that outcome may settle.
   */
  resolveOutbox(key: string, outcome: BillingStoreV1OutboxOutcome): Promise<BillingStoreV1OutboxEntry | undefined>;

  /**
   * Makes a customer due at `at` (or keeps an earlier due instant): something outside the store's own writes needs it
   * planned (e.g. a promise date the app changed).
   */
  markCustomerDue(customerId: string, at: Instant): Promise<void>;
  /**
   * Takes up to `limit` customers due at or before `now`, earliest first, that no other worker holds (or whose lease
   * expired), and leases them to `owner`, atomically: of several workers, each customer goes to one.
   */
  claimDueCustomers(options: BillingStoreV1ClaimDueOptions): Promise<readonly BillingStoreV1DueCustomer[]>;
  /**
   * Hands a claimed customer back: its due instant becomes `nextDueAt` (none when absent) unless a write made it due
   * again since the claim (`dueSequence` moved), in which case the earlier of the two is kept. Releases the lease.
   *
   * @returns false when `owner` no longer holds the customer (nothing changed).
   */
  settleDueCustomer(options: BillingStoreV1SettleDueOptions): Promise<boolean>;
  /**
   * Optional: `settleDueCustomer` for several customers in one call (one round trip for a run's page instead of one
   * per customer), each settled exactly as `settleDueCustomer` would settle it alone. Not atomic as a whole: a
   * failure may leave some settled, and the others keep their lease until it runs out.
   *
   * @returns for each input, in order, what `settleDueCustomer` would have returned
   */
  settleDueCustomers?(settles: readonly BillingStoreV1SettleDueOptions[]): Promise<readonly boolean[]>;
  /**
   * What the runtime needs to plan and send for one customer, read at once (see `BillingStoreV1CustomerWork`), or
   * `undefined` when there is no such customer.
   *
   * @param options.outboxSince - entries created or changed at or after this instant are included whatever they
   * concern (the window the policy's caps look back over)
   */
  getCustomerWork(
    customerId: string,
    options: { readonly outboxSince: Instant },
  ): Promise<BillingStoreV1CustomerWork | undefined>;
  /**
   * Optional: `getCustomerWork` for several customers in one call (a run reads its claimed customers' work a few at
   * a time: one round trip instead of one per customer). Each customer's work is what `getCustomerWork` returns.
   *
   * @returns for each id, in order, its work, or `undefined` when there is no such customer
   */
  getCustomersWork?(
    customerIds: readonly string[],
    options: { readonly outboxSince: Instant },
  ): Promise<readonly (BillingStoreV1CustomerWork | undefined)[]>;
  /** Records an inbound message from the customer at `at` (keeps the latest): the 24-hour service window opens. */
  recordInbound(customerId: string, at: Instant): Promise<void>;
  /**
   * Takes `count` consecutive slots of a rate limit shared by every process, atomically: the first slot is the latest
   * of `fromMicros` (default `nowMicros`), the limit's next free slot and, with `ratePerSecond`, one second after the
   * slot that many places earlier could go (see {@link BillingStoreV1ReserveSlotsInput}); the next free slot moves
   * `count × intervalMicros` on.
   *
   * @returns the first slot's time in epoch microseconds; slot `i` is at that plus `i × intervalMicros`.
   */
  reserveSendSlots(input: BillingStoreV1ReserveSlotsInput): Promise<number>;
}
