import { assertCustomer, type Customer, createCustomer, modelLimits, ValidationError } from '@cobro/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const valid: Customer = createCustomer({
  id: 'cus_1',
  name: 'Giulia Rossi',
  phone: '+39 347 123 4567',
  locale: 'it-IT',
  timeZone: 'Europe/Rome',
  country: 'IT',
  optIn: { at: '2026-11-01T10:00:00Z', source: 'web-form', evidence: 'form-42' },
});

/** The ValidationError `assertCustomer(value)` throws; fails the test when it passes or throws anything else. */
function refusal(value: unknown): ValidationError {
  try {
    assertCustomer(value);
  } catch (error) {
    if (ValidationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError, but the customer was accepted');
}

const paths = (error: ValidationError) => error.issues.map((issue) => issue.path);

describe('assertCustomer: the stored shape createCustomer writes', () => {
  it('accepts what createCustomer builds, also after a JSON round trip (as a store returns it)', () => {
    expect(() => assertCustomer(valid)).not.toThrow();
    expect(() => assertCustomer(JSON.parse(JSON.stringify(valid)))).not.toThrow();
    const business = createCustomer({ ...valid, kind: 'business', subdivision: 'RM', whatsappUserId: 'IT.1234' });
    expect(() => assertCustomer(business)).not.toThrow();
  });

  it.each([
    ['phone', { phone: 'abc' }],
    ['phone', { phone: '+39 347 123 4567' }],
    ['phone', { phone: '347 123 4567' }],
    ['phone', { phone: '+800 1234 5678' }],
    ['phone', { phone: 3471234567 }],
    ['timeZone', { timeZone: 'Mars/Olympus' }],
    ['timeZone', { timeZone: '+01:00' }],
    ['timeZone', { timeZone: 'europe/rome' }],
    ['locale', { locale: 'not a locale!' }],
    ['locale', { locale: 'it-it' }],
    ['country', { country: 'XX' }],
    ['country', { country: 'it' }],
    ['subdivision', { subdivision: 'Lazio region' }],
    ['kind', { kind: 'robot' }],
    ['name', { name: '' }],
    ['name', { name: 'x'.repeat(modelLimits.name + 1) }],
    ['id', { id: '   ' }],
    ['id', { id: 'c'.repeat(201) }],
    ['id', { id: ' cus_1' }],
    ['name', { name: 'Giulia Rossi ' }],
    ['whatsappUserId', { whatsappUserId: 'w'.repeat(201) }],
    ['optIn.at', { optIn: { ...valid.optIn, at: '2026-11-01' } }],
    ['optIn.source', { optIn: { ...valid.optIn, source: 'telepathy' } }],
    ['optIn.evidence', { optIn: { ...valid.optIn, evidence: 'e'.repeat(4000) + ' '.repeat(200) } }],
    ['optOut.source', { optOut: { at: '2026-11-02T10:00:00Z', source: 'carrier pigeon' } }],
  ])('refuses a bad %s and names it', (path, change) => {
    const error = refusal({ ...valid, ...change });
    expect(error.subject).toBe('customer');
    expect(paths(error)).toContain(path);
  });

  it('refuses a 10 MB name, naming the field, without echoing it', () => {
    const error = refusal({ ...valid, name: 'A'.repeat(10 * 1024 * 1024) });
    expect(error.issues).toEqual([{ path: 'name', message: `must be at most ${modelLimits.text} characters` }]);
    expect(error.message.length).toBeLessThan(200);
  });

  it('never echoes the phone number it refuses', () => {
    for (const phone of ['+39 347 123 4567', '+3934712345', '+1 800 555 0199']) {
      const error = refusal({ ...valid, phone });
      expect(paths(error)).toEqual(['phone']);
      const digits = phone.replace(/\D/g, '');
      expect(error.message).not.toContain(digits.slice(-4));
      expect(error.message).not.toContain(digits.slice(0, 5));
    }
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses an own %s key, at the top or nested', (key) => {
    const top = JSON.parse(JSON.stringify(valid).replace('{', `{"${key}":{"isAdmin":true},`));
    expect(Object.hasOwn(top, key)).toBe(true);
    expect(paths(refusal(top))).toContain(key);
    const nested = JSON.parse(JSON.stringify(valid).replace('"optIn":{', `"optIn":{"${key}":"x",`));
    expect(paths(refusal(nested))).toContain(`optIn.${key}`);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses fields a customer does not have, rather than storing them unchecked', () => {
    const error = refusal({ ...valid, notes: 'x'.repeat(4000) });
    expect(error.issues).toEqual([{ path: '', message: 'has unknown field(s): notes' }]);
    expect(paths(refusal({ ...valid, optIn: { ...valid.optIn, extra: 1 } }))).toEqual(['optIn']);
  });

  it('refuses what is not a plain record: null, text, lists, class instances, inherited fields, cycles', () => {
    for (const value of [null, undefined, 'cus_1', 42, [valid], new Map(), new Date()]) {
      expect(refusal(value).subject).toBe('customer');
    }
    expect(paths(refusal(Object.create(valid)))).toEqual(['']);
    const cyclic: Record<string, unknown> = { ...valid, optIn: { ...valid.optIn } };
    (cyclic.optIn as Record<string, unknown>).self = cyclic;
    expect(refusal(cyclic).issues.length).toBeGreaterThan(0);
  });

  it('lists every bad field at once', () => {
    const error = refusal({ ...valid, phone: 'abc', timeZone: 'Mars/Olympus', name: '' });
    expect(paths(error).sort()).toEqual(['name', 'phone', 'timeZone']);
  });
});

describe('assertCustomer under random input (fast-check)', () => {
  const fields = Object.keys(valid) as (keyof Customer)[];

  it('throws nothing but a ValidationError, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }), (value) => {
        try {
          assertCustomer(value);
        } catch (error) {
          expect(ValidationError.isInstance(error)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a field replaced by a random value is either refused by name or still a customer createCustomer keeps as is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything({ maxDepth: 2 }), (field, replacement) => {
        const candidate = { ...valid, [field]: replacement };
        try {
          assertCustomer(candidate);
        } catch (error) {
          if (!ValidationError.isInstance(error)) throw error;
          expect(
            error.issues.some(
              (issue) =>
                issue.path === field || (/^[.[]/.test(issue.path.slice(field.length)) && issue.path.startsWith(field)),
            ),
          ).toBe(true);
          return;
        }
        // Accepted: it must be exactly what the constructor would have stored.
        const stored = JSON.parse(JSON.stringify(candidate));
        expect(createCustomer(candidate as Customer)).toEqual({ kind: 'consumer', ...stored });
      }),
      { numRuns: 1000 },
    );
  });
});
