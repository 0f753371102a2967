import { openSchemas } from './model-schemas';
import type { Payment, Refund } from './payment';
import { parseOrThrow } from './to-validation-issues';

/**
 * Validates a payment before it is applied: provider and provider payment id present, a positive amount in a known
 * currency, an ISO 8601 `receivedAt`.
 *
 * @throws {@link ValidationError} listing every bad field.
 */
export function createPayment(input: Payment): Payment {
  return parseOrThrow(openSchemas().payment, input, 'payment');
}

/**
 * Validates a refund: provider, refund id, the refunded payment's id, a positive amount and `refundedAt`.
 *
 * @throws {@link ValidationError} listing every bad field.
 */
export function createRefund(input: Refund): Refund {
  return parseOrThrow(openSchemas().refund, input, 'refund');
}
