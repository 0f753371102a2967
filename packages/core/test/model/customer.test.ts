import {
  type CreateCustomerInput,
  canMessageCustomer,
  createCustomer,
  isTimeZone,
  maskPhone,
  normalizePhoneNumber,
  normalizeTimeZone,
  recordOptIn,
  recordOptOut,
  ValidationError,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';

const base: CreateCustomerInput = {
  id: 'cus_1',
  name: 'Giulia Rossi',
  phone: '+39 347 123 4567',
  locale: 'it-IT',
  timeZone: 'Europe/Rome',
  country: 'IT',
};

function validationError(action: () => unknown): ValidationError {
  try {
    action();
  } catch (error) {
    if (ValidationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('createCustomer phone validation (libphonenumber-js max metadata)', () => {
  it.each([
    ['IT', '+39 347 123 4567', '+393471234567'],
    ['IT', '347 123 4567', '+393471234567'],
    ['IT', '06 1234 5678', '+390612345678'],
    ['MX', '+52 55 1234 5678', '+525512345678'],
    ['MX', '55 1234 5678', '+525512345678'],
    ['MX', '+52 1 55 1234 5678', '+525512345678'],
    ['BR', '+55 11 91234-5678', '+5511912345678'],
    ['BR', '(11) 91234-5678', '+5511912345678'],
    ['BR', '+55 11 8123-4567', '+5511981234567'],
    ['BR', '+55 11 3456-7890', '+551134567890'],
    ['US', '+1 (415) 555-2671', '+14155552671'],
    ['US', '415-555-2671', '+14155552671'],
    ['ES', '+34 612 345 678', '+34612345678'],
    ['ES', '612 34 56 78', '+34612345678'],
  ])('%s: %s → %s', (country, phone, e164) => {
    expect(createCustomer({ ...base, country, phone }).phone).toBe(e164);
  });

  it.each([
    ['IT', '+39 123', 'not a valid phone number'],
    ['US', '+1 555 555 5555', 'not a valid phone number'],
    ['BR', '+55 11 1234-5678', 'not a valid phone number'],
    ['ES', '+34 612 34', 'not a valid phone number'],
    ['ES', '+34 512 345 678', 'cannot receive WhatsApp'],
    ['MX', 'call me', 'must be a phone number'],
    ['US', '+1 800 555 0100', 'toll-free'],
  ])('%s: refuses %s', (country, phone, words) => {
    const error = validationError(() => createCustomer({ ...base, country, phone }));
    expect(error.issues).toEqual([{ path: 'phone', message: expect.stringContaining(words) }]);
    // The refused number is never echoed into the error.
    const digits = phone.replace(/\D/g, '');
    if (digits.length > 0) expect(error.message).not.toContain(digits.slice(-7));
  });
});

describe('createCustomer other fields', () => {
  it('normalises locale, zone and defaults the kind', () => {
    const customer = createCustomer({
      ...base,
      locale: 'es-mx',
      timeZone: 'america/mexico_city',
      country: 'MX',
      phone: '55 1234 5678',
      subdivision: 'CMX',
    });
    expect(customer).toEqual({
      id: 'cus_1',
      name: 'Giulia Rossi',
      phone: '+525512345678',
      locale: 'es-MX',
      timeZone: 'America/Mexico_City',
      country: 'MX',
      subdivision: 'CMX',
      kind: 'consumer',
    });
  });

  it('lists every bad field by path in plain words', () => {
    const error = validationError(() =>
      createCustomer({
        id: '',
        name: 'x',
        phone: '12',
        locale: 'not a locale!',
        timeZone: '+02:00',
        country: 'Italy',
        optIn: { at: 'yesterday', source: 'web-form', evidence: '' },
      } as CreateCustomerInput),
    );
    const paths = error.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['id', 'locale', 'timeZone', 'country', 'optIn.at', 'optIn.evidence', 'phone']),
    );
    expect(error.message).toMatch(/^Invalid customer: /);
    expect(error.issues.find((issue) => issue.path === 'timeZone')?.message).toContain('IANA time zone');
  });

  it('reports a missing field as required', () => {
    const { name: _name, ...withoutName } = base;
    const error = validationError(() => createCustomer(withoutName as CreateCustomerInput));
    expect(error.issues).toEqual([{ path: 'name', message: 'is required' }]);
  });
});

describe('time zones', () => {
  it.each([
    'Europe/Rome',
    'America/Mexico_City',
    'America/Sao_Paulo',
    'America/New_York',
    'Europe/Madrid',
    'UTC',
    'Etc/UTC',
    'America/Buenos_Aires',
    'Asia/Kolkata',
  ])('accepts %s', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });
  it.each(['+02:00', 'CET', 'EST', 'PST', 'GMT+1', 'Mars/Olympus_Mons', '', 'Europe/'])('refuses %j', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
  it('normalises case', () => {
    expect(normalizeTimeZone('europe/rome')).toBe('Europe/Rome');
  });
});

describe('normalizePhoneNumber', () => {
  it('reads WhatsApp ids (digits with a +) and says why a number is refused', () => {
    expect(normalizePhoneNumber('+5215512345678')).toEqual({ ok: true, e164: '+525512345678' });
    expect(normalizePhoneNumber('+393471234567')).toEqual({ ok: true, e164: '+393471234567' });
    expect(normalizePhoneNumber('+39 123')).toEqual({ ok: false, problem: 'invalid' });
    expect(normalizePhoneNumber('+1 800 555 0100')).toEqual({ ok: false, problem: 'not-reachable' });
    expect(normalizePhoneNumber('no digits')).toEqual({ ok: false, problem: 'not-a-number' });
  });
});

describe('maskPhone', () => {
  it('keeps the first two and the last four digits', () => {
    expect(maskPhone('+393471234567')).toBe('+39******4567');
    expect(maskPhone('+5511912345678')).toBe('+55*******5678');
    expect(maskPhone('+123')).toBe('+****');
  });
});

describe('consent', () => {
  const customer = createCustomer(base);
  const optIn = { at: '2026-01-10T10:00:00Z', source: 'checkout' as const, evidence: 'checkbox v3 on order 42' };

  it('records an opt-in and an opt-out without changing the original', () => {
    const optedIn = recordOptIn(customer, optIn);
    expect(canMessageCustomer(customer)).toBe(false);
    expect(canMessageCustomer(optedIn)).toBe(true);
    const optedOut = recordOptOut(optedIn, { at: '2026-02-01T08:00:00Z', source: 'whatsapp-reply', evidence: 'STOP' });
    expect(optedOut.optOut).toEqual({ at: '2026-02-01T08:00:00Z', source: 'whatsapp-reply', evidence: 'STOP' });
    expect(canMessageCustomer(optedOut)).toBe(false);
    expect(optedIn.optOut).toBeUndefined();
    // Replaying STOP later keeps the first opt-out.
    expect(recordOptOut(optedOut, { at: '2026-03-01T08:00:00Z', source: 'whatsapp-reply' })).toBe(optedOut);
    // A later opt-in supersedes the opt-out; an older one does not.
    expect(recordOptIn(optedOut, { ...optIn, at: '2026-02-02T00:00:00Z' }).optOut).toBeUndefined();
    expect(recordOptIn(optedOut, optIn).optOut).toBeDefined();
  });

  it('refuses an opt-in without evidence', () => {
    const error = validationError(() => recordOptIn(customer, { ...optIn, evidence: ' ' }));
    expect(error.issues[0]?.path).toBe('evidence');
  });
});
