import { StaleVersionError } from '../errors/stale-version-error';
import { ValidationError } from '../errors/validation-error';
import { checkedCustomer } from '../model/assert-customer';
import { checkedInvoice } from '../model/assert-invoice';
import type { Customer } from '../model/customer';
import type { Invoice } from '../model/invoice';
import type { BillingContext } from './billing-context';

/**
 * `billing.saveCustomer`: checks the customer with `assertCustomer` before the store sees it, so a refused customer
 * leaves nothing behind; the checked copy is what is stored.
 */
export async function saveCustomer(context: BillingContext, customer: Customer): Promise<Customer> {
  return context.store.putCustomer(checkedCustomer(customer));
}

/**
 * `billing.addInvoice`: checks the invoice with `assertInvoice`, refuses one whose customer is not stored (its
 * reminders would have no one to go to) and one whose id is taken, then stores the checked copy at version 0.
 *
 * @throws {@link ValidationError} naming the field: the bad one, `customerId`, or `id` with the duplicate id.
 */
export async function addInvoice(context: BillingContext, given: Invoice): Promise<Invoice> {
  const invoice = checkedInvoice(given);
  const refuse = (path: string, message: string, cause?: unknown) =>
    new ValidationError({ subject: 'invoice', issues: [{ path, message }], cause });
  if ((await context.store.getCustomer(invoice.customerId)) === undefined) {
    throw refuse('customerId', `names no stored customer ("${invoice.customerId}"); save it with saveCustomer first`);
  }
  let stored: Invoice;
  try {
    // A new invoice makes its customer due now: the next run plans its reminders.
    stored = await context.store.putInvoice(
      { ...invoice, version: 0 },
      { expectedVersion: 0, customerDueAt: context.now() },
    );
  } catch (error) {
    // The store says only that version 0 is stale: for a new invoice that means the id is taken.
    if (StaleVersionError.isInstance(error)) throw refuse('id', `invoice "${invoice.id}" already exists`, error);
    throw error;
  }
  context.events.emit('invoice.created', { invoice: stored });
  return stored;
}
