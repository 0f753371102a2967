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
  name: 'Harbor Bikes',
  legalName: 'Harbor Bikes LLC',
  taxId: '12-3456789',
  address: '12 Harbor St, Boston MA',
};

/** Emily, a customer in Boston who opted in by SMS keyword. */
export function demoCustomer(phone = '+1 617 555 0143'): Customer {
  return createCustomer({
    id: 'c-emily',
    name: 'Emily',
    phone,
    locale: 'en-US',
    timeZone: 'America/New_York',
    country: 'US',
    subdivision: 'MA',
    optIn: { at: '2026-11-20T15:00:00.000Z', source: 'other', evidence: 'SMS keyword JOIN on 2026-11-20' },
  });
}

/** An open USD 200.00 invoice for a bike tune-up, issued on the day of `now` in Boston, due in two weeks. */
export function demoInvoice(now: Date, id = 'hb-2210'): Invoice {
  const today = calendarDateAt(now.toISOString(), 'America/New_York');
  return createInvoice({
    id,
    number: id.toUpperCase(),
    customerId: 'c-emily',
    currency: 'USD',
    status: 'open',
    issueDate: today,
    dueDate: addDays(today, 14),
    businessTimeZone: 'America/New_York',
    description: 'bike tune-up',
    lines: [{ description: 'bike tune-up', quantity: '1', unitPrice: parseMoney('200.00', 'USD'), taxRate: '0' }],
  });
}
