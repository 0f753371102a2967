import type { Money } from '../../../model/money';
import type { PaymentMethod } from '../../../model/payment';
import type { Instant } from '../../../model/time';

/** The raw HTTP request of a webhook: the body exactly as received (never re-serialised) and its headers. */
export interface PaymentProviderV1WebhookRequest {
  /** The body's bytes, or the exact string received. */
  readonly rawBody: string | Uint8Array;
  /** Headers, names in any case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The full request URL, for providers that sign or send data in the query string (Mercado Pago's `data.id`). */
  readonly url?: string;
}

/** Fields every normalised event has. */
export interface PaymentProviderV1EventBase {
  /** The provider's event id: stable across redeliveries, the key to deduplicate on. */
  readonly eventId: string;
  /** Provider id. */
  readonly provider: string;
  /** When the provider says it happened. */
  readonly occurredAt: Instant;
  /** The verified, parsed event, unchanged. */
  readonly raw: unknown;
  /**
   * The id of this delivery attempt, for providers that sign one (PayPal's `paypal-transmission-id`): the runtime
   * remembers it and refuses the same delivery id carrying another event, as a replayed signature would.
   */
  readonly deliveryId?: string;
}

/** Fields of the events about a payment. */
export interface PaymentProviderV1PaymentEventBase extends PaymentProviderV1EventBase {
  /** cobro's reference from the provider's metadata, when present. */
  readonly invoiceReference?: string;
  /** The provider's payment id: pass it to `getPayment` to re-fetch the truth. */
  readonly paymentId: string;
  /** The link it came through, when known. */
  readonly linkId?: string;
  /** The amount the event states (re-check it with `getPayment`). */
  readonly amount: Money;
  /** How it was paid, when known. */
  readonly method?: PaymentMethod;
}

/**
 * A provider webhook, verified and normalised. Events name what happened: noun-verb, past tense.
 * `unsupported` is a verified event cobro has no use for; acknowledge it and move on.
 */
export type PaymentProviderV1WebhookEvent =
  | (PaymentProviderV1PaymentEventBase & {
      /** Money arrived. */
      readonly type: 'payment-succeeded';
    })
  | (PaymentProviderV1PaymentEventBase & {
      /** Started but not settled yet (OXXO, boleto, SPEI voucher issued). */
      readonly type: 'payment-pending';
    })
  | (PaymentProviderV1PaymentEventBase & {
      /** Declined or failed. */
      readonly type: 'payment-failed';
      /** The provider's reason, when given. */
      readonly failureReason?: string;
    })
  | (PaymentProviderV1PaymentEventBase & {
      /**
       * Money went back to the customer (a refund or a reversal), as the webhook claims it: cobro books only what
       * `listRefunds` (or `getPayment`'s refunded total) then reports, never this event's amounts.
       */
      readonly type: 'payment-refunded';
      /** The provider's refund id. */
      readonly refundId: string;
      /** How much was refunded by this refund. */
      readonly amountRefunded: Money;
    })
  | (PaymentProviderV1EventBase & {
      /** The link stopped accepting payments. */
      readonly type: 'link-expired';
      /** The link. */
      readonly linkId: string;
      /** cobro's reference, when present. */
      readonly invoiceReference?: string;
    })
  | (PaymentProviderV1EventBase & {
      /** A verified event cobro does not act on. */
      readonly type: 'unsupported';
      /** The provider's event type, e.g. `customer.created`. */
      readonly providerEventType: string;
    });
