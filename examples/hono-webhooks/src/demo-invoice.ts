import {
  addDays,
  type Customer,
  calendarDateAt,
  createCustomer,
  createInvoice,
  type Invoice,
  parseMoney,
} from '@cobro/core';

/** The shop of the example. */
export const demoBusiness = {
  name: 'Florería Jacaranda',
  legalName: 'Florería Jacaranda S.A. de C.V.',
  taxId: 'FJA010101AB1',
  address: 'Av. Álvaro Obregón 120, CDMX',
};

/** Carlos, a customer in Mexico City who ticked "WhatsApp" at checkout. */
export function demoCustomer(phone = '+52 55 1234 5678'): Customer {
  return createCustomer({
    id: 'c-carlos',
    name: 'Carlos',
    phone,
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    country: 'MX',
    optIn: { at: '2026-11-20T15:00:00.000Z', source: 'checkout', evidence: 'casilla de WhatsApp en pedido #311' },
  });
}

/** An open MXN 1,234.50 invoice issued on the day of `now` in Mexico City, due a week later. */
export function demoInvoice(now: Date, id = 'fj-1187'): Invoice {
  const today = calendarDateAt(now.toISOString(), 'America/Mexico_City');
  return createInvoice({
    id,
    number: id.toUpperCase(),
    customerId: 'c-carlos',
    currency: 'MXN',
    status: 'open',
    issueDate: today,
    dueDate: addDays(today, 7),
    businessTimeZone: 'America/Mexico_City',
    description: 'arreglo floral',
    lines: [{ description: 'arreglo floral', quantity: '1', unitPrice: parseMoney('1234.50', 'MXN'), taxRate: '0' }],
  });
}
