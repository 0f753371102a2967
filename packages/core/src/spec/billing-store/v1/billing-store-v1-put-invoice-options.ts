/** Options of `BillingStoreV1.putInvoice`. */
export interface BillingStoreV1PutInvoiceOptions {
  /**
   * The version the caller read. Defaults to the invoice's own `version` (0 for an invoice never stored). The write
   * succeeds only when the stored version equals it (or, for 0, when nothing is stored under the id); otherwise the
   * store throws `StaleVersionError` and changes nothing.
   */
  readonly expectedVersion?: number;
  /**
   * Makes the invoice's customer due at this instant (or keeps an earlier one), in the same write: an invoice that
   * opens, changes or gets a promise date needs planning. See `BillingStoreV1.claimDueCustomers`.
   */
  readonly customerDueAt?: string;
}
