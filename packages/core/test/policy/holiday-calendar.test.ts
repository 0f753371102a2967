import './load-all-holidays';
import { readFileSync } from 'node:fs';
import { checkContact, defaultReminderPolicy, HolidayCoverageError, planReminders } from '@cobro/core';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations.
import { generateHolidayFiles } from '../../scripts/generate-holidays.mjs';
import { customerIn, invoiceDue } from './policy-fixtures';

// 10:00 local on the day, as the planner would send: the gate must refuse it for the holiday alone.
const tenLocal = (date: string, offset: string) => new Date(`${date}T10:00:00${offset}`).toISOString();

describe('the holiday calendar of a customer', () => {
  it.each([
    ['BR', 'SP', 'America/Sao_Paulo', '2026-11-20', '-03:00'],
    ['BR', 'AM', 'America/Manaus', '2026-11-20', '-04:00'],
    ['BR', 'RJ', 'America/Sao_Paulo', '2028-11-20', '-03:00'],
    ['AU', 'NT', 'Australia/Darwin', '2027-12-25', '+09:30'],
    ['AU', 'SA', 'Australia/Adelaide', '2027-12-25', '+10:30'],
  ])(
    '%s-%s (%s) on %s (a national holiday) is refused: the subdivision adds to the nation',
    (country, subdivision, zone, date, offset) => {
      const customer = customerIn(zone, country as 'BR', { subdivision });
      const decision = checkContact({
        customer,
        policy: defaultReminderPolicy,
        history: [],
        at: tenLocal(date, offset),
      });
      expect(decision).toMatchObject({ allowed: false, reason: 'holiday' });
    },
  );

  it('AU-NT and AU-SA: Christmas 2027 on a Saturday and its observed Monday are both closed, on an every-day policy', () => {
    const policy = { ...defaultReminderPolicy, allowedWeekdays: [1, 2, 3, 4, 5, 6, 7] as const };
    for (const [subdivision, zone, offset] of [
      ['NT', 'Australia/Darwin', '+09:30'],
      ['SA', 'Australia/Adelaide', '+10:30'],
    ] as const) {
      const customer = customerIn(zone, 'AU', { subdivision });
      for (const date of ['2027-12-25', '2027-12-27']) {
        const decision = checkContact({
          customer,
          policy: { ...policy, allowedWeekdays: [...policy.allowedWeekdays] },
          history: [],
          at: tenLocal(date, offset),
        });
        expect(decision, `${subdivision} ${date}`).toMatchObject({ allowed: false, reason: 'holiday' });
      }
    }
  });

  it.each([
    ['NC', '2026-12-03'],
    ['CB', '2026-07-28'],
    ['MC', '2026-06-09'],
    ['VC', '2026-10-09'],
  ])('ES-%s on %s (regional holiday in the BOE calendar) is refused', (subdivision, date) => {
    const customer = customerIn('Europe/Madrid', 'ES', { subdivision });
    const decision = checkContact({
      customer,
      policy: defaultReminderPolicy,
      history: [],
      at: tenLocal(date, '+02:00'),
    });
    expect(decision).toMatchObject({ allowed: false, reason: 'holiday' });
  });

  // Checked against the BOE fiestas laborales lists for 2024, 2025 and 2026: mostly national days a community moved
  // (Santiago, San José, the Monday after a Sunday holiday), which the source closes everywhere or nowhere.
  it.each([
    ['CB', 'Europe/Madrid', '2024-04-01', '+02:00', 'Lunes de Pascua'],
    ['CB', 'Europe/Madrid', '2024-07-25', '+02:00', 'Santiago Apóstol'],
    ['MD', 'Europe/Madrid', '2024-07-25', '+02:00', 'Santiago Apóstol'],
    ['EX', 'Europe/Madrid', '2024-02-13', '+01:00', 'Martes de Carnaval'],
    ['RI', 'Europe/Madrid', '2024-06-10', '+02:00', 'the Monday after the Día de La Rioja'],
    ['AN', 'Europe/Madrid', '2024-12-09', '+01:00', 'the Monday after 8 December'],
    ['ML', 'Africa/Ceuta', '2024-06-17', '+02:00', 'Eid al-Adha'],
    ['AN', 'Europe/Madrid', '2025-10-13', '+02:00', 'the Monday after 12 October'],
    ['NC', 'Europe/Madrid', '2025-07-25', '+02:00', 'Santiago Apóstol'],
    ['CE', 'Africa/Ceuta', '2025-06-06', '+02:00', 'Eid al-Adha'],
    ['ML', 'Africa/Ceuta', '2025-03-31', '+02:00', 'Eid al-Fitr'],
    ['CM', 'Europe/Madrid', '2026-04-06', '+02:00', 'Lunes de Pascua'],
    ['IB', 'Europe/Madrid', '2025-12-26', '+01:00', 'Segunda Fiesta de Navidad'],
    ['GA', 'Europe/Madrid', '2026-06-24', '+02:00', 'San Xoán'],
    ['CE', 'Africa/Ceuta', '2026-05-27', '+02:00', 'Eid al-Adha'],
  ])('ES-%s (%s) on %s (%s, %s in the BOE list) is refused', (subdivision, zone, date, offset) => {
    const customer = customerIn(zone, 'ES', { subdivision });
    const decision = checkContact({ customer, policy: defaultReminderPolicy, history: [], at: tenLocal(date, offset) });
    expect(decision).toMatchObject({ allowed: false, reason: 'holiday' });
  });

  it.each([
    ['CB', '2024-09-16', '+02:00', 'Cantabria did not move its Sunday 15 September'],
    ['GA', '2024-12-09', '+01:00', 'the Monday after 8 December is not a national day in 2024'],
    ['MC', '2025-10-13', '+02:00', 'Murcia took 9 June instead of the Monday after 12 October'],
    ['PV', '2025-03-19', '+01:00', 'San José only in Murcia and Valencia in 2025'],
    ['IB', '2025-04-21', '+02:00', 'no Lunes de Pascua in the Balearics in 2025'],
    ['CE', '2024-09-02', '+02:00', 'the Día de Ceuta is not a holiday in 2024'],
    ['CE', '2026-05-26', '+02:00', 'Ceuta keeps Eid al-Adha on 27 May 2026'],
  ])('ES-%s on %s is a working day (%s)', (subdivision, date, offset) => {
    const customer = customerIn('Europe/Madrid', 'ES', { subdivision });
    const at = tenLocal(date, offset);
    expect(checkContact({ customer, policy: defaultReminderPolicy, history: [], at }).allowed).toBe(true);
  });

  it('ES-CB on 2026-06-29 (the source put Cantabria’s day on 28 June, a Sunday that year) is a working day', () => {
    const customer = customerIn('Europe/Madrid', 'ES', { subdivision: 'CB' });
    const at = tenLocal('2026-06-29', '+02:00');
    expect(checkContact({ customer, policy: defaultReminderPolicy, history: [], at }).allowed).toBe(true);
  });

  it.each([
    ['AU', undefined, 'Australia/Sydney', '2030-01-26', '+11:00', 'Australia Day on a Saturday'],
    ['AU', undefined, 'Australia/Sydney', '2030-01-28', '+11:00', 'Australia Day observed on the Monday'],
    ['US', 'MA', 'America/New_York', '2028-11-10', '-05:00', 'Veterans Day 2028 observed on the Friday'],
    ['US', 'NY', 'America/New_York', '2026-02-12', '-05:00', 'Lincoln’s Birthday in New York'],
    ['GB', 'SCT', 'Europe/London', '2026-06-15', '+01:00', 'Scotland’s one-off 2026 bank holiday'],
  ] as [string, string | undefined, string, string, string, string][])(
    'arguable case decided closed: %s-%s (%s) on %s (%s, %s)',
    (country, subdivision, zone, date, offset) => {
      const customer = customerIn(zone, country as 'AU', { subdivision, kind: 'consumer' });
      const policy = {
        ...defaultReminderPolicy,
        allowedWeekdays: [1, 2, 3, 4, 5, 6, 7] as (1 | 2 | 3 | 4 | 5 | 6 | 7)[],
      };
      const decision = checkContact({ customer, policy, history: [], at: tenLocal(date, offset) });
      expect(decision).toMatchObject({ allowed: false, reason: 'holiday' });
    },
  );

  it('a day outside the covered years is a typed error naming the customer’s country, never "not a holiday"', () => {
    const customer = customerIn('America/Sao_Paulo', 'BR', { subdivision: 'SP' });
    const check = () =>
      checkContact({ customer, policy: defaultReminderPolicy, history: [], at: '2036-03-04T13:00:00Z' });
    expect(check).toThrowError(HolidayCoverageError);
    try {
      check();
    } catch (error) {
      expect(HolidayCoverageError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'COBRO_HOLIDAY_COVERAGE', country: 'BR', date: '2036-03-04' });
      expect((error as Error).message).toContain('customer.country');
    }
  });

  it('a country without a table is a typed error when the policy skips holidays, and plans when it does not', () => {
    const customer = { ...customerIn('Europe/Berlin', 'IT'), country: 'DE' };
    const at = '2026-03-04T09:00:00Z';
    expect(() => checkContact({ customer, policy: defaultReminderPolicy, history: [], at })).toThrowError(
      HolidayCoverageError,
    );
    const open = { ...defaultReminderPolicy, holidays: { publicHolidays: false, bankHolidays: false, closures: [] } };
    expect(checkContact({ customer, policy: open, history: [], at }).allowed).toBe(true);
  });

  it('the business’s closures close the day on top of the country and subdivision calendars', () => {
    const customer = customerIn('America/Sao_Paulo', 'BR', { subdivision: 'SP' });
    const policy = {
      ...defaultReminderPolicy,
      holidays: { ...defaultReminderPolicy.holidays, closures: ['2026-03-04'] },
    };
    const decision = checkContact({ customer, policy, history: [], at: tenLocal('2026-03-04', '-03:00') });
    expect(decision).toMatchObject({ allowed: false, reason: 'closure' });
  });

  it('a planned stage on BR-SP’s 20 November 2026 rolls to the next working day', () => {
    const customer = customerIn('America/Sao_Paulo', 'BR', { subdivision: 'SP' });
    const plan = planReminders({
      invoice: invoiceDue('2026-11-20', customer, { businessTimeZone: 'America/Sao_Paulo' }),
      customer,
      policy: defaultReminderPolicy,
      history: [],
      now: '2026-11-01T00:00:00Z',
    });
    const due = plan.reminders.find((reminder) => reminder.stageId === 'due');
    expect(plan.reminders.map((reminder) => reminder.localSendTime.slice(0, 10))).not.toContain('2026-11-20');
    expect(due?.localSendTime ?? 'skipped').not.toMatch(/^2026-11-20/);
  });
});

describe('the generated holiday tables', () => {
  it('are what the generator makes today from date-holidays and the corrections file', () => {
    const files: Map<string, string> = generateHolidayFiles();
    expect(files.size).toBe(14);
    for (const [name, content] of files) {
      const committed = readFileSync(new URL(`../../src/policy/holidays/${name}`, import.meta.url), 'utf8');
      expect(committed, name).toBe(content);
    }
  });

  it('every correction cites its source', () => {
    const file = JSON.parse(readFileSync(new URL('../../scripts/holiday-corrections.json', import.meta.url), 'utf8'));
    for (const correction of file.corrections) expect(correction.source, correction.region).toMatch(/.{30,}/);
  });
});
