/** A JSON value: what a store can persist as-is in a JSON column (payloads, idempotent results, audit details). */
export type BillingStoreV1JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly BillingStoreV1JsonValue[]
  | { readonly [key: string]: BillingStoreV1JsonValue };
