import type { Instant } from '../../../model/time';
import type { BillingStoreV1JsonValue } from './billing-store-v1-json-value';

/**
 * One line of the append-only audit log: every decision cobro made about a debt (sent, skipped with the reason,
 * refused by the contact gate, payment applied, opt-out recorded…). Never updated or deleted.
 */
export interface BillingStoreV1AuditEntry {
  /** Position in the log, assigned by the store on append: 1, 2, 3… strictly increasing. */
  readonly sequence: number;
  /** When it happened. */
  readonly at: Instant;
  /** Who acted: `system`, `app`, `customer`, or `provider:<id>` (e.g. `provider:stripe`). */
  readonly actor: string;
  /** What happened, dotted like the events: `reminder.sent`, `reminder.refused`, `payment.applied`. */
  readonly action: string;
  /** The invoice concerned, when there is one. */
  readonly invoiceId?: string;
  /** The customer concerned, when there is one. */
  readonly customerId?: string;
  /** Structured details (reason codes, amounts, message ids); never secrets or full phone numbers. */
  readonly details?: { readonly [key: string]: BillingStoreV1JsonValue };
}
