import type { BillingStoreV1IdempotencyRecord } from './billing-store-v1-idempotency-record';

/**
 * The result of `BillingStoreV1.rememberIdempotencyKey`: `stored: true` when this call stored the key (the caller
 * won), `stored: false` with the record stored earlier (the caller must not repeat the operation).
 */
export interface BillingStoreV1RememberResult {
  /** True when this call stored the key; false when it was already remembered. */
  readonly stored: boolean;
  /** The record now stored: this call's, or the earlier one. */
  readonly record: BillingStoreV1IdempotencyRecord;
}
