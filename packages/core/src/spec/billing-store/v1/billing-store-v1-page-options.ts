/** Keyset pagination shared by the list methods: results come in ascending id (or sequence) order. */
export interface BillingStoreV1PageOptions {
  /** Return at most this many items (default: all). */
  readonly limit?: number;
  /** Return only items whose id sorts after this one (the last id of the previous page). */
  readonly afterId?: string;
}
