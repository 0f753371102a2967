import type { Money } from '../../../model/money';
import type { Instant } from '../../../model/time';

/** What to refund. */
export interface PaymentProviderV1RefundOptions {
  /** The provider's payment id. */
  readonly paymentId: string;
  /** Part of the payment; the whole payment when absent. */
  readonly amount?: Money;
  /** The same key never refunds twice. */
  readonly idempotencyKey: string;
  /** Why, for the provider's records. */
  readonly reason?: string;
}

/** A refund as the provider reports it. */
export interface PaymentProviderV1Refund {
  /** The provider's refund id. */
  readonly id: string;
  /** The payment refunded. */
  readonly paymentId: string;
  /** The amount refunded. */
  readonly amount: Money;
  /** Where it is. Only `succeeded` is booked from a webhook; a reversal (chargeback) the provider settled counts. */
  readonly status: 'succeeded' | 'pending' | 'failed';
  /** When the provider made it, when it says. */
  readonly refundedAt?: Instant;
  /** The provider's object, unchanged. */
  readonly raw: unknown;
}
