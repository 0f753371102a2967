import type { BillingStoreV1PageOptions } from './billing-store-v1-page-options';

/** Filters of `BillingStoreV1.listCustomers`; all given filters must match. Results are in ascending id order. */
export interface BillingStoreV1CustomerQuery extends BillingStoreV1PageOptions {
  /**
   * Only the customer(s) with this E.164 phone number (an inbound WhatsApp message names the sender's number; bring
   * it to E.164 with `normalizePhoneNumber('+' + waId)` first).
   */
  readonly phone?: string;
  /** Only the customer(s) with this WhatsApp business-scoped user id. */
  readonly whatsappUserId?: string;
}
