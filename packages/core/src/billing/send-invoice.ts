import { ValidationError } from '../errors/validation-error';
import type { Invoice } from '../model/invoice';
import { issueInvoice } from '../model/invoice-transitions';
import type { BillingContext } from './billing-context';
import { composeMessage } from './compose-message';
import { drainCustomerNow } from './drain-customer';
import { enqueueSend } from './enqueue-send';
import { ensurePaymentLinks } from './ensure-payment-links';
import { offlinePaymentLines } from './offline-payment-lines';
import type { SendOutcome } from './send-outbox-entry';
import { updateInvoice } from './update-invoice';

/** The invoice as a file, sent after the message as a WhatsApp document (inside the service window only). */
export interface InvoiceDocument {
  /** The file's bytes (uploaded through the channel), or … */
  readonly bytes?: Uint8Array;
  /** … an https URL the channel fetches it from. */
  readonly link?: string;
  /** The file name the customer sees, e.g. `F-2026-0042.pdf`. */
  readonly filename: string;
  /** Its MIME type; `application/pdf` when absent. */
  readonly mimeType?: string;
}

/** What `billing.sendInvoice()` did. */
export interface SendInvoiceResult {
  /** The invoice as stored (issued, when it was a draft). */
  readonly invoice: Invoice;
  /** The invoice message: sent, or scheduled for the first lawful slot. */
  readonly message: SendOutcome;
  /** The document, when one was given. */
  readonly document?: SendOutcome;
}

/**
 * Sends an invoice (or order) in the chat: issues it if it is a draft, creates or reuses a payment link per provider,
 * and sends the message with a "Pay now" button inside the service window or the utility template outside it. When
 * the contact gate refuses the instant (night, Sunday, a holiday), the send waits in the outbox for the first
 * allowed one and `runDueReminders` sends it.
 *
 * @throws ValidationError when the invoice or its customer is unknown, or nobody can collect its currency.
 */
export async function sendInvoice(
  context: BillingContext,
  invoiceId: string,
  options: { readonly document?: InvoiceDocument } = {},
): Promise<SendInvoiceResult> {
  const { invoice } = await updateInvoice(context, invoiceId, (current) => ({
    invoice: current.status === 'draft' ? issueInvoice(current) : current,
  }));
  const customer = await context.store.getCustomer(invoice.customerId);
  if (!customer)
    throw new ValidationError({
      subject: 'invoice',
      issues: [{ path: 'customerId', message: `no customer "${invoice.customerId}"; save the customer first` }],
    });
  const margin = context.options.linkRenewalMarginMs ?? 2 * 86_400_000;
  const links = await ensurePaymentLinks(context, invoice, customer, Date.parse(context.now()) + margin);
  if (
    links.length === 0 &&
    offlinePaymentLines(context.options.offlinePaymentOptions ?? [], invoice.currency).length === 0
  )
    throw new ValidationError({
      subject: 'invoice',
      issues: [
        {
          path: 'currency',
          message: `no payment provider or offline option takes ${invoice.currency}; give createBilling one`,
        },
      ],
    });
  const payload = composeMessage(context, {
    key: invoice.orderId ? 'order-sent' : 'invoice-sent',
    contactKind: 'invoice',
    customer,
    invoices: [invoice],
    links: new Map([[invoice.id, links]]),
    at: context.now(),
  });
  const queued = await enqueueSend(context, {
    invoiceId: invoice.id,
    stage: 'invoice-sent',
    customerId: customer.id,
    payload,
  });
  const document = options.document
    ? await enqueueDocument(context, invoice, customer.id, payload.messageKey, options.document)
    : undefined;
  // Sent now through the customer's queue (gated with its whole history), unless another worker drains it.
  const outcomes = await drainCustomerNow(context, customer.id);
  const outcomeOf = (key: string, fallback: SendOutcome) => outcomes.find((each) => each.key === key) ?? fallback;
  return {
    invoice,
    message: outcomeOf(queued.key, withoutEntry(queued)),
    ...(document ? { document: outcomeOf(document.key, document) } : {}),
  };
}

/** The outcome as callers see it, without the stored entry enqueueing returned. */
function withoutEntry({ entry: _entry, ...outcome }: Awaited<ReturnType<typeof enqueueSend>>): SendOutcome {
  return outcome;
}

async function enqueueDocument(
  context: BillingContext,
  invoice: Invoice,
  customerId: string,
  messageKey: ReturnType<typeof composeMessage>['messageKey'],
  document: InvoiceDocument,
): Promise<SendOutcome> {
  const mediaId =
    document.bytes && context.channel.uploadMedia
      ? (
          await context.channel.uploadMedia({
            bytes: document.bytes,
            mimeType: document.mimeType ?? 'application/pdf',
            filename: document.filename,
          })
        ).mediaId
      : undefined;
  if (!mediaId && !document.link)
    throw new ValidationError({
      subject: 'invoice document',
      issues: [{ path: 'document', message: 'give a link, or bytes with a channel that can upload media' }],
    });
  const queued = await enqueueSend(context, {
    invoiceId: invoice.id,
    stage: 'invoice-document',
    customerId,
    payload: {
      contactKind: 'confirmation',
      messageKey,
      invoiceIds: [invoice.id],
      content: {
        kind: 'document',
        filename: document.filename,
        ...(mediaId ? { mediaId } : { link: document.link as string }),
      },
      text: document.filename,
    },
  });
  return withoutEntry(queued);
}
