import type { Instant } from '../../../model/time';
import type { BillingStoreV1JsonValue } from './billing-store-v1-json-value';

/** A remembered idempotency key and the result of the operation it guarded (e.g. a processed webhook event id). */
export interface BillingStoreV1IdempotencyRecord {
  /** The key, namespaced by the caller, e.g. `webhook:stripe:evt_123`. */
  readonly key: string;
  /** The result to hand back when the key is seen again. */
  readonly result: BillingStoreV1JsonValue;
  /** When it was remembered. */
  readonly createdAt: Instant;
  /** When the store may forget it; absent for never. */
  readonly expiresAt?: Instant;
}
