import {
  type ContactAttempt,
  type Customer,
  createCustomer,
  createInvoice,
  type Invoice,
  parseMoney,
  reminderSlotKey,
} from '@cobro/core';
import { createSeededRandom } from '../lib/seeded-random';

// The jurisdictions the presets cover, with a valid mobile number pattern each (the last digits vary).
const jurisdictions = [
  { country: 'IT', phone: '+39347', digits: 7, locale: 'it-IT', currency: 'EUR' },
  { country: 'ES', phone: '+34612', digits: 6, locale: 'es-ES', currency: 'EUR' },
  { country: 'MX', phone: '+52155', digits: 8, locale: 'es-MX', currency: 'MXN' },
  { country: 'BR', phone: '+551198', digits: 7, locale: 'pt-BR', currency: 'BRL' },
  { country: 'BR', subdivision: 'SP', phone: '+551198', digits: 7, locale: 'pt-BR', currency: 'BRL' },
  { country: 'US', subdivision: 'NY', phone: '+1212555', digits: 4, locale: 'en-US', currency: 'USD' },
  { country: 'US', subdivision: 'MA', phone: '+1617555', digits: 4, locale: 'en-US', currency: 'USD' },
  { country: 'AU', phone: '+614', digits: 8, locale: 'en-AU', currency: 'AUD' },
  { country: 'GB', kind: 'business' as const, phone: '+447911', digits: 6, locale: 'en-GB', currency: 'GBP' },
] as const;

const businessZones = ['Europe/Rome', 'America/Mexico_City', 'America/Sao_Paulo', 'America/New_York', 'Europe/Madrid'];
const optIn = { at: '2025-06-01T00:00:00.000Z', source: 'checkout' as const, evidence: 'consent box on order form' };
const day = 86_400_000;

/** The planning instant every generated data set is relative to. */
export const benchNow = '2026-03-10T12:00:00.000Z';

/** One customer with their open invoices and past contacts. */
export interface CustomerBook {
  /** The customer. */
  readonly customer: Customer;
  /** Their open invoices. */
  readonly invoices: readonly Invoice[];
  /** Their contact history (reminders already sent). */
  readonly history: readonly ContactAttempt[];
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A phone number from the jurisdiction's pattern, unique per `index`. */
function phoneFor(pattern: { phone: string; digits: number }, index: number): string {
  return `${pattern.phone}${String(index % 10 ** pattern.digits).padStart(pattern.digits, '0')}`;
}

// createCustomer and createInvoice validate every field (zod, libphonenumber) at a few thousand a second, which would
// dominate set-up at 1M invoices. Each distinct shape is built once through them; the copies change only fields
// that no derived field depends on (ids, number, dates, zones), so every copy is what the constructor would return.
const customerTemplates = new Map<string, Customer>();
const invoiceTemplates = new Map<string, Invoice>();
const amounts = Array.from({ length: 40 }, (_, index) => 1_000 + index * 12_345);

function customerLike(jurisdiction: (typeof jurisdictions)[number], index: number, timeZone: string): Customer {
  const key = `${jurisdiction.country}-${'subdivision' in jurisdiction ? jurisdiction.subdivision : ''}`;
  let template = customerTemplates.get(key);
  if (!template) {
    template = createCustomer({
      id: 'cus_template',
      name: 'Cliente',
      phone: phoneFor(jurisdiction, 1),
      locale: jurisdiction.locale,
      timeZone: 'UTC',
      country: jurisdiction.country,
      subdivision: 'subdivision' in jurisdiction ? jurisdiction.subdivision : undefined,
      kind: 'kind' in jurisdiction ? jurisdiction.kind : undefined,
      optIn,
    });
    customerTemplates.set(key, template);
  }
  return { ...template, id: `cus_${index}`, name: `Cliente ${index}`, phone: phoneFor(jurisdiction, index), timeZone };
}

function invoiceLike(options: {
  id: string;
  customerId: string;
  currency: string;
  cents: number;
  due: number;
  installments: boolean;
  businessTimeZone: string;
}): Invoice {
  const key = `${options.currency}:${options.cents}:${options.installments}`;
  let template = invoiceTemplates.get(key);
  const money = { amountMinor: options.cents, currency: options.currency };
  if (!template) {
    template = createInvoice({
      id: 'inv_template',
      number: 'F-template',
      customerId: 'cus_template',
      currency: options.currency,
      status: 'open',
      issueDate: '2026-01-01',
      dueDate: options.installments ? '2026-03-01' : '2026-02-01',
      businessTimeZone: 'UTC',
      lines: [
        {
          description: 'Pedido',
          quantity: '2',
          unitPrice: parseMoney((options.cents / 100).toFixed(2), options.currency),
          taxRate: '0',
        },
      ],
      ...(options.installments
        ? {
            installments: [
              { id: '1', dueDate: '2026-02-01', amount: money },
              { id: '2', dueDate: '2026-03-01', amount: money },
            ],
          }
        : {}),
    });
    invoiceTemplates.set(key, template);
  }
  const last = options.installments ? options.due + 30 * day : options.due;
  return {
    ...template,
    id: options.id,
    number: `F-${options.id}`,
    customerId: options.customerId,
    issueDate: isoDate(options.due - 30 * day),
    dueDate: isoDate(last),
    businessTimeZone: options.businessTimeZone,
    installments: template.installments.map((installment, index) => ({
      ...installment,
      dueDate: isoDate(options.due + index * 30 * day),
    })),
  };
}

/**
 * Generates open invoices spread over customers holding one to three each, with a seeded mix of IANA zones (all
 * of them), jurisdictions, business zones, due dates from 40 days ago to 30 days ahead, two installments on one
 * invoice in ten, and a reminder history on about half the customers. Yields customer by customer, so a caller
 * that stores and drops them never holds the whole set.
 */
export function* generateBooks(invoiceCount: number, seed = 7): Generator<CustomerBook> {
  const random = createSeededRandom(seed);
  const zones = Intl.supportedValuesOf('timeZone');
  const now = Date.parse(benchNow);
  let made = 0;
  for (let customerIndex = 0; made < invoiceCount; customerIndex++) {
    const jurisdiction = random.pick(jurisdictions);
    const customer = customerLike(jurisdiction, customerIndex, random.pick(zones));
    const count = Math.min(random.int(1, 3), invoiceCount - made);
    const invoices: Invoice[] = [];
    for (let index = 0; index < count; index++, made++) {
      invoices.push(
        invoiceLike({
          id: `inv_${made}`,
          customerId: customer.id,
          currency: jurisdiction.currency,
          cents: random.pick(amounts),
          due: now + random.int(-40, 30) * day,
          installments: random.next() < 0.1,
          businessTimeZone: random.pick(businessZones),
        }),
      );
    }
    const history: ContactAttempt[] = [];
    if (random.next() < 0.5) {
      for (let attempt = random.int(1, 4); attempt > 0; attempt--) {
        const invoice = random.pick(invoices);
        history.push({
          at: new Date(now - random.int(1, 40 * 24) * 3_600_000).toISOString(),
          customerId: customer.id,
          invoiceIds: [invoice.id],
          slotKeys: [reminderSlotKey(invoice.id, '1', random.pick(['before-3', 'due', 'after-3']))],
          kind: 'reminder',
        });
      }
    }
    yield { customer, invoices, history };
  }
}
