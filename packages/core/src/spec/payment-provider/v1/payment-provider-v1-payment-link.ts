import type { PaymentMethod } from '../../../model/payment';
import type { Instant } from '../../../model/time';

/** A payment link the customer can open from the chat. */
export interface PaymentProviderV1PaymentLink {
  /** The provider's id for the link (Payment Link, Checkout Session, invoice, checkout…). */
  readonly id: string;
  /** The https URL to send. */
  readonly url: string;
  /** When it stops accepting payments, if it does. */
  readonly expiresAt?: Instant;
  /** True when it can take several payments. */
  readonly reusable: boolean;
  /** The methods it offers. */
  readonly methods: readonly PaymentMethod[];
  /** cobro's reference, echoed back. */
  readonly invoiceReference: string;
}
