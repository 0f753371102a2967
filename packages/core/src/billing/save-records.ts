import { StaleVersionError } from '../errors/stale-version-error';
import { ValidationError } from '../errors/validation-error';
import { assertCustomer } from '../model/assert-customer';
import { assertInvoice } from '../model/assert-invoice';
import type { Customer } from '../model/customer';
import type { Invoice } from '../model/invoice';
import type { BillingContext } from './billing-context';

/**
 * `billing.saveCustomer`: checks the customer with {@link assertCustomer} before the store sees it, so a refused
 * customer leaves nothing behind.
 */
export async function saveCustomer(context: BillingContext, customer: Customer): Promise<Customer> {
  assertCustomer(customer);
  return context.store.putCustomer(customer);
}

/**
 * `billing.addInvoice`: checks the invoice with {@link assertInvoice}, refuses one whose customer is not stored (its
 * reminders would have no one to go to) and one whose id is taken, then stores it at version 0.
 *
 * @throws {@link ValidationError} naming the field: the bad one, `customerId`, or `id` with the duplicate id.
 */
export async function addInvoice(context: BillingContext, invoice: Invoice): Promise<Invoice> {
  assertInvoice(invoice);
  const refuse = (path: string, message: string, cause?: unknown) =>
    new ValidationError({ subject: 'invoice', issues: [{ path, message }], cause });
  if ((await context.store.getCustomer(invoice.customerId)) === undefined) {
    throw refuse('customerId', `names no stored customer ("${invoice.customerId}"); save it with saveCustomer first`);
  }
  let stored: Invoice;
  try {
    stored = await context.store.putInvoice({ ...invoice, version: 0 }, { expectedVersion: 0 });
  } catch (error) {
    // The store says only that version 0 is stale: for a new invoice that means the id is taken.
    if (StaleVersionError.isInstance(error)) throw refuse('id', `invoice "${invoice.id}" already exists`, error);
    throw error;
  }
  context.events.emit('invoice.created', { invoice: stored });
  return stored;
}
