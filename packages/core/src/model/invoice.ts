import type { Money } from './money';
import type { LineItem, Totals } from './order';
import type { Payment, Refund } from './payment';
import type { CalendarDate, Instant, TimeZone } from './time';

/**
 * Where an invoice is in its life. Overdue is not a status: it is derived from the due date and today.
 *
 * Legal moves: draft → open | void; open → partially_paid | paid | void; partially_paid → paid;
 * paid → refunded and partially_paid → refunded (once every payment is refunded). Void and refunded are final.
 */
export type InvoiceStatus = 'draft' | 'open' | 'partially_paid' | 'paid' | 'void' | 'refunded';

/** One dated part of an installment plan. Each installment gets its own reminder ladder. */
export interface Installment {
  /** Stable id within the invoice, e.g. `1`, `2`. */
  readonly id: string;
  /** Due date in the business's zone. */
  readonly dueDate: CalendarDate;
  /** Amount due for this installment; installments sum exactly to the invoice total. */
  readonly amount: Money;
}

/** The customer promised to pay by a date: reminders pause until then plus the policy's grace. */
export interface PromiseToPay {
  /** The date promised. */
  readonly date: CalendarDate;
  /** When the promise was made. */
  readonly recordedAt: Instant;
  /** How it was made (a quick-reply, the app…). */
  readonly source: string;
}

/** A dispute raised by the customer: reminders stop while it is open. */
export interface Dispute {
  /** When it was opened. */
  readonly openedAt: Instant;
  /** Why, in the customer's or the business's words. */
  readonly reason: string;
  /** When it was resolved, if it was. */
  readonly resolvedAt?: Instant;
}

/** What a customer owes the business. Stored with an optimistic `version`. */
export interface Invoice {
  /** The app's id for this invoice. */
  readonly id: string;
  /** Human-readable invoice number shown to the customer, e.g. `F-2026-0042`. */
  readonly number: string;
  /** The customer's id. */
  readonly customerId: string;
  /** The order it was issued from, when there is one. */
  readonly orderId?: string;
  /** ISO 4217 currency. */
  readonly currency: string;
  /** What was sold. */
  readonly lines: readonly LineItem[];
  /** Totals computed exactly from the lines. */
  readonly totals: Totals;
  /** Issue date in the business's zone. */
  readonly issueDate: CalendarDate;
  /** Due date in the business's zone (the last installment's date when there are installments). */
  readonly dueDate: CalendarDate;
  /** The business's IANA zone, in which issue and due dates are meant. */
  readonly businessTimeZone: TimeZone;
  /** Installment plan, if the invoice is paid in parts; empty otherwise. */
  readonly installments: readonly Installment[];
  /** Where it is in its life. */
  readonly status: InvoiceStatus;
  /** Payments applied, each once. */
  readonly payments: readonly Payment[];
  /** Refunds made. */
  readonly refunds: readonly Refund[];
  /**
   * Amount still owed: total − payments, never below zero; zero once void or refunded. A refund is money the business
   * chose to give back and does not reopen the debt (see `invoiceBalance`).
   */
  readonly balance: Money;
  /** Amount received (net of refunds) beyond the total, recorded rather than lost. Zero when none. */
  readonly overpaid: Money;
  /** Active or past promise to pay. */
  readonly promiseToPay?: PromiseToPay;
  /** Open or resolved dispute. */
  readonly dispute?: Dispute;
  /** Short description of what it is for, used in messages ("tu pedido de flores"). */
  readonly description?: string;
  /** Optimistic version, incremented by the store on every write. */
  readonly version: number;
  /** App-defined metadata (strings only, so every provider can carry it). */
  readonly metadata?: Readonly<Record<string, string>>;
}
