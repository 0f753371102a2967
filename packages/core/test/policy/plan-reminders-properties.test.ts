import './load-all-holidays';
import {
  type ContactAttempt,
  type Customer,
  checkContact,
  createCustomer,
  createInvoice,
  defaultReminderPolicy,
  type Invoice,
  openDispute,
  parseMoney,
  planCustomerReminders,
  type ReminderPolicy,
  recordOptOut,
  resolvePolicy,
  voidInvoice,
} from '@cobro/core';
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyDayPolicy } from './policy-fixtures';

const zones = Intl.supportedValuesOf('timeZone');
const jurisdictions = [
  { country: 'IT', phone: '+393471234567' },
  { country: 'ES', phone: '+34612345678' },
  { country: 'MX', phone: '+525512345678' },
  { country: 'BR', phone: '+5511987654321' },
  { country: 'BR', subdivision: 'SP', phone: '+5511987654321' },
  { country: 'US', subdivision: 'NY', phone: '+12025550143' },
  { country: 'US', subdivision: 'MA', phone: '+16175550143' },
  { country: 'AU', phone: '+61412345678' },
  { country: 'GB', kind: 'business' as const, phone: '+447911123456' },
] as const;
const businessZones = ['Europe/Rome', 'America/Mexico_City', 'America/Sao_Paulo', 'America/New_York', 'Europe/Madrid'];
const policies: ReminderPolicy[] = [
  defaultReminderPolicy,
  everyDayPolicy,
  { ...defaultReminderPolicy, preferredTime: '08:15', window: { start: '08:00', end: '12:00' }, minimumGapMinutes: 60 },
  { ...defaultReminderPolicy, caps: { ...defaultReminderPolicy.caps, perCustomerPerDay: 2, perCustomerPerWeek: 5 } },
];
const day = 86_400_000;
const start = Date.parse('2026-01-01T00:00:00Z');
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const scenario = fc
  .record({
    zone: fc.constantFrom(...zones),
    jurisdiction: fc.constantFrom(...jurisdictions),
    businessZone: fc.constantFrom(...businessZones),
    policy: fc.constantFrom(...policies),
    dueOffsets: fc.array(fc.integer({ min: 0, max: 730 }), { minLength: 1, maxLength: 3 }),
    nowOffsetHours: fc.integer({ min: -24 * 30, max: 24 * 30 }),
    historyHours: fc.array(fc.integer({ min: -24 * 40, max: 0 }), { maxLength: 6 }),
  })
  .map((input) => {
    const customer = createCustomer({
      id: 'c-1',
      name: 'Ana',
      phone: input.jurisdiction.phone,
      locale: 'en',
      timeZone: input.zone,
      country: input.jurisdiction.country,
      subdivision: 'subdivision' in input.jurisdiction ? input.jurisdiction.subdivision : undefined,
      kind: 'kind' in input.jurisdiction ? input.jurisdiction.kind : undefined,
      optIn: { at: '2025-01-01T00:00:00.000Z', source: 'checkout', evidence: 'box' },
    });
    const invoices = input.dueOffsets.map((offset, index) =>
      createInvoice({
        id: `inv-${index}`,
        number: `F-${index}`,
        customerId: 'c-1',
        currency: 'EUR',
        status: 'open',
        issueDate: '2025-12-01',
        dueDate: isoDate(start + offset * day),
        businessTimeZone: input.businessZone,
        lines: [{ description: 'x', quantity: '1', unitPrice: parseMoney('10.00', 'EUR'), taxRate: '0' }],
      }),
    );
    const now = start + (input.dueOffsets[0] ?? 0) * day + input.nowOffsetHours * 3_600_000;
    const history: ContactAttempt[] = input.historyHours.map((hours, index) => ({
      at: new Date(now + hours * 3_600_000).toISOString(),
      customerId: 'c-1',
      invoiceIds: [`inv-${index % invoices.length}`],
      kind: 'reminder',
    }));
    return { customer, invoices, policy: input.policy, history, now: new Date(now).toISOString() };
  });

const calendars = new Map<string, Holidays>();
function independentLocal(customer: Customer, instant: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: customer.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const key = `${customer.country}-${customer.subdivision ?? ''}`;
  if (!calendars.has(key)) {
    const holidays = new Holidays();
    const states = holidays.getStates(customer.country) ?? {};
    if (customer.subdivision && states[customer.subdivision]) holidays.init(customer.country, customer.subdivision);
    else holidays.init(customer.country);
    calendars.set(key, holidays);
  }
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const holiday = (calendars.get(key)?.getHolidays(Number(parts.year)) ?? []).find(
    (entry) => entry.date.startsWith(date) && entry.type === 'public',
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday as string) + 1;
  return { date, clock: `${parts.hour}:${parts.minute}`, weekday, holiday: holiday !== undefined };
}

describe('planReminders properties', () => {
  it('every planned message passes the gate and sits inside the window, on an open day, off holidays', () => {
    let planned = 0;
    fc.assert(
      fc.property(scenario, ({ customer, invoices, policy, history, now }) => {
        const plan = planCustomerReminders({ customer, invoices, policy, history, now });
        const resolved = resolvePolicy({ policy, customer });
        const seen: ContactAttempt[] = [...history];
        for (const message of plan.messages) {
          expect(message.sendAt >= now).toBe(true);
          const invoiceIds = message.reminders.map((reminder) => reminder.invoiceId);
          const decision = checkContact({ customer, policy, history: seen, at: message.sendAt, invoiceIds });
          expect(decision).toMatchObject({ allowed: true });
          const local = independentLocal(customer, message.sendAt);
          const window = resolved.windowsByWeekday[local.weekday as 1] ?? resolved.window;
          expect(local.clock >= window.start && local.clock < window.end).toBe(true);
          expect(resolved.allowedWeekdays).toContain(local.weekday);
          if (resolved.holidays.publicHolidays) expect(local.holiday).toBe(false);
          seen.push({ at: message.sendAt, customerId: customer.id, invoiceIds, kind: 'reminder' });
        }
        const slotKeys = plan.reminders.map((reminder) => reminder.slotKey);
        expect(new Set(slotKeys).size).toBe(slotKeys.length);
        planned += plan.messages.length;
      }),
      { numRuns: 300 },
    );
    // The property must not hold vacuously: most scenarios plan several messages.
    expect(planned).toBeGreaterThan(300);
  });

  it('is deterministic: same inputs (history in any order), same plan', () => {
    fc.assert(
      fc.property(scenario, ({ customer, invoices, policy, history, now }) => {
        const first = planCustomerReminders({ customer, invoices, policy, history, now });
        const second = planCustomerReminders({
          customer,
          invoices: [...invoices].reverse(),
          policy,
          history: [...history].reverse(),
          now,
        });
        expect(second).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('with a horizon, plans exactly the full plan’s messages up to it', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 0, max: 40 * 24 }),
        ({ customer, invoices, policy, history, now }, hours) => {
          const horizon = new Date(Date.parse(now) + hours * 3_600_000).toISOString();
          const full = planCustomerReminders({ customer, invoices, policy, history, now });
          const cut = planCustomerReminders({ customer, invoices, policy, history, now, horizon });
          const upTo = (messages: typeof full.messages) => messages.filter((message) => message.sendAt <= horizon);
          expect(upTo(cut.messages)).toEqual(upTo(full.messages));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('plans nothing for paid, void, disputed invoices or an opted-out customer', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom('paid', 'void', 'disputed', 'opted-out'), (input, stop) => {
        let { customer } = input;
        let invoices: Invoice[] = input.invoices;
        if (stop === 'opted-out') customer = recordOptOut(customer, { at: input.now, source: 'whatsapp-reply' });
        if (stop === 'void') invoices = invoices.map(voidInvoice);
        if (stop === 'disputed')
          invoices = invoices.map((invoice) => openDispute(invoice, { openedAt: input.now, reason: 'wrong amount' }));
        if (stop === 'paid') invoices = invoices.map((invoice) => ({ ...invoice, status: 'paid' as const }));
        const plan = planCustomerReminders({ ...input, customer, invoices });
        expect(plan.reminders).toEqual([]);
        expect(plan.messages).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('the gate’s next allowed instant is itself allowed', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 24 * 60 }), ({ customer, policy, history, now }, minutes) => {
        const at = new Date(Date.parse(now) + minutes * 60_000).toISOString();
        const decision = checkContact({ customer, policy, history, at, invoiceIds: ['inv-0'] });
        if (!decision.allowed && decision.nextAllowedAt) {
          expect(decision.nextAllowedAt > at).toBe(true);
          expect(
            checkContact({ customer, policy, history, at: decision.nextAllowedAt, invoiceIds: ['inv-0'] }),
          ).toMatchObject({
            allowed: true,
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
