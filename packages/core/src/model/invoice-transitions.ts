import * as z from 'zod/mini';
import { IllegalTransitionError } from '../errors/illegal-transition-error';
import type { Dispute, Invoice, InvoiceStatus, PromiseToPay } from './invoice';
import { disputeSchema, instantSchema, openSchemas } from './model-schemas';
import type { CalendarDate, Instant } from './time';
import { parseOrThrow } from './to-validation-issues';

const legalMoves: Readonly<Record<InvoiceStatus, readonly InvoiceStatus[]>> = {
  draft: ['open', 'void'],
  open: ['partially_paid', 'paid', 'void'],
  partially_paid: ['paid', 'refunded'],
  paid: ['refunded'],
  void: [],
  refunded: [],
};

/** Every legal status move, as data: `invoiceStatusTransitions.open` lists where an open invoice may go. */
export const invoiceStatusTransitions: Readonly<Record<InvoiceStatus, readonly InvoiceStatus[]>> = legalMoves;

/** True when an invoice may move from `from` to `to`. Staying in the same status is not a move. */
export function canTransitionInvoice(from: InvoiceStatus, to: InvoiceStatus): boolean {
  return legalMoves[from].includes(to);
}

/** @internal Throws unless the move is legal. */
export function assertInvoiceTransition(invoice: Invoice, to: InvoiceStatus): void {
  if (!canTransitionInvoice(invoice.status, to)) {
    throw new IllegalTransitionError({ entity: 'invoice', from: invoice.status, to });
  }
}

/**
 * Issues a draft: `draft → open`. Returns a new invoice; the argument is not changed.
 *
 * @throws {@link IllegalTransitionError} from any other status.
 */
export function issueInvoice(invoice: Invoice): Invoice {
  assertInvoiceTransition(invoice, 'open');
  return { ...invoice, status: 'open' };
}

/**
 * Voids a draft or an open invoice with no payments: `draft | open → void`. Balance becomes zero.
 *
 * @throws {@link IllegalTransitionError} from any other status (refund a paid invoice instead).
 */
export function voidInvoice(invoice: Invoice): Invoice {
  assertInvoiceTransition(invoice, 'void');
  return { ...invoice, status: 'void', balance: { amountMinor: 0, currency: invoice.currency } };
}

/**
 * Records the customer's promise to pay by a date (replacing an earlier one). Reminders pause until then.
 *
 * @throws {@link IllegalTransitionError} unless the invoice is open or partially paid.
 * @throws {@link ValidationError} for a malformed promise.
 */
export function recordPromiseToPay(invoice: Invoice, promise: PromiseToPay): Invoice {
  const data = parseOrThrow(openSchemas().promiseToPay, promise, 'promise to pay');
  if (invoice.status !== 'open' && invoice.status !== 'partially_paid') {
    throw new IllegalTransitionError({ entity: 'invoice', from: invoice.status, to: 'promise-to-pay' });
  }
  return { ...invoice, promiseToPay: data };
}

/** True when the invoice carries a promise to pay dated today or later. */
export function hasActivePromise(invoice: Invoice, today: CalendarDate): boolean {
  return invoice.promiseToPay !== undefined && invoice.promiseToPay.date >= today;
}

/** True when the promised date has passed and the invoice is still not paid: a broken promise. */
export function isPromiseBroken(invoice: Invoice, today: CalendarDate): boolean {
  return (
    invoice.promiseToPay !== undefined &&
    invoice.promiseToPay.date < today &&
    (invoice.status === 'open' || invoice.status === 'partially_paid')
  );
}

/**
 * Opens a dispute: reminders stop while it is open. Allowed on open, partially paid and paid invoices.
 *
 * @throws {@link IllegalTransitionError} on a draft, void or refunded invoice, or when a dispute is already open.
 */
export function openDispute(invoice: Invoice, dispute: Pick<Dispute, 'openedAt' | 'reason'>): Invoice {
  const data = parseOrThrow(disputeSchema(), dispute, 'dispute');
  if (invoice.status !== 'open' && invoice.status !== 'partially_paid' && invoice.status !== 'paid') {
    throw new IllegalTransitionError({ entity: 'invoice', from: invoice.status, to: 'disputed' });
  }
  if (hasOpenDispute(invoice)) {
    throw new IllegalTransitionError({ entity: 'dispute', from: 'open', to: 'open' });
  }
  return { ...invoice, dispute: data };
}

/**
 * Resolves the open dispute; reminders may resume.
 *
 * @throws {@link IllegalTransitionError} when no dispute is open.
 */
export function resolveDispute(invoice: Invoice, resolution: { readonly resolvedAt: Instant }): Invoice {
  const data = parseOrThrow(z.object({ resolvedAt: instantSchema() }), resolution, 'dispute resolution');
  if (invoice.dispute === undefined || invoice.dispute.resolvedAt !== undefined) {
    const from = invoice.dispute === undefined ? 'none' : 'resolved';
    throw new IllegalTransitionError({ entity: 'dispute', from, to: 'resolved' });
  }
  return { ...invoice, dispute: { ...invoice.dispute, resolvedAt: data.resolvedAt } };
}

/** True when a dispute is open (opened and not yet resolved). */
export function hasOpenDispute(invoice: Invoice): boolean {
  return invoice.dispute !== undefined && invoice.dispute.resolvedAt === undefined;
}
