import type { Money } from '../../../model/money';
import type { PaymentMethod } from '../../../model/payment';
import type { Instant } from '../../../model/time';

/** What cobro asks a provider for when it needs a payment link for an invoice (or one installment of it). */
export interface PaymentProviderV1CreateLinkOptions {
  /** The amount to collect, exact in minor units. */
  readonly amount: Money;
  /** cobro's reference for the invoice (and installment), carried in the provider's metadata so webhooks map back. */
  readonly invoiceReference: string;
  /** 1 for the first link of this reference, 2… after rotation (an expired link replaced). Part of the idempotency key. */
  readonly attempt: number;
  /** The customer, for the provider's checkout page and receipts. */
  readonly customer: {
    /** The app's customer id. */
    readonly id: string;
    /** Display name. */
    readonly name: string;
    /** E.164 phone, when the provider wants one. */
    readonly phone?: string;
    /** E-mail, when the app has one. */
    readonly email?: string;
    /** BCP 47 locale for the checkout page. */
    readonly locale: string;
    /** ISO 3166-1 alpha-2 country. */
    readonly country: string;
  };
  /** What the payment is for, as the customer will read it. */
  readonly description: string;
  /** Methods to offer; default: every method the provider has for the currency. */
  readonly allowedMethods?: readonly PaymentMethod[];
  /** When the link should stop accepting payments; clamped into the provider's limits. */
  readonly expiresAt?: Instant;
  /** Where to send the customer after paying. */
  readonly successUrl?: string;
  /** The same key always yields the same link: a retried create never makes a second one. */
  readonly idempotencyKey: string;
  /** Extra metadata for the provider object (strings only). */
  readonly metadata?: Readonly<Record<string, string>>;
}
