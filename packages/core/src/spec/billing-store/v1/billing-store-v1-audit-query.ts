/** Filters of `BillingStoreV1.listAudit`; all given filters must match. Results are in sequence order. */
export interface BillingStoreV1AuditQuery {
  /** Only entries about this invoice. */
  readonly invoiceId?: string;
  /** Only entries about this customer. */
  readonly customerId?: string;
  /** Only entries after this sequence number (for paging or tailing the log). */
  readonly afterSequence?: number;
  /** Return at most this many. */
  readonly limit?: number;
}
