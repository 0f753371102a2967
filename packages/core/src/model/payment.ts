import type { Money } from './money';
import type { Instant } from './time';

/** How a payment arrived. */
export type PaymentMethod = 'card' | 'oxxo' | 'spei' | 'pix' | 'boleto' | 'paypal' | 'bank-transfer' | 'cash' | 'other';

/** A payment applied to an invoice. Identified by the provider and the provider's payment id, so applying it twice records it once. */
export interface Payment {
  /** Provider id (`stripe`, `paypal`, `conekta`, `manual`, …). */
  readonly provider: string;
  /** The provider's payment id (PaymentIntent, capture, order id…); for manual payments, the app's reference. */
  readonly providerPaymentId: string;
  /** The amount received. */
  readonly amount: Money;
  /** When the money was received. */
  readonly receivedAt: Instant;
  /** How it was paid, when known. */
  readonly method?: PaymentMethod;
  /** The installment this payment was meant for, when the invoice has installments. */
  readonly installmentId?: string;
  /** Free-form note (manual payments). */
  readonly note?: string;
}

/** A refund of part or all of a payment. */
export interface Refund {
  /** Provider id. */
  readonly provider: string;
  /** The provider's refund id. */
  readonly providerRefundId: string;
  /** The payment refunded. */
  readonly providerPaymentId: string;
  /** The amount refunded. */
  readonly amount: Money;
  /** When it was refunded. */
  readonly refundedAt: Instant;
}
