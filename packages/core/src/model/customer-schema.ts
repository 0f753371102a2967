// The customer's field rules, shared by `createCustomer` (open, normalising) and `assertCustomer` (closed, stored).
import * as z from 'zod/mini';
import { normalizeTimeZone } from './calendar-date';
import {
  boundedText,
  idSchema,
  modelLimits,
  openSchemas,
  storedIdSchema,
  storedSchemas,
  timeZoneSchema,
  trimmedText,
} from './model-schemas';
import { isCountryCode, normalizePhoneNumber } from './phone';

/** Longest phone input read: E.164 has at most 15 digits; national formats add spaces, dashes and brackets. */
const maxPhoneInput = 64;

/** The canonical form of a BCP 47 tag (`es-mx` → `es-MX`), or `undefined` when it is not one. */
export function canonicalLocale(locale: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    return canonical;
  } catch {
    return undefined;
  }
}

/**
 * The customer schema. `strict` is the stored form: closed (with its opt-in and opt-out records) to unknown fields,
 * text already trimmed, phone in E.164, locale and zone spelled canonically.
 */
export function customerSchemaFor(strict: boolean) {
  const fields = {
    id: strict ? storedIdSchema() : idSchema(),
    name: trimmedText(strict, modelLimits.name, 'must not be empty'),
    phone: boundedText(maxPhoneInput),
    whatsappUserId: z.optional(trimmedText(strict, modelLimits.id, 'must not be empty when given')),
    locale: boundedText(modelLimits.id).check(
      z.refine((value) => canonicalLocale(value) !== undefined, {
        error: 'must be a BCP 47 locale such as it-IT, es-MX, pt-BR or en-US',
      }),
    ),
    timeZone: timeZoneSchema(),
    country: z
      .string()
      .check(z.refine(isCountryCode, { error: 'must be an ISO 3166-1 alpha-2 country code in upper case, e.g. MX' })),
    subdivision: z.optional(
      z.string().check(
        z.regex(/^[A-Z0-9]{1,4}$/, {
          error: 'must be an ISO 3166-2 subdivision code without the country, e.g. SP or MA',
        }),
      ),
    ),
    kind: z.optional(z.enum(['consumer', 'business'], { error: 'must be consumer or business' })),
    optIn: z.optional((strict ? storedSchemas() : openSchemas()).optIn),
    optOut: z.optional((strict ? storedSchemas() : openSchemas()).optOut),
  };
  return (strict ? z.strictObject(fields) : z.object(fields)).check(
    z.superRefine((input, context) => {
      const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
      // A phone already refused for its length is not parsed: the number parser is the slow part.
      if (typeof input.phone !== 'string' || input.phone.length > maxPhoneInput) return;
      const result = normalizePhoneNumber(input.phone, input.country);
      if (!result.ok) {
        issue(
          'phone',
          result.problem === 'not-reachable'
            ? 'is a toll-free, premium or service number that cannot receive WhatsApp messages'
            : result.problem === 'invalid'
              ? 'is not a valid phone number for its country (write it in E.164, e.g. +52 55 1234 5678)'
              : 'must be a phone number in E.164 (+52 55 1234 5678) or in the national format of the customer country',
        );
      }
      if (!strict) return;
      // A stored customer is what `createCustomer` writes. The phone index that routes an inbound message to its
      // customer matches E.164 exactly, so any other spelling would lose the customer's replies.
      if (result.ok && result.e164 !== input.phone) {
        issue('phone', 'must be written in E.164, a + and digits only, as createCustomer writes it');
      }
      const locale = canonicalLocale(input.locale);
      if (locale !== undefined && locale !== input.locale) issue('locale', `must be written ${locale}`);
      const zone = normalizeTimeZone(input.timeZone);
      if (zone !== undefined && zone !== input.timeZone) issue('timeZone', `must be written ${zone}`);
    }),
  );
}
