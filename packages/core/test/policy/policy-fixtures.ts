import './load-all-holidays';
import {
  type Customer,
  createCustomer,
  createInvoice,
  defaultReminderPolicy,
  type Invoice,
  parseMoney,
  type ReminderPolicy,
} from '@cobro/core';

const optIn = { at: '2026-01-01T00:00:00.000Z', source: 'checkout' as const, evidence: 'consent box on order form' };

const phones: Record<string, string> = {
  IT: '+393471234567',
  ES: '+34612345678',
  MX: '+525512345678',
  BR: '+5511987654321',
  US: '+12025550143',
  AU: '+61412345678',
  GB: '+447911123456',
};

/** A customer of `country` living in `timeZone`. */
export function customerIn(
  timeZone: string,
  country: keyof typeof phones,
  extra: { subdivision?: string; kind?: 'consumer' | 'business'; id?: string } = {},
): Customer {
  return createCustomer({
    id: extra.id ?? `c-${country}`,
    name: 'Ana',
    phone: phones[country] as string,
    locale: 'en-US',
    timeZone,
    country,
    subdivision: extra.subdivision,
    kind: extra.kind,
    optIn,
  });
}

/** An open invoice due on `dueDate` in the business's zone. */
export function invoiceDue(
  dueDate: string,
  customer: Customer,
  options: {
    businessTimeZone?: string;
    id?: string;
    installments?: { id: string; dueDate: string; amount: string }[];
  } = {},
): Invoice {
  return createInvoice({
    id: options.id ?? 'inv-1',
    number: options.id ? `F-${options.id}` : 'F-1',
    customerId: customer.id,
    currency: 'EUR',
    status: 'open',
    issueDate: '2025-12-01',
    dueDate,
    businessTimeZone: options.businessTimeZone ?? 'Europe/Rome',
    lines: [{ description: 'Torta', quantity: '1', unitPrice: parseMoney('90.00', 'EUR'), taxRate: '0' }],
    ...(options.installments
      ? {
          installments: options.installments.map((installment) => ({
            id: installment.id,
            dueDate: installment.dueDate,
            amount: parseMoney(installment.amount, 'EUR'),
          })),
        }
      : {}),
  });
}

/** The default policy open every day, all day, so that only the rule under test moves a send. */
export const everyDayPolicy: ReminderPolicy = {
  ...defaultReminderPolicy,
  window: { start: '00:00', end: '23:59' },
  allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
  holidays: { publicHolidays: false, bankHolidays: false, closures: [] },
};
