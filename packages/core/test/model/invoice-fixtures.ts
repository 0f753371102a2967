import { type CreateInvoiceInput, createInvoice, type Invoice, type LineItem, money } from '@cobro/core';

/** Two lines, MXN, IVA 16 %: 2 × 500.00 + 1 × 250.00 = 1,250.00 net, 200.00 tax, 1,450.00 total. */
export const mxLines: readonly LineItem[] = [
  { description: 'Ramo de rosas', quantity: '2', unitPrice: money(50000, 'MXN'), taxRate: '16' },
  { description: 'Envío', quantity: '1', unitPrice: money(25000, 'MXN'), taxRate: '16' },
];

export const invoiceInput: CreateInvoiceInput = {
  id: 'inv_1',
  number: 'F-2026-0001',
  customerId: 'cus_1',
  currency: 'MXN',
  lines: mxLines,
  issueDate: '2026-11-01',
  dueDate: '2026-11-15',
  businessTimeZone: 'America/Mexico_City',
};

/** An open MXN 1,450.00 invoice. */
export function openInvoice(overrides: Partial<CreateInvoiceInput> = {}): Invoice {
  return createInvoice({ ...invoiceInput, status: 'open', ...overrides });
}

/** A payment of `minor` centavos. */
export function payment(id: string, minor: number, currency = 'MXN') {
  return {
    provider: 'stripe',
    providerPaymentId: id,
    amount: money(minor, currency),
    receivedAt: '2026-11-10T15:00:00Z',
    method: 'card' as const,
  };
}
