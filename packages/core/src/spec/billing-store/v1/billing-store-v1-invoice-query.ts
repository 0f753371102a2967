import type { InvoiceStatus } from '../../../model/invoice';
import type { CalendarDate } from '../../../model/time';
import type { BillingStoreV1PageOptions } from './billing-store-v1-page-options';

/** Filters of `BillingStoreV1.listInvoices`; all given filters must match. Results are in ascending id order. */
export interface BillingStoreV1InvoiceQuery extends BillingStoreV1PageOptions {
  /** Only this customer's invoices. */
  readonly customerId?: string;
  /** Only invoices in one of these statuses, e.g. `['open', 'partially_paid']` for collectable ones. */
  readonly statuses?: readonly InvoiceStatus[];
  /**
   * Only invoices with something due on or before this date: the invoice's due date or, with installments, its
   * first installment's due date (a database indexes this as `first_due_date`). Pass today plus the policy's
   * earliest reminder offset to find invoices that may need a reminder.
   */
  readonly dueOnOrBefore?: CalendarDate;
}
