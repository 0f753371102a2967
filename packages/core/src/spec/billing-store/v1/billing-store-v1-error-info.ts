/** An error as a store keeps it: a stable code and a message (no secrets, no full phone numbers). */
export interface BillingStoreV1ErrorInfo {
  /** Stable code: cobro's (`COBRO_API_CALL`), the channel's (`131047`) or the store's (`lease-expired`). */
  readonly code: string;
  /** Human-readable message. */
  readonly message: string;
}
