// The one customer and invoice both edge apps work with.
import { createCustomer, createInvoice, parseMoney } from '@cobro/core';

/** Lucía, a Mexico City customer who opted in at checkout. */
export const edgeCustomer = () =>
  createCustomer({
    id: 'c-001',
    name: 'Lucía',
    phone: '+52 55 1234 1001',
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    country: 'MX',
    optIn: { at: '2026-11-20T15:00:00.000Z', source: 'checkout', evidence: 'casilla de WhatsApp en pedido web' },
  });

/** Her open invoice F-0001, MXN 500.00, due 4 December 2026. */
export const edgeInvoice = () =>
  createInvoice({
    id: 'inv-001',
    number: 'F-0001',
    customerId: 'c-001',
    currency: 'MXN',
    status: 'open',
    issueDate: '2026-11-25',
    dueDate: '2026-12-04',
    businessTimeZone: 'America/Mexico_City',
    description: 'arreglo floral',
    lines: [{ description: 'arreglo floral', quantity: '1', unitPrice: parseMoney('500.00', 'MXN'), taxRate: '0' }],
  });
