import {
  checkContact,
  createBilling,
  createCustomer,
  createInvoice,
  createMemoryStore,
  defaultReminderPolicy,
  HolidaysNotLoadedError,
  type MessagingChannelV1,
  money,
  planReminders,
} from '@cobro/core';
import { describe, expect, it, vi } from 'vitest';

// A spy on the module loads of two countries' tables: each factory runs when its module is first imported, and
// hands back the real table. This file must not import the helper that preloads every table.
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('../../src/policy/holidays/mx', async (importOriginal) => {
  loaded.push('MX');
  return importOriginal();
});
vi.mock('../../src/policy/holidays/it', async (importOriginal) => {
  loaded.push('IT');
  return importOriginal();
});

const optIn = { at: '2026-11-01T00:00:00.000Z', source: 'checkout' as const, evidence: 'consent box' };
const italian = createCustomer({
  id: 'c-it',
  name: 'Giulia Rossi',
  phone: '+39 347 123 4567',
  locale: 'it-IT',
  timeZone: 'Europe/Rome',
  country: 'IT',
  optIn,
});
const mexican = createCustomer({
  id: 'c-mx',
  name: 'Carlos Pérez',
  phone: '+52 55 1234 5678',
  locale: 'es-MX',
  timeZone: 'America/Mexico_City',
  country: 'MX',
  optIn,
});
const invoiceOf = (id: string, customerId: string, zone: string) =>
  createInvoice({
    id,
    number: `F-${id}`,
    customerId,
    currency: 'EUR',
    status: 'open',
    issueDate: '2026-11-20',
    dueDate: '2026-12-01',
    businessTimeZone: zone,
    lines: [{ description: 'Torta', quantity: '1', unitPrice: money(4500, 'EUR'), taxRate: '0' }],
  });

const sent: string[] = [];
const channel: MessagingChannelV1 = {
  specificationVersion: 'v1',
  channel: 'recording',
  send: async (message) => {
    sent.push(message.reference ?? '');
    return { messageId: `m-${sent.length}`, deliveredAs: 'template' };
  },
  parseWebhook: async () => [],
  serviceWindow: () => ({ open: false }),
};

describe('holiday tables load per country, when a customer of it is planned', () => {
  it('loads no table on import, and a synchronous look-up of an unloaded country throws, naming the fix', () => {
    expect(loaded).toEqual([]);
    const invoice = invoiceOf('i-mx-0', mexican.id, 'America/Mexico_City');
    const plan = () =>
      planReminders({
        invoice,
        customer: mexican,
        policy: defaultReminderPolicy,
        history: [],
        now: '2026-11-25T12:00:00Z',
      });
    expect(plan).toThrow(HolidaysNotLoadedError);
    expect(plan).toThrow("await loadHolidays('MX')");
    const error = (() => {
      try {
        checkContact({ customer: mexican, policy: defaultReminderPolicy, history: [], at: '2026-11-25T16:00:00Z' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(HolidaysNotLoadedError.isInstance(error) && error.country).toBe('MX');
    // A policy that does not skip holidays needs no table, and loads none.
    const open = { ...defaultReminderPolicy, holidays: { publicHolidays: false, bankHolidays: false, closures: [] } };
    expect(
      checkContact({ customer: mexican, policy: open, history: [], at: '2026-11-25T16:00:00Z' }).allowed,
    ).toBeDefined();
    expect(loaded).toEqual([]);
  });

  it('runDueReminders imports a country table only when one of its customers is planned', async () => {
    const clock = { now: '2026-12-01T11:00:00.000Z' };
    const billing = createBilling({
      channel,
      store: createMemoryStore(),
      clock: () => new Date(clock.now),
      business: { name: 'Pasticceria' },
    });
    await billing.saveCustomer(italian);
    await billing.addInvoice(invoiceOf('i-it', italian.id, 'Europe/Rome'));
    await billing.runDueReminders();
    expect(sent.some((reference) => reference.includes('i-it'))).toBe(true);
    expect(loaded).toEqual(['IT']);

    await billing.saveCustomer(mexican);
    await billing.addInvoice(invoiceOf('i-mx', mexican.id, 'America/Mexico_City'));
    clock.now = '2026-12-01T17:00:00.000Z';
    await billing.runDueReminders();
    expect(sent.some((reference) => reference.includes('i-mx'))).toBe(true);
    expect(loaded).toEqual(['IT', 'MX']);
  });
});
