import type { Customer } from '../model/customer';
import type { Invoice } from '../model/invoice';
import type { CobroEvents } from '../runtime/events';
import type { BillingStoreV1 } from '../spec/billing-store/v1/billing-store-v1';
import type { MessagingChannelV1WebhookEvent } from '../spec/messaging-channel/v1/messaging-channel-v1-webhook-event';
import type { PaymentProviderV1WebhookRequest } from '../spec/payment-provider/v1/payment-provider-v1-webhook-event';
import type { ChannelEventResult } from './handle-channel-webhook';
import type { PaymentWebhookResult } from './handle-payment-webhook';
import type { ManualPaymentInput, RefundInput } from './manage-invoices';
import type { ReconcileResult } from './reconcile-outbox';
import type { RunDueRemindersResult } from './run-due-reminders';
import type { InvoiceDocument, SendInvoiceResult } from './send-invoice';

/** Options of the webhook endpoints. */
export interface WebhookHandlerOptions {
  /**
   * Keeps work running after the answer: the handler answers at once (it only verifies, records and enqueues) and
   * hands the outbox drain (`runDueReminders`) to this, so replies and confirmations go out within moments instead of
   * at the app's next run. Pass the platform's own: `ctx.waitUntil` on Cloudflare Workers, `waitUntil` from
   * `@vercel/functions`, or on a long-running Node server `(work) => void work`.
   */
  readonly waitUntil?: (work: Promise<unknown>) => void;
}

/**
 * The app's handle on cobro, from {@link createBilling}.
 *
 * @typeParam ProviderId - the ids of the providers it was given, so a misspelt id does not compile
 */
export interface Billing<ProviderId extends string = string> {
  /** The store, for queries the handle does not wrap (message log, audit log, outbox review). */
  readonly store: BillingStoreV1;
  /** Typed events: `invoice.sent`, `reminder.sent`, `payment.received`, `payment.mismatch`, `customer.opted-out`… */
  readonly events: CobroEvents;

  /**
   * Saves a customer (create or replace), checked first with `assertCustomer` (the rules of `createCustomer`).
   * @throws ValidationError naming every bad field; nothing is stored.
   */
  saveCustomer(customer: Customer): Promise<Customer>;
  /**
   * Stores a new invoice (from `createInvoice`), checked first with `assertInvoice`.
   * @throws ValidationError naming the bad field, `customerId` when no such customer is stored, or `id` (with the id)
   * when an invoice with that id exists; nothing is stored.
   */
  addInvoice(invoice: Invoice): Promise<Invoice>;
  /** The invoice with this id, or `undefined`. */
  getInvoice(invoiceId: string): Promise<Invoice | undefined>;

  /** Issues (if draft) and sends an invoice with its payment links; see `sendInvoice`. */
  sendInvoice(invoiceId: string, options?: { readonly document?: InvoiceDocument }): Promise<SendInvoiceResult>;
  /**
   * The outbox drain and the reminder run: sends what waits in the outbox (invoice messages, replies, payment
   * confirmations, retries) and every reminder due now, for the customers whose work is due; see `runDueReminders`.
   */
  runDueReminders(options?: { readonly now?: Date | string }): Promise<RunDueRemindersResult>;
  /** Settles sends whose worker died mid-send (also done at the start of every `runDueReminders`). */
  reconcileOutbox(): Promise<ReconcileResult>;

  /** Verifies and books a payment provider's webhook; see `handlePaymentWebhook`. */
  handlePaymentWebhook(provider: ProviderId, request: PaymentProviderV1WebhookRequest): Promise<PaymentWebhookResult>;
  /** Verifies a channel webhook and handles its statuses and replies; see `handleChannelWebhook`. */
  handleChannelWebhook(request: PaymentProviderV1WebhookRequest): Promise<ChannelEventResult[]>;
  /** Handles channel events already verified and parsed (e.g. by `createWhatsAppWebhookHandler`'s `onEvents`). */
  handleChannelEvents(events: readonly MessagingChannelV1WebhookEvent[]): Promise<ChannelEventResult[]>;

  /** Records a payment received by hand ("mark as paid", in full or in part); see `recordManualPayment`. */
  recordPayment(invoiceId: string, payment: ManualPaymentInput): Promise<Invoice>;
  /** Voids an invoice and expires its links. */
  voidInvoice(invoiceId: string, options: { readonly reason: string }): Promise<Invoice>;
  /** Refunds a payment through its provider and records it; see `refundPayment`. */
  refundPayment(invoiceId: string, refund: RefundInput): Promise<Invoice>;
  /** The URL of the invoice's live payment link (for the redirect behind templated "Pay now" buttons), or `undefined`. */
  currentPaymentUrl(invoiceId: string): Promise<string | undefined>;

  /**
   * A web-standard `Request → Response` endpoint for one provider's webhooks (Hono, Next.js, Workers, Deno, Bun;
   * wrap it with {@link toNodeHandler} for Express or `node:http`). 200 once booked or already handled, 401/400 for a
   * bad signature or body (not retried), 500 on a failure (the provider redelivers). It never sends: the thank-you
   * waits in the outbox for the drain (`runDueReminders`, or `waitUntil`).
   */
  paymentWebhookHandler(provider: ProviderId, options?: WebhookHandlerOptions): (request: Request) => Promise<Response>;
  /**
   * A web-standard endpoint for the channel's webhooks. `verifySubscription` answers the GET handshake (for
   * WhatsApp: `createWhatsAppCloud().verifySubscription`).
   */
  channelWebhookHandler(
    options?: {
      /** Answers a GET handshake with the challenge to echo, or throws to refuse it (403). */
      readonly verifySubscription?: (query: string) => string;
    } & WebhookHandlerOptions,
  ): (request: Request) => Promise<Response>;
}
