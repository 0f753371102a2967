import { type Customer, createCustomer, createInvoice, type Invoice, parseMoney } from '@cobro/core';

/** The shop of the example, in Mexico City. */
export const demoBusiness = {
  name: 'Florería Jacaranda',
  legalName: 'Florería Jacaranda S.A. de C.V.',
  taxId: 'FJA010101AB1',
  address: 'Av. Álvaro Obregón 120, CDMX',
};

const optIn = {
  at: '2026-12-20T15:00:00.000Z',
  source: 'checkout',
  evidence: 'casilla de WhatsApp en el pedido',
} as const;

/**
 * Two customers two hours apart: Carlos in Mexico City (UTC−6) and Lucía in Tijuana (UTC−8 in January). Their
 * reminders go out at 10:00 each in their own zone. `phones` overrides their numbers (for a live run).
 */
export function demoCustomers(phones: { carlos?: string; lucia?: string } = {}): Customer[] {
  const customer = (id: string, name: string, phone: string, timeZone: string) =>
    createCustomer({ id, name, phone, locale: 'es-MX', timeZone, country: 'MX', optIn });
  return [
    customer('c-carlos', 'Carlos', phones.carlos ?? '+52 55 1234 5678', 'America/Mexico_City'),
    customer('c-lucia', 'Lucía', phones.lucia ?? '+52 664 123 4567', 'America/Tijuana'),
  ];
}

/** One open MXN invoice per customer, issued `issueDate`, due `dueDate` (calendar dates in Mexico City). */
export function demoInvoices(issueDate: string, dueDate: string): Invoice[] {
  const invoice = (id: string, customerId: string, amount: string, description: string) =>
    createInvoice({
      id,
      number: id.toUpperCase(),
      customerId,
      currency: 'MXN',
      status: 'open',
      issueDate,
      dueDate,
      businessTimeZone: 'America/Mexico_City',
      description,
      lines: [{ description, quantity: '1', unitPrice: parseMoney(amount, 'MXN'), taxRate: '0' }],
    });
  return [
    invoice('fj-2001', 'c-carlos', '1234.50', 'arreglo floral'),
    invoice('fj-2002', 'c-lucia', '860.00', 'ramo de novia'),
  ];
}
