import { EventEmitter } from 'eventemitter3';
import type { OptOutRecord } from '../model/customer';
import type { Invoice, PromiseToPay } from '../model/invoice';
import type { ApplyPaymentOutcome } from '../model/invoice-payments';
import type { Money } from '../model/money';
import type { Payment, Refund } from '../model/payment';
import type { Instant } from '../model/time';

/** An error as carried by events: a stable code and a message with no secrets or full phone numbers. */
export interface CobroEventError {
  /** Stable code, e.g. `COBRO_API_CALL` or the channel's code (`131047`). */
  readonly code: string;
  /** Human-readable message. */
  readonly message: string;
}

/**
 * Every event cobro emits and its payload. Payloads carry ids and model values, never full phone numbers.
 * Listen with {@link CobroEvents.on}.
 */
export interface CobroEventMap {
  /** An invoice was created and stored. */
  'invoice.created': {
    /** The invoice after the change. */
    readonly invoice: Invoice;
  };
  /** An invoice was sent to the customer on WhatsApp. */
  'invoice.sent': {
    /** The invoice after the change. */
    readonly invoice: Invoice;
    /** The channel's message id. */
    readonly channelMessageId: string;
    /** When it happened. */
    readonly at: Instant;
  };
  /** A reminder went out (one message may cover several invoices of the same customer). */
  'reminder.sent': {
    /** The customer reminded. */
    readonly customerId: string;
    /** The invoices the message covered; the first is the one its outbox entry is keyed by. */
    readonly invoiceIds: readonly string[];
    /** The outbox stage: `reminder:` and the slots covered (`<invoice>:<installment>:<stage id>`, joined by `+`). */
    readonly stage: string;
    /** The catalogue key of the message sent. */
    readonly messageKey: string;
    /** The channel's message id. */
    readonly channelMessageId: string;
    /** When it was sent. */
    readonly at: Instant;
  };
  /** A planned reminder was not sent because a stop condition or the plan said so (paid, promise, cap reached…). */
  'reminder.skipped': {
    /** The customer. */
    readonly customerId: string;
    /** The invoice. */
    readonly invoiceId: string;
    /** The slot: `<invoice>:<installment>:<stage id>`, e.g. `f-42:1:before-3`. */
    readonly stage: string;
    /** The planner's reason: `no-slot-before-due-date`, `no-slot-within-roll-forward`, `cap-reached`, `promise-to-pay`. */
    readonly reason: string;
    /** When it happened. */
    readonly at: Instant;
  };
  /** The contact gate refused a send at the last moment; it was not made and the refusal was recorded. */
  'reminder.refused': {
    /** The customer. */
    readonly customerId: string;
    /** The invoice. */
    readonly invoiceId: string;
    /** The outbox stage refused, e.g. `invoice-sent` or `reminder:f-42:1:due`. */
    readonly stage: string;
    /** The rule that refused it, e.g. `opted-out`, `quiet-hours`, `holiday`, `BR-SP-weekly-cap`. */
    readonly rule: string;
    /** A plain-words explanation. */
    readonly reason: string;
    /** When it happened. */
    readonly at: Instant;
  };
  /** A payment was applied to an invoice (first time only; duplicates do not emit). */
  'payment.received': {
    /** The invoice after the change. */
    readonly invoice: Invoice;
    /** The payment as recorded. */
    readonly payment: Payment;
    /** `applied`, or `overpaid` when the invoice received more than its total. */
    readonly outcome: Exclude<ApplyPaymentOutcome, 'duplicate'>;
  };
  /** A payment could not be matched or applied: it needs a person. */
  'payment.mismatch': {
    /** Payment provider id. */
    readonly provider: string;
    /** The provider's payment id. */
    readonly providerPaymentId: string;
    /** The amount received. */
    readonly amount: Money;
    /** The invoice it named, when it named one. */
    readonly invoiceId?: string;
    /** Why: `unknown-invoice`, `currency-mismatch`, `invoice-closed` (void, draft or refunded)… */
    readonly reason: string;
    /** When it happened. */
    readonly at: Instant;
  };
  /** An invoice is now paid in full. */
  'invoice.paid': {
    /** The invoice after the change. */
    readonly invoice: Invoice;
    /** When it happened. */
    readonly at: Instant;
  };
  /** An invoice received more than its total; `overpaid` is the excess, recorded on the invoice. */
  'invoice.overpaid': {
    /** The invoice after the change. */
    readonly invoice: Invoice;
    /** The amount received beyond the total. */
    readonly overpaid: Money;
    /** When it happened. */
    readonly at: Instant;
  };
  /** An invoice was voided. */
  'invoice.voided': {
    /** The invoice after the change. */
    readonly invoice: Invoice;
    /** When it happened. */
    readonly at: Instant;
  };
  /** A refund was recorded on an invoice. */
  'invoice.refunded': {
    /** The invoice after the change. */
    readonly invoice: Invoice;
    /** The refund recorded. */
    readonly refund: Refund;
    /** When it happened. */
    readonly at: Instant;
  };
  /** The channel reported a delivery status for a message. */
  'message.status': {
    /** The channel's message id. */
    readonly channelMessageId: string;
    /** The reported status. */
    readonly status: 'sent' | 'delivered' | 'read' | 'failed';
    /** The customer. */
    readonly customerId?: string;
    /** The invoice. */
    readonly invoiceId?: string;
    /** When it happened. */
    readonly at: Instant;
  };
  /** A message could not be sent or was not delivered. */
  'message.failed': {
    /** The customer. */
    readonly customerId: string;
    /** The invoice. */
    readonly invoiceId?: string;
    /** The channel's message id. */
    readonly channelMessageId?: string;
    /** The outbox key, when the send went through the outbox. */
    readonly outboxKey?: string;
    /** True when it is unknown whether the message went out (never re-sent automatically). */
    readonly ambiguous: boolean;
    /** What went wrong. */
    readonly error: CobroEventError;
    /** When it happened. */
    readonly at: Instant;
  };
  /** The customer opted out; reminders stop. */
  'customer.opted-out': {
    /** The customer. */
    readonly customerId: string;
    /** The opt-out record. */
    readonly optOut: OptOutRecord;
  };
  /** The customer promised to pay by a date. */
  'promise.recorded': {
    /** The customer. */
    readonly customerId: string;
    /** The invoice. */
    readonly invoiceId: string;
    /** The promise. */
    readonly promise: PromiseToPay;
  };
  /** A promised date passed without full payment. */
  'promise.broken': {
    /** The customer. */
    readonly customerId: string;
    /** The invoice. */
    readonly invoiceId: string;
    /** The promise. */
    readonly promise: PromiseToPay;
  };
  /** The customer opened a dispute; reminders stop until it is resolved. */
  'dispute.opened': {
    /** The customer. */
    readonly customerId: string;
    /** The invoice. */
    readonly invoiceId: string;
    /** Why, in plain words. */
    readonly reason: string;
    /** When it happened. */
    readonly at: Instant;
  };
  /** A message from a customer arrived (after opt-out, payment-claim and promise handling). */
  'inbound.message': {
    /** The customer, when the sender is known. */
    readonly customerId?: string;
    /** The channel's message id. */
    readonly channelMessageId: string;
    /** `text`, `button-reply`, `list-reply`, `media` or `other`. */
    readonly kind: string;
    /** The text or button title, when there is one. */
    readonly text?: string;
    /** What cobro understood: `opt-out`, `already-paid`, `promise-to-pay`, `dispute`, `other`. */
    readonly intent: string;
    /** When it arrived. */
    readonly receivedAt: Instant;
  };
}

/** The name of a cobro event. */
export type CobroEventName = keyof CobroEventMap;

/** A listener for event `Name`. */
export type CobroEventListener<Name extends CobroEventName> = (payload: CobroEventMap[Name]) => void;

/** Typed publish/subscribe for cobro's events. */
export interface CobroEvents {
  /** Calls `listener` on every `name` event. Returns a function that removes it. */
  on<Name extends CobroEventName>(name: Name, listener: CobroEventListener<Name>): () => void;
  /** Calls `listener` on the next `name` event only. Returns a function that removes it. */
  once<Name extends CobroEventName>(name: Name, listener: CobroEventListener<Name>): () => void;
  /** Removes a listener added with `on` or `once`. */
  off<Name extends CobroEventName>(name: Name, listener: CobroEventListener<Name>): void;
  /**
   * Calls every listener of `name` synchronously, in the order they were added. A listener that throws does not
   * stop the others, nor the caller: its error goes to `onListenerError`. Returns whether any listener was called.
   */
  emit<Name extends CobroEventName>(name: Name, payload: CobroEventMap[Name]): boolean;
  /** How many listeners `name` has. */
  listenerCount(name: CobroEventName): number;
}

/** Options of {@link createEventBus}. */
export interface CreateEventBusOptions {
  /**
   * Receives errors thrown by listeners, so a faulty listener never breaks payment handling. Defaults to
   * `console.error` with the event name.
   */
  readonly onListenerError?: (error: unknown, name: CobroEventName) => void;
}

type AnyListener = (payload: never) => void;

/** Creates a typed event bus (backed by eventemitter3) for {@link CobroEventMap}. */
export function createEventBus(options: CreateEventBusOptions = {}): CobroEvents {
  const emitter = new EventEmitter();
  const report =
    options.onListenerError ??
    ((error: unknown, name: CobroEventName) => console.error(`cobro: a listener of "${name}" threw`, error));
  // Each caller's listener is wrapped to isolate its errors; the map finds the wrapper again for `off`.
  const wrappers = new Map<CobroEventName, Map<AnyListener, Array<(payload: unknown) => void>>>();

  const add = <Name extends CobroEventName>(name: Name, listener: CobroEventListener<Name>, once: boolean) => {
    const byListener = wrappers.get(name) ?? new Map<AnyListener, Array<(payload: unknown) => void>>();
    wrappers.set(name, byListener);
    const wrapper = (payload: unknown) => {
      if (once) forget(name, listener, wrapper);
      try {
        listener(payload as CobroEventMap[Name]);
      } catch (error) {
        report(error, name);
      }
    };
    byListener.set(listener as AnyListener, [...(byListener.get(listener as AnyListener) ?? []), wrapper]);
    if (once) emitter.once(name, wrapper);
    else emitter.on(name, wrapper);
    return () => {
      emitter.off(name, wrapper);
      forget(name, listener, wrapper);
    };
  };

  const forget = (name: CobroEventName, listener: AnyListener, wrapper: (payload: unknown) => void) => {
    const byListener = wrappers.get(name);
    const list = byListener?.get(listener)?.filter((candidate) => candidate !== wrapper) ?? [];
    if (list.length === 0) byListener?.delete(listener);
    else byListener?.set(listener, list);
  };

  return {
    on: (name, listener) => add(name, listener, false),
    once: (name, listener) => add(name, listener, true),
    off(name, listener) {
      for (const wrapper of wrappers.get(name)?.get(listener as AnyListener) ?? []) emitter.off(name, wrapper);
      wrappers.get(name)?.delete(listener as AnyListener);
    },
    emit: (name, payload) => emitter.emit(name, payload),
    listenerCount: (name) => emitter.listenerCount(name),
  };
}
