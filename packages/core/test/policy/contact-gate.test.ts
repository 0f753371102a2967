import './load-all-holidays';
import {
  type ContactAttempt,
  checkContact,
  composePolicy,
  defaultReminderPolicy,
  jurisdictionPresets,
  presetsForCustomer,
  recordOptOut,
  resolvePolicy,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { customerIn, everyDayPolicy } from './policy-fixtures';

const sent = (at: string, invoiceIds = ['inv-1']): ContactAttempt => ({
  at,
  customerId: 'c-US',
  invoiceIds,
  kind: 'reminder',
});

describe('checkContact', () => {
  const customer = customerIn('America/New_York', 'US', { subdivision: 'MA' });

  it('allows a send inside every rule', () => {
    expect(checkContact({ customer, policy: defaultReminderPolicy, history: [], at: '2026-11-24T15:00:00Z' })).toEqual({
      allowed: true,
      presets: ['whatsapp-base', 'US', 'US-MA'],
    });
  });

  it.each([
    [
      'before the window, naming the next opening',
      '2026-11-24T13:30:00Z',
      'outside-window',
      'policy',
      '2026-11-24T14:00:00.000Z',
    ],
    ['on a closed weekday (Sunday)', '2026-11-29T15:00:00Z', 'closed-day', 'policy', '2026-11-30T14:00:00.000Z'],
    ['on a public holiday (Thanksgiving)', '2026-11-26T15:00:00Z', 'holiday', 'policy', '2026-11-27T14:00:00.000Z'],
  ])('refuses %s', (_, at, reason, rule, next) => {
    expect(checkContact({ customer, policy: defaultReminderPolicy, history: [], at })).toEqual({
      allowed: false,
      reason,
      rule,
      nextAllowedAt: next,
      presets: ['whatsapp-base', 'US', 'US-MA'],
    });
  });

  it('names the preset whose rule refused: US-MA allows two reminders per debt in seven days', () => {
    const history = [sent('2026-11-16T15:00:00Z'), sent('2026-11-18T15:00:00Z')];
    const decision = checkContact({
      customer,
      policy: everyDayPolicy,
      history,
      at: '2026-11-20T15:00:00Z',
      invoiceIds: ['inv-1'],
    });
    expect(decision).toMatchObject({
      allowed: false,
      reason: 'cap-invoice-week',
      rule: 'US-MA',
      nextAllowedAt: '2026-11-23T15:00:00.000Z',
    });
    // Another invoice of the same customer is not capped by it.
    expect(
      checkContact({ customer, policy: everyDayPolicy, history, at: '2026-11-20T15:00:00Z', invoiceIds: ['inv-2'] }),
    ).toMatchObject({
      allowed: true,
    });
  });

  it('keeps the minimum gap and the daily cap across all invoices', () => {
    const history = [sent('2026-11-24T14:30:00Z', ['inv-9'])];
    expect(
      checkContact({ customer, policy: defaultReminderPolicy, history, at: '2026-11-24T20:00:00Z' }),
    ).toMatchObject({
      allowed: false,
      reason: 'minimum-gap',
      // 20 hours after 09:30 is 05:30 local, before the window: the next opening is 09:00 local.
      nextAllowedAt: '2026-11-25T14:00:00.000Z',
    });
    const loose = { ...defaultReminderPolicy, minimumGapMinutes: 0 };
    expect(checkContact({ customer, policy: loose, history, at: '2026-11-24T20:00:00Z' })).toMatchObject({
      allowed: false,
      reason: 'cap-customer-day',
      nextAllowedAt: '2026-11-25T14:00:00.000Z',
    });
  });

  it('refuses an opted-out customer for good, and one without opt-in', () => {
    const optedOut = recordOptOut(customer, {
      at: '2026-11-01T00:00:00.000Z',
      source: 'whatsapp-reply',
      evidence: 'STOP',
    });
    expect(
      checkContact({ customer: optedOut, policy: defaultReminderPolicy, history: [], at: '2026-11-24T15:00:00Z' }),
    ).toEqual({
      allowed: false,
      reason: 'opted-out',
      rule: 'whatsapp-base',
      presets: ['whatsapp-base', 'US', 'US-MA'],
    });
    const { optIn: _, ...withoutConsent } = customer;
    expect(
      checkContact({
        customer: withoutConsent,
        policy: defaultReminderPolicy,
        history: [],
        at: '2026-11-24T15:00:00Z',
      }),
    ).toMatchObject({
      allowed: false,
      reason: 'no-consent',
      rule: 'policy', // the default policy already requires opt-in, before any preset
    });
  });

  it('refuses a business-defined closure', () => {
    const policy = {
      ...defaultReminderPolicy,
      holidays: { ...defaultReminderPolicy.holidays, closures: ['2026-12-07'] },
    };
    const milan = customerIn('Europe/Rome', 'IT');
    expect(checkContact({ customer: milan, policy, history: [], at: '2026-12-07T10:00:00Z' })).toMatchObject({
      allowed: false,
      reason: 'closure',
      nextAllowedAt: '2026-12-09T08:00:00.000Z', // 8 December is a national holiday too
    });
  });
});

describe('presets', () => {
  it('are chosen by country, subdivision and kind', () => {
    const ids = (country: 'US' | 'BR' | 'GB' | 'AU', subdivision?: string, kind?: 'consumer' | 'business') =>
      presetsForCustomer({ country, subdivision, kind }).map((preset) => preset.id);
    expect(ids('US', 'MA')).toEqual(['whatsapp-base', 'US', 'US-MA']);
    expect(ids('US', 'MA', 'business')).toEqual(['whatsapp-base']);
    expect(ids('BR', 'SP')).toEqual(['whatsapp-base', 'BR-SP']);
    expect(ids('BR', 'RJ')).toEqual(['whatsapp-base', 'BR']);
    expect(ids('GB', undefined, 'business')).toEqual(['whatsapp-base', 'UK-B2B']);
    expect(ids('AU', undefined, 'business')).toEqual(['whatsapp-base', 'AU']);
  });

  it('compose so that the stricter rule wins, whatever the order', () => {
    const business = { ...defaultReminderPolicy, window: { start: '07:00', end: '20:30' }, minimumGapMinutes: 30 };
    const presets = [jurisdictionPresets.BR!, jurisdictionPresets.US!];
    const one = composePolicy(business, presets);
    const other = composePolicy(business, [...presets].reverse());
    for (const policy of [one, other]) {
      expect(policy.window).toEqual({ start: '09:00', end: '19:00' });
      expect(policy.allowedWeekdays).toEqual([1, 2, 3, 4, 5]);
      expect(policy.caps.perCustomerPerDay).toBe(1);
      expect(policy.caps.perInvoicePerWeek).toBe(3);
      expect(policy.requireSupplierIdentity).toBe(true);
      expect(policy.requireOptOutLine).toBe(true);
    }
    expect(one.ruleSources.window).toBe('BR');
    expect(other.ruleSources.window).toBe('BR');
    expect(one.ruleSources.allowedWeekdays).toBe('BR');
    expect(one.ruleSources['caps.perCustomerPerDay']).toBeUndefined(); // the business already allowed only one a day
    expect(one.ruleSources['caps.perInvoicePerWeek']).toBeUndefined(); // the business's 3 was already below US's 7
  });

  it('AU keeps its weekend window inside the business window', () => {
    const policy = resolvePolicy({ policy: everyDayPolicy, customer: customerIn('Australia/Sydney', 'AU') });
    expect(policy.windowsByWeekday[1]).toEqual({ start: '07:30', end: '21:00' });
    expect(policy.windowsByWeekday[6]).toEqual({ start: '09:00', end: '21:00' });
    expect(policy.caps.perInvoicePerWeek).toBe(3);
    expect(policy.caps.perInvoicePerMonth).toBe(8); // the business's own 8 is stricter than AU's 10
  });

  it('AU caps contacts per person as well as per debt: a looser business policy gets 3 a week and 10 a month', () => {
    const loose = {
      ...everyDayPolicy,
      caps: { ...everyDayPolicy.caps, perCustomerPerDay: 5, perCustomerPerWeek: 20, perCustomerPerMonth: 40 },
    };
    const policy = resolvePolicy({ policy: loose, customer: customerIn('Australia/Sydney', 'AU') });
    expect(policy.caps.perCustomerPerWeek).toBe(3);
    expect(policy.caps.perCustomerPerMonth).toBe(10);
    expect(policy.ruleSources['caps.perCustomerPerWeek']).toBe('AU');
  });

  it('every preset cites at least one source', () => {
    for (const preset of Object.values(jurisdictionPresets)) {
      expect(preset.sources.length, preset.id).toBeGreaterThan(0);
      for (const source of preset.sources) expect(source.reference).toMatch(/^https:\/\//);
    }
  });
});
