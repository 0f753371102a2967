import './load-all-holidays';
import {
  type ContactAttempt,
  type Customer,
  checkContact,
  defaultReminderPolicy,
  type Invoice,
  type PlannedReminder,
  planCustomerReminders,
  resolvePolicy,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { customerIn, invoiceDue } from './policy-fixtures';

const day = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const toneRank = { friendly: 0, polite: 1, firm: 2, final: 3 } as const;
const businessZones = [
  'Europe/Rome',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'America/New_York',
  'Europe/Madrid',
  'Asia/Tokyo',
  'Pacific/Auckland',
  'America/Los_Angeles',
];

// A seeded stream of customers with two to five open invoices, some in two installments, due over 40 days from
// `from`, planned from up to 30 days before: the shapes in which reminders of several invoices join one message.
function* scenarios(customer: Customer, from: string, count: number, seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const base = Date.parse(from);
  for (let index = 0; index < count; index++) {
    const invoices: Invoice[] = [];
    for (let n = 2 + Math.floor(random() * 4), id = 0; id < n; id++) {
      const first = base + Math.floor(random() * 40) * day;
      const split = random() < 0.4;
      const second = first + (5 + Math.floor(random() * 10)) * day;
      invoices.push(
        invoiceDue(isoDate(split ? second : first), customer, {
          id: `inv-${id}`,
          businessTimeZone: businessZones[Math.floor(random() * businessZones.length)] as string,
          ...(split
            ? {
                installments: [
                  { id: '1', dueDate: isoDate(first), amount: '45.00' },
                  { id: '2', dueDate: isoDate(second), amount: '45.00' },
                ],
              }
            : {}),
        }),
      );
    }
    const now = new Date(base - Math.floor(random() * 30) * day + Math.floor(random() * 24) * 3_600_000);
    yield { invoices, now: now.toISOString() };
  }
}

function expectLawfulJoins(customer: Customer, from: string, perInvoicePerWeek: number) {
  const policy = resolvePolicy({ policy: defaultReminderPolicy, customer });
  expect(policy.caps.perInvoicePerWeek).toBe(perInvoicePerWeek);
  let joined = 0;
  for (const { invoices, now } of scenarios(customer, from, 400, 7)) {
    const plan = planCustomerReminders({ customer, invoices, policy, history: [], now });
    joined += plan.messages.filter((message) => message.reminders.length > 1).length;
    for (const invoice of invoices) {
      const sends = plan.messages
        .filter((message) => message.reminders.some((reminder) => reminder.invoiceId === invoice.id))
        .map((message) => Date.parse(message.sendAt));
      for (let index = 0; index + perInvoicePerWeek < sends.length; index++) {
        const span = (sends[index + perInvoicePerWeek] as number) - (sends[index] as number);
        expect(
          span,
          `${invoice.id} of ${JSON.stringify({ now, invoices: invoices.map((i) => i.dueDate) })}`,
        ).toBeGreaterThanOrEqual(7 * day);
      }
      // Per installment, stages go out in ladder order and never soften.
      for (const installment of new Set(plan.reminders.map((reminder) => reminder.installmentId))) {
        const ladder = plan.reminders
          .filter((reminder) => reminder.invoiceId === invoice.id && reminder.installmentId === installment)
          .sort((a, b) => (a.sendAt < b.sendAt ? -1 : 1));
        for (let index = 1; index < ladder.length; index++) {
          const before = ladder[index - 1] as PlannedReminder;
          const after = ladder[index] as PlannedReminder;
          expect(before.stageDate < after.stageDate, `${invoice.id} ${before.stageId} → ${after.stageId}`).toBe(true);
          expect(toneRank[before.tone]).toBeLessThanOrEqual(toneRank[after.tone]);
        }
      }
    }
    // The gate, given every other planned message as history (later ones included), lets each one through.
    const asHistory = plan.messages.map(
      (message): ContactAttempt => ({
        at: message.sendAt,
        customerId: customer.id,
        invoiceIds: message.reminders.map((reminder) => reminder.invoiceId),
        kind: 'reminder',
      }),
    );
    for (const [index, message] of plan.messages.entries()) {
      const history = asHistory.filter((_, other) => other !== index);
      const decision = checkContact({
        customer,
        policy,
        history,
        at: message.sendAt,
        invoiceIds: asHistory[index]?.invoiceIds,
      });
      expect(decision.allowed, `${message.sendAt} ${JSON.stringify(decision)}`).toBe(true);
    }
  }
  // The scenarios must exercise joins, or this proves nothing.
  expect(joined).toBeGreaterThan(50);
}

describe('a reminder joined to an earlier message', () => {
  it('US-MA consumer, June 2028: never more than 2 sends per invoice in 7 days, stages in order', () => {
    expectLawfulJoins(customerIn('America/New_York', 'US', { subdivision: 'MA' }), '2028-06-01', 2);
  });

  it('US-MA consumer, December 2028: never more than 2 sends per invoice in 7 days, stages in order', () => {
    expectLawfulJoins(customerIn('America/New_York', 'US', { subdivision: 'MA' }), '2028-12-01', 2);
  });

  it('MX customer, 2028: never a firmer stage before a gentler one of the same installment', () => {
    expectLawfulJoins(customerIn('America/Mexico_City', 'MX'), '2028-01-10', 3);
  });

  it('MX customer (default policy + MX preset): a firm stage joined to an earlier message never overtakes its gentler one', () => {
    // Two invoices from businesses in New York and São Paulo, planned on 7 January 2028: the MX preset (weekdays
    // only, one message a day) rolls stages forward, and inv-0's firm after-7 joins inv-1's polite after-3 on Monday
    // 31 January. The defect: on this path a firmer stage went out before a gentler one of the same
    // installment. Each installment's ladder must stay in order and never soften.
    const customer = customerIn('America/Mexico_City', 'MX');
    const policy = resolvePolicy({ policy: defaultReminderPolicy, customer });
    const invoices = [
      invoiceDue('2028-01-23', customer, { id: 'inv-0', businessTimeZone: 'America/New_York' }),
      invoiceDue('2028-01-26', customer, { id: 'inv-1', businessTimeZone: 'America/Sao_Paulo' }),
    ];
    const plan = planCustomerReminders({ customer, invoices, policy, history: [], now: '2028-01-07T00:00:00.000Z' });
    expect(
      plan.messages.map((message) => [
        message.localSendTime,
        message.tone,
        message.reminders.map((reminder) => `${reminder.slotKey} ${reminder.tone}`),
      ]),
    ).toEqual([
      ['2028-01-20T10:00', 'friendly', ['inv-0:1:before-3 friendly']],
      ['2028-01-24T10:00', 'friendly', ['inv-1:1:before-3 friendly']],
      ['2028-01-26T10:00', 'polite', ['inv-0:1:after-3 polite', 'inv-1:1:due friendly']],
      ['2028-01-31T10:00', 'firm', ['inv-1:1:after-3 polite', 'inv-0:1:after-7 firm']],
      ['2028-02-02T10:00', 'firm', ['inv-1:1:after-7 firm']],
      ['2028-02-08T10:00', 'final', ['inv-0:1:after-14 final']],
      ['2028-02-09T10:00', 'final', ['inv-1:1:after-14 final']],
    ]);
    // inv-0's due stage falls on a Sunday, closed in Mexico: dropped rather than sent after the due date.
    expect(plan.skipped).toContainEqual({ slotKey: 'inv-0:1:due', reason: 'no-slot-before-due-date' });
    for (const invoiceId of ['inv-0', 'inv-1']) {
      const ladder = plan.reminders.filter((reminder) => reminder.invoiceId === invoiceId);
      for (let index = 1; index < ladder.length; index++) {
        const before = ladder[index - 1] as PlannedReminder;
        const after = ladder[index] as PlannedReminder;
        expect(before.sendAt < after.sendAt, `${invoiceId} ${before.stageId} → ${after.stageId}`).toBe(true);
        expect(before.stageDate < after.stageDate).toBe(true);
        expect(toneRank[before.tone]).toBeLessThanOrEqual(toneRank[after.tone]);
      }
    }
  });
});

describe('the gate with a full history', () => {
  it('refuses a send slipped in before two sends of the same invoice already planned within 7 days (US-MA)', () => {
    const customer = customerIn('America/New_York', 'US', { subdivision: 'MA' });
    const planned = (at: string): ContactAttempt => ({
      at,
      customerId: customer.id,
      invoiceIds: ['inv-1'],
      kind: 'reminder',
    });
    const history = [planned('2028-06-21T14:00:00.000Z'), planned('2028-06-22T14:00:00.000Z')];
    const decision = checkContact({
      customer,
      policy: {
        ...defaultReminderPolicy,
        minimumGapMinutes: 0,
        caps: { ...defaultReminderPolicy.caps, perCustomerPerDay: 5, perCustomerPerWeek: 9 },
      },
      history,
      at: '2028-06-20T14:00:00.000Z',
      invoiceIds: ['inv-1'],
    });
    expect(decision).toMatchObject({ allowed: false, reason: 'cap-invoice-week' });
    // The earliest lawful instant is once the first of the two planned sends is 7 days old.
    expect(decision.allowed === false && decision.nextAllowedAt).toBe('2028-06-28T14:00:00.000Z');
  });
});
