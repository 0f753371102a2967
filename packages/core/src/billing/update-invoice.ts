import { StaleVersionError } from '../errors/stale-version-error';
import { ValidationError } from '../errors/validation-error';
import type { Invoice } from '../model/invoice';
import type { BillingContext } from './billing-context';

/**
 * Reads an invoice, applies a pure change and writes it under optimistic concurrency, re-reading and re-applying
 * when another worker wrote first. The change decides from the invoice it is given, so a payment applied twice
 * concurrently is recorded once.
 *
 * @returns the change's result and the invoice as stored (unchanged and not written when `change` returns it as is).
 */
export async function updateInvoice<Result extends { readonly invoice: Invoice }>(
  context: BillingContext,
  invoiceId: string,
  change: (invoice: Invoice) => Result,
): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    const current = await context.store.getInvoice(invoiceId);
    if (!current)
      throw new ValidationError({
        subject: 'invoice id',
        issues: [{ path: 'invoiceId', message: `no invoice "${invoiceId}"` }],
      });
    const result = change(current);
    if (result.invoice === current) return result;
    try {
      // A changed invoice (paid, promised, voided) changes its customer's plan: have it planned again now.
      const stored = await context.store.putInvoice(result.invoice, {
        expectedVersion: current.version,
        customerDueAt: context.now(),
      });
      return { ...result, invoice: stored };
    } catch (error) {
      if (!StaleVersionError.isInstance(error) || attempt >= 10) throw error;
    }
  }
}
