import type { Instant } from '../../../model/time';
import type { BillingStoreV1ErrorInfo } from './billing-store-v1-error-info';
import type { BillingStoreV1JsonValue } from './billing-store-v1-json-value';
import type { BillingStoreV1MessageStatus } from './billing-store-v1-message-status';

/**
 * One message in the log, outbound or inbound: the record of every message the business sent or received about a
 * debt. Holds no full phone number (the customer id identifies the person).
 */
export interface BillingStoreV1MessageRecord {
  /** The store-wide id of this record, chosen by the caller (e.g. a UUID). */
  readonly id: string;
  /** `outbound` (business → customer) or `inbound` (customer → business). */
  readonly direction: 'outbound' | 'inbound';
  /** The customer's id. */
  readonly customerId: string;
  /** The invoice it is about, when there is one. */
  readonly invoiceId?: string;
  /** Other invoices the same message covered (one message per customer for several open invoices). */
  readonly relatedInvoiceIds?: readonly string[];
  /** The messaging channel id, e.g. `whatsapp-cloud`. */
  readonly channel: string;
  /** The channel's message id (WhatsApp `wamid…`), once known. */
  readonly channelMessageId?: string;
  /** The outbox key this message was sent from, when it went through the outbox. */
  readonly outboxKey?: string;
  /** Message kind, e.g. `template`, `text`, `interactive`, `document`, `button-reply`. */
  readonly kind: string;
  /** The catalogue key (`overdue-gentle`, `payment-received`…), for outbound messages. */
  readonly messageKey?: string;
  /** The reminder stage, for reminders (`-3`, `0`, `+7`…). */
  readonly stage?: string;
  /** Current status. */
  readonly status: BillingStoreV1MessageStatus;
  /** When the record was created (sent or received). */
  readonly createdAt: Instant;
  /** When the status last changed. */
  readonly statusAt: Instant;
  /** The error reported by the channel when the status is `failed`. */
  readonly error?: BillingStoreV1ErrorInfo;
  /** The text as sent or received, when the app wants it kept (inbound replies; rendered bodies). */
  readonly text?: string;
  /** Anything else worth keeping, as JSON. */
  readonly details?: { readonly [key: string]: BillingStoreV1JsonValue };
}
