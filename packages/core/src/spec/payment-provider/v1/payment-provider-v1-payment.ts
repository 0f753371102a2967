import type { Money } from '../../../model/money';
import type { PaymentMethod } from '../../../model/payment';
import type { Instant } from '../../../model/time';

/** A payment as the provider reports it when asked (`getPayment`): the truth cobro books from, not the webhook. */
export interface PaymentProviderV1Payment {
  /** The provider's payment id (the id cobro records, idempotently). */
  readonly id: string;
  /** Where it is: only `succeeded` (or a refund state after success) means money arrived. */
  readonly status: 'succeeded' | 'pending' | 'failed' | 'canceled' | 'refunded' | 'partially_refunded';
  /** The amount paid (or, while pending, to be paid). */
  readonly amount: Money;
  /** How much has been refunded. */
  readonly amountRefunded: Money;
  /** cobro's reference from the provider's metadata, when present. */
  readonly invoiceReference?: string;
  /** The link it was paid through, when known. */
  readonly linkId?: string;
  /** How it was paid. */
  readonly method?: PaymentMethod;
  /** When it succeeded. */
  readonly paidAt?: Instant;
  /** The provider's object, unchanged. */
  readonly raw: unknown;
}
