import type { Money } from '../../../model/money';

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
  /** Where it is. */
  readonly status: 'succeeded' | 'pending' | 'failed';
  /** The provider's object, unchanged. */
  readonly raw: unknown;
}
