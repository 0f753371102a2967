import type { Money } from '../../../model/money';
import type { Instant } from '../../../model/time';

/**
 * A payment link created for an invoice, kept so reminders reuse a live link instead of creating one per message,
 * and so a provider webhook naming only the link can be traced to its invoice.
 */
export interface BillingStoreV1PaymentLinkRecord {
  /** Payment provider id, e.g. `stripe`. */
  readonly provider: string;
  /** The provider's link (or checkout session / order) id. Unique per provider. */
  readonly linkId: string;
  /** The invoice it collects. */
  readonly invoiceId: string;
  /** The installment it collects, when the invoice has installments. */
  readonly installmentId?: string;
  /** The URL the customer opens. */
  readonly url: string;
  /** The amount it asks for. */
  readonly amount: Money;
  /** When it was created. */
  readonly createdAt: Instant;
  /** When it stops working, when the provider says. */
  readonly expiresAt?: Instant;
  /** `active`, or `expired`/`used` once the provider says so. */
  readonly state: 'active' | 'expired' | 'used';
}
