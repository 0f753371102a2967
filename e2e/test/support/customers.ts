import { createCustomer, createInvoice, parseMoney } from '@cobro/core';

const optIn = {
  at: '2026-11-20T15:00:00.000Z',
  source: 'checkout' as const,
  evidence: 'casilla de WhatsApp en pedido web',
};

/** A Mexican customer with a distinct, valid Mexico City mobile number. */
export function mexicanCustomer(index: number) {
  return createCustomer({
    id: `c-${String(index).padStart(3, '0')}`,
    name: `Cliente ${index}`,
    phone: `+52 55 1234 ${String(1000 + index).slice(-4)}`,
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    country: 'MX',
    optIn,
  });
}

/** An open MXN invoice for that customer, due on `dueDate`. */
export function mexicanInvoice(index: number, dueDate: string, amount = '500.00') {
  return createInvoice({
    id: `inv-${String(index).padStart(3, '0')}`,
    number: `F-${String(index).padStart(4, '0')}`,
    customerId: `c-${String(index).padStart(3, '0')}`,
    currency: 'MXN',
    status: 'open',
    issueDate: '2026-11-25',
    dueDate,
    businessTimeZone: 'America/Mexico_City',
    description: 'arreglo floral',
    lines: [{ description: 'arreglo floral', quantity: '1', unitPrice: parseMoney(amount, 'MXN'), taxRate: '0' }],
  });
}
