import './load-all-holidays';
import {
  defaultReminderPolicy,
  planCustomerReminders,
  planReminders,
  type ReminderPolicy,
  recordPromiseToPay,
  resolvePolicy,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { customerIn, everyDayPolicy, invoiceDue } from './policy-fixtures';

const slots = (plan: ReturnType<typeof planReminders>) =>
  plan.reminders.map((reminder) => [reminder.stageId, reminder.sendAt, reminder.localSendTime]);

const before = '2026-01-01T00:00:00Z';

describe('planReminders golden dates', () => {
  it('Europe/Rome 2026-03-29: a stage on the spring-forward Sunday rolls to Monday 10:00 CEST', () => {
    const customer = customerIn('Europe/Rome', 'IT');
    const plan = planReminders({
      invoice: invoiceDue('2026-03-26', customer),
      customer,
      policy: defaultReminderPolicy,
      history: [],
      now: before,
    });
    expect(slots(plan)).toEqual([
      ['before-3', '2026-03-23T09:00:00.000Z', '2026-03-23T10:00'],
      ['due', '2026-03-26T09:00:00.000Z', '2026-03-26T10:00'],
      ['after-3', '2026-03-30T08:00:00.000Z', '2026-03-30T10:00'], // 29th is Sunday; CEST from the 29th
      ['after-7', '2026-04-02T08:00:00.000Z', '2026-04-02T10:00'],
      ['after-14', '2026-04-09T08:00:00.000Z', '2026-04-09T10:00'],
    ]);
    expect(plan.presets).toEqual(['whatsapp-base', 'IT']);
  });

  it('Europe/Rome 2026-03-29: a wall-clock time inside the DST gap resolves forward (02:30 → 03:30 CEST)', () => {
    const customer = customerIn('Europe/Rome', 'GB', { kind: 'consumer' });
    const policy: ReminderPolicy = { ...everyDayPolicy, preferredTime: '02:30' };
    const plan = planReminders({
      invoice: invoiceDue('2026-03-26', customer),
      customer,
      policy,
      history: [],
      now: before,
    });
    expect(plan.reminders.find((reminder) => reminder.stageId === 'after-3')).toMatchObject({
      sendAt: '2026-03-29T01:30:00.000Z',
      localSendTime: '2026-03-29T03:30',
    });
  });

  it('Europe/Rome 2026-10-25: an ambiguous wall-clock time takes its first occurrence; 10:00 is CET', () => {
    const customer = customerIn('Europe/Rome', 'GB', { kind: 'consumer' });
    const early = planReminders({
      invoice: invoiceDue('2026-10-22', customer),
      customer,
      policy: { ...everyDayPolicy, preferredTime: '02:30' },
      history: [],
      now: before,
    });
    expect(early.reminders.find((reminder) => reminder.stageId === 'after-3')?.sendAt).toBe('2026-10-25T00:30:00.000Z');
    const late = planReminders({
      invoice: invoiceDue('2026-10-22', customer),
      customer,
      policy: everyDayPolicy,
      history: [],
      now: before,
    });
    expect(late.reminders.find((reminder) => reminder.stageId === 'after-3')?.sendAt).toBe('2026-10-25T09:00:00.000Z');
    expect(late.reminders.find((reminder) => reminder.stageId === 'due')?.sendAt).toBe('2026-10-22T08:00:00.000Z');
  });

  it('America/New_York 2026-03-08 and 2026-11-01: 10:00 local is 14:00Z (EDT) and 15:00Z (EST)', () => {
    const customer = customerIn('America/New_York', 'US', { subdivision: 'NY' });
    const spring = planReminders({
      invoice: invoiceDue('2026-03-08', customer, { businessTimeZone: 'America/New_York' }),
      customer,
      policy: everyDayPolicy,
      history: [],
      now: before,
    });
    expect(spring.reminders.find((reminder) => reminder.stageId === 'due')?.sendAt).toBe('2026-03-08T14:00:00.000Z');
    expect(spring.reminders.find((reminder) => reminder.stageId === 'before-3')?.sendAt).toBe(
      '2026-03-05T15:00:00.000Z',
    );
    const autumn = planReminders({
      invoice: invoiceDue('2026-11-01', customer, { businessTimeZone: 'America/New_York' }),
      customer,
      policy: everyDayPolicy,
      history: [],
      now: before,
    });
    expect(autumn.reminders.find((reminder) => reminder.stageId === 'due')?.sendAt).toBe('2026-11-01T15:00:00.000Z');
    expect(autumn.reminders.find((reminder) => reminder.stageId === 'before-3')?.sendAt).toBe(
      '2026-10-29T14:00:00.000Z',
    );
    // The US preset narrowed the window to 08:00–21:00; every send is inside it.
    expect(resolvePolicy({ policy: everyDayPolicy, customer }).window).toEqual({ start: '08:00', end: '21:00' });
  });

  it('America/Sao_Paulo and America/Mexico_City keep one offset all year (no DST)', () => {
    const paulista = customerIn('America/Sao_Paulo', 'BR', { subdivision: 'SP' });
    const brazil = planReminders({
      invoice: invoiceDue('2026-11-03', paulista, { businessTimeZone: 'America/Sao_Paulo' }),
      customer: paulista,
      policy: defaultReminderPolicy,
      history: [],
      now: before,
    });
    for (const reminder of brazil.reminders) expect(reminder.sendAt.slice(11, 16)).toBe('13:00');
    expect(brazil.presets).toEqual(['whatsapp-base', 'BR-SP']);

    const mexican = customerIn('America/Mexico_City', 'MX');
    const mexico = planReminders({
      invoice: invoiceDue('2026-04-07', mexican, { businessTimeZone: 'America/Mexico_City' }),
      customer: mexican,
      policy: defaultReminderPolicy,
      history: [],
      now: before,
    });
    for (const reminder of mexico.reminders) expect(reminder.sendAt.slice(11, 16)).toBe('16:00');
  });

  it('across a year boundary, past a weekend and a regional holiday (Spain, Epiphany 2027-01-06)', () => {
    const customer = customerIn('Europe/Madrid', 'ES');
    const plan = planReminders({
      invoice: invoiceDue('2026-12-30', customer, { businessTimeZone: 'Europe/Madrid' }),
      customer,
      policy: defaultReminderPolicy,
      history: [],
      now: '2026-12-01T00:00:00Z',
    });
    expect(slots(plan)).toEqual([
      ['before-3', '2026-12-28T09:00:00.000Z', '2026-12-28T10:00'], // 27th is Sunday
      ['due', '2026-12-30T09:00:00.000Z', '2026-12-30T10:00'],
      ['after-3', '2027-01-04T09:00:00.000Z', '2027-01-04T10:00'], // 2 Jan is Saturday, ES is weekdays only
      ['after-7', '2027-01-07T09:00:00.000Z', '2027-01-07T10:00'], // 6 Jan is Epiphany
      ['after-14', '2027-01-13T09:00:00.000Z', '2027-01-13T10:00'],
    ]);
  });

  it('a due date that is itself a holiday: the due-day stage has no slot before it passes and is dropped', () => {
    const customer = customerIn('Europe/Rome', 'IT');
    const plan = planReminders({
      invoice: invoiceDue('2026-12-25', customer),
      customer,
      policy: defaultReminderPolicy,
      history: [],
      now: before,
    });
    expect(plan.skipped).toEqual([{ slotKey: 'inv-1:1:due', reason: 'no-slot-before-due-date' }]);
    expect(slots(plan)).toEqual([
      ['before-3', '2026-12-22T09:00:00.000Z', '2026-12-22T10:00'],
      ['after-3', '2026-12-28T09:00:00.000Z', '2026-12-28T10:00'],
      ['after-7', '2027-01-02T09:00:00.000Z', '2027-01-02T10:00'], // 1 Jan is a holiday
      ['after-14', '2027-01-08T09:00:00.000Z', '2027-01-08T10:00'],
    ]);
  });

  it('due dates are in the business zone and send times in the customer zone', () => {
    const customer = customerIn('America/Mexico_City', 'MX');
    const plan = planReminders({
      invoice: invoiceDue('2026-06-10', customer),
      customer,
      policy: defaultReminderPolicy,
      history: [],
      now: before,
    });
    // 10:00 in Mexico City on 10 June is 18:00 in Rome, still 10 June for the business.
    expect(plan.reminders.find((reminder) => reminder.stageId === 'due')).toMatchObject({
      sendAt: '2026-06-10T16:00:00.000Z',
      localSendTime: '2026-06-10T10:00',
    });
  });

  it('each installment gets its own ladder, with the installment message before it is due', () => {
    const customer = customerIn('Europe/Rome', 'IT');
    const invoice = invoiceDue('2026-07-15', customer, {
      installments: [
        { id: '1', dueDate: '2026-06-15', amount: '45.00' },
        { id: '2', dueDate: '2026-07-15', amount: '45.00' },
      ],
    });
    const plan = planReminders({
      invoice,
      customer,
      policy: defaultReminderPolicy,
      history: [],
      now: '2026-06-01T00:00:00Z',
    });
    const first = plan.reminders.filter((reminder) => reminder.installmentId === '1');
    const second = plan.reminders.filter((reminder) => reminder.installmentId === '2');
    expect(first.map((reminder) => reminder.messageKey)).toEqual([
      'installment-due',
      'installment-due',
      'reminder-overdue-gentle',
      'reminder-overdue-firm',
      'reminder-final-notice',
    ]);
    expect(second[0]).toMatchObject({ stageId: 'before-3', dueDate: '2026-07-15', localSendTime: '2026-07-13T10:00' });
  });
});

describe('planCustomerReminders', () => {
  it('sends one message listing every invoice that falls due together, not one per invoice', () => {
    const customer = customerIn('Europe/Rome', 'IT');
    const invoices = [invoiceDue('2026-06-10', customer, { id: 'a' }), invoiceDue('2026-06-10', customer, { id: 'b' })];
    const plan = planCustomerReminders({ customer, invoices, policy: defaultReminderPolicy, history: [], now: before });
    expect(
      plan.messages.map((message) => [
        message.messageKey,
        message.localSendTime,
        message.reminders.map((reminder) => reminder.invoiceId),
      ]),
    ).toEqual([
      ['reminder-several-invoices', '2026-06-08T10:00', ['a', 'b']],
      ['reminder-several-invoices', '2026-06-10T10:00', ['a', 'b']],
      ['reminder-several-invoices', '2026-06-13T10:00', ['a', 'b']],
      ['reminder-several-invoices', '2026-06-17T10:00', ['a', 'b']],
      ['reminder-several-invoices', '2026-06-24T10:00', ['a', 'b']],
    ]);
  });

  it('holds reminders for a promise to pay until its date plus the grace days, then resumes', () => {
    const customer = customerIn('Europe/Rome', 'IT');
    const invoice = recordPromiseToPay(invoiceDue('2026-06-10', customer), {
      date: '2026-06-15',
      recordedAt: '2026-06-11T09:00:00.000Z',
      source: 'whatsapp-reply',
    });
    const plan = planReminders({
      invoice,
      customer,
      policy: defaultReminderPolicy,
      history: [],
      now: '2026-06-11T10:00:00Z',
    });
    // after-3 (13 June) falls inside the promise and its two days of grace; after-7 (17 June) would too, so the
    // ladder resumes with the first stage after 17 June.
    expect(plan.skipped).toContainEqual({ slotKey: 'inv-1:1:after-3', reason: 'promise-to-pay' });
    expect(plan.reminders.map((reminder) => [reminder.stageId, reminder.localSendTime])).toEqual([
      ['after-7', '2026-06-18T10:00'],
      ['after-14', '2026-06-24T10:00'],
    ]);
  });
});
