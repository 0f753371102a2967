import { readFileSync } from 'node:fs';
import { normalizePhoneNumber } from '@cobro/core';
import fc from 'fast-check';
import { type CountryCode, getCountries, type MetadataJson, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import max from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { generatePhoneMetadata, phoneMetadataPath } from '../../scripts/generate-phone-metadata';
import { phoneMetadataJson } from '../../src/model/phone-metadata.generated';

const full = max as unknown as MetadataJson;
const slim = JSON.parse(phoneMetadataJson) as MetadataJson;

/** Everything cobro reads from a parse: the country, E.164, validity and number type. */
function reading(input: string, metadata: MetadataJson, defaultCountry?: CountryCode) {
  const parsed = parsePhoneNumberFromString(input, { defaultCountry }, metadata);
  if (parsed === undefined) return undefined;
  return { country: parsed.country, number: parsed.number, valid: parsed.isValid(), type: parsed.getType() };
}

const countries = getCountries(full);
const exampleOf = (country: CountryCode) => (examples as Record<string, string>)[country];

describe('phone metadata (max without formats)', () => {
  it('is what scripts/generate-phone-metadata.ts writes for the installed libphonenumber-js', () => {
    expect(readFileSync(phoneMetadataPath, 'utf8')).toBe(generatePhoneMetadata());
  });

  it("reads every country's example number as the full max metadata does, nationally and in E.164", () => {
    expect(getCountries(slim)).toEqual(countries);
    for (const country of countries) {
      const national = exampleOf(country);
      if (national === undefined) continue;
      const international = reading(national, full, country)?.number;
      expect([country, reading(national, slim, country)]).toEqual([country, reading(national, full, country)]);
      if (international)
        expect([country, reading(international, slim)]).toEqual([country, reading(international, full)]);
    }
  });

  it('reads numbers near every example (other ranges, types and lengths) as the full max metadata does', () => {
    const withExamples = countries.filter((country) => exampleOf(country) !== undefined);
    fc.assert(
      fc.property(
        fc.constantFrom(...withExamples),
        fc.nat({ max: 5 }),
        fc.stringMatching(/^\d{0,6}$/),
        fc.boolean(),
        (country, cut, digits, national) => {
          const example = exampleOf(country) as string;
          const mutated = example.slice(0, Math.max(1, example.length - cut - digits.length)) + digits;
          const prefix = `+${reading(example, full, country)?.number.slice(1, -example.length) ?? ''}`;
          const input = national ? mutated : `${prefix}${mutated}`;
          expect(reading(input, slim, national ? country : undefined)).toEqual(
            reading(input, full, national ? country : undefined),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('gives normalizePhoneNumber the documented answers', () => {
    expect(normalizePhoneNumber('+39 347 123 4567')).toEqual({ ok: true, e164: '+393471234567' });
    expect(normalizePhoneNumber('55 1234 5678', 'MX')).toEqual({ ok: true, e164: '+525512345678' });
    expect(normalizePhoneNumber('+1 800 555 0100')).toEqual({ ok: false, problem: 'not-reachable' });
    expect(normalizePhoneNumber('+39 12')).toEqual({ ok: false, problem: 'invalid' });
  });
});
