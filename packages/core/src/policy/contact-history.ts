import type { Instant } from '../model/time';

/**
 * What kind of message a past contact was. Business-initiated collection messages (`invoice`, `reminder`,
 * `statement`) count against caps and the gap; answers to the customer (`confirmation`, `opt-out-confirmation`,
 * `reply`) do not.
 */
export type ContactKind = 'invoice' | 'reminder' | 'confirmation' | 'statement' | 'opt-out-confirmation' | 'reply';

/** One past contact with a customer, as the runtime records it in the message log. */
export interface ContactAttempt {
  /** When it went out. */
  readonly at: Instant;
  /** The customer contacted. */
  readonly customerId: string;
  /** The invoices the message was about (one message may list several). */
  readonly invoiceIds: readonly string[];
  /** Stage ids covered per invoice, `<invoiceId>:<installmentId>:<stageId>` (see {@link reminderSlotKey}). */
  readonly slotKeys?: readonly string[];
  /** What kind of message it was. */
  readonly kind: ContactKind;
}

/** The key that identifies one stage of one installment of one invoice: never sent twice. */
export function reminderSlotKey(invoiceId: string, installmentId: string, stageId: string): string {
  return `${invoiceId}:${installmentId}:${stageId}`;
}
