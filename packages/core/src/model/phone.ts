import {
  type CountryCode,
  isSupportedCountry,
  type MetadataJson,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import { phoneMetadataJson } from './phone-metadata.generated';

// libphonenumber-js's `max` metadata (real ranges and number types) without the formatting rules cobro never uses
// (see scripts/generate-phone-metadata.ts), parsed on the first number read.
let parsedMetadata: MetadataJson | undefined;
function metadata(): MetadataJson {
  parsedMetadata ??= JSON.parse(phoneMetadataJson) as MetadataJson;
  return parsedMetadata;
}

// Number types that cannot be a person's WhatsApp account.
const refusedTypes = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOICEMAIL', 'PAGER', 'UAN']);

/** Why {@link normalizePhoneNumber} refused a number. */
export type PhoneNumberProblem = 'not-a-number' | 'invalid' | 'not-reachable';

/** The result of {@link normalizePhoneNumber}: the E.164 form, or why not. */
export type NormalizedPhoneNumber =
  | {
      /** The number is valid. */
      readonly ok: true;
      /** E.164 form, e.g. `+393471234567`. */
      readonly e164: string;
    }
  | {
      /** The number was refused. */
      readonly ok: false;
      /** What is wrong. */
      readonly problem: PhoneNumberProblem;
    };

/** True when `code` is an ISO 3166-1 alpha-2 country code with a telephone numbering plan. */
export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && isSupportedCountry(code as CountryCode, metadata());
}

/**
 * WhatsApp still reports some numbers in pre-reform shapes: Mexican mobiles with the old `1` after `+52`, and
 * Brazilian mobiles registered before the extra leading `9`. Returns the current form to try, if any.
 */
function repairWhatsAppForm(callingCode: string, national: string): string | undefined {
  if (callingCode === '52' && national.length === 11 && national.startsWith('1')) return `+52${national.slice(1)}`;
  if (callingCode === '55' && national.length === 10 && /^[1-9]{2}[6-9]/.test(national)) {
    return `+55${national.slice(0, 2)}9${national.slice(2)}`;
  }
  return undefined;
}

/**
 * Validates a phone number against the full numbering-plan metadata of libphonenumber (the real ranges, not a
 * pattern) and writes it in E.164. A number without `+` is read in `defaultCountry`'s national format.
 * Forms WhatsApp still reports are brought up to date: Mexican mobiles with the old `1` (`+52 1 55…` → `+52 55…`)
 * and Brazilian mobiles without the ninth digit (`+55 11 8123-4567` → `+55 11 98123-4567`).
 * Toll-free, premium-rate, shared-cost, voicemail and pager numbers are refused: no one chats from them.
 */
export function normalizePhoneNumber(input: string, defaultCountry?: string): NormalizedPhoneNumber {
  if (typeof input !== 'string' || !/\d/.test(input)) return { ok: false, problem: 'not-a-number' };
  const country =
    defaultCountry !== undefined && isCountryCode(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  let parsed = parsePhoneNumberFromString(input, { defaultCountry: country }, metadata());
  if (parsed !== undefined && !parsed.isValid()) {
    const repaired = repairWhatsAppForm(parsed.countryCallingCode, parsed.nationalNumber);
    if (repaired !== undefined) parsed = parsePhoneNumberFromString(repaired, metadata()) ?? parsed;
  }
  if (parsed === undefined) return { ok: false, problem: 'not-a-number' };
  if (!parsed.isValid()) return { ok: false, problem: 'invalid' };
  const type = parsed.getType();
  if (type !== undefined && refusedTypes.has(type)) return { ok: false, problem: 'not-reachable' };
  return { ok: true, e164: parsed.number };
}

/**
 * Masks a phone number for logs and error messages, keeping the `+`, the first two digits and the last four:
 * `+393471234567` → `+39******4567`. Short or odd inputs are masked entirely rather than leaked.
 */
export function maskPhone(e164: string): string {
  const digits = typeof e164 === 'string' ? e164.replace(/\D/g, '') : '';
  if (digits.length < 8) return `+${'*'.repeat(Math.max(digits.length, 4))}`;
  return `+${digits.slice(0, 2)}${'*'.repeat(digits.length - 6)}${digits.slice(-4)}`;
}
