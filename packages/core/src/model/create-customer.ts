import { z } from 'zod';
import { normalizeTimeZone } from './calendar-date';
import type { Customer, CustomerKind, OptInRecord, OptOutRecord } from './customer';
import { idSchema, optInSchema, optOutSchema, timeZoneSchema } from './model-schemas';
import { isCountryCode, normalizePhoneNumber } from './phone';
import { stripUndefined } from './strip-undefined';
import { parseOrThrow } from './to-validation-issues';

/** Input of {@link createCustomer}. Everything is validated; see each field. */
export interface CreateCustomerInput {
  /** The app's id for this customer. */
  readonly id: string;
  /** Display name, used in greetings. */
  readonly name: string;
  /** Phone number, in E.164 (`+39 347 123 4567`) or in the national format of `country` (`347 123 4567`). */
  readonly phone: string;
  /** WhatsApp business-scoped user id, when known. */
  readonly whatsappUserId?: string;
  /** BCP 47 locale, e.g. `es-MX`; stored in canonical form. */
  readonly locale: string;
  /** IANA time zone, e.g. `America/Mexico_City`. Offsets and abbreviations are refused. */
  readonly timeZone: string;
  /** ISO 3166-1 alpha-2 country code, upper case. */
  readonly country: string;
  /** ISO 3166-2 subdivision code without the country prefix, e.g. `SP`, `MA`, `CDMX`. */
  readonly subdivision?: string;
  /** Consumer (default) or business. */
  readonly kind?: CustomerKind;
  /** Opt-in evidence, when the customer already opted in. */
  readonly optIn?: OptInRecord;
  /** Opt-out record, when the customer opted out. */
  readonly optOut?: OptOutRecord;
}

function canonicalLocale(locale: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    return canonical;
  } catch {
    return undefined;
  }
}

const customerSchema = z
  .object({
    id: idSchema,
    name: z
      .string()
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(200, { error: 'must be at most 200 characters' }),
    phone: z.string(),
    whatsappUserId: z.string().trim().min(1, { error: 'must not be empty when given' }).optional(),
    locale: z.string().refine((value) => canonicalLocale(value) !== undefined, {
      error: 'must be a BCP 47 locale such as it-IT, es-MX, pt-BR or en-US',
    }),
    timeZone: timeZoneSchema,
    country: z
      .string()
      .refine(isCountryCode, { error: 'must be an ISO 3166-1 alpha-2 country code in upper case, e.g. MX' }),
    subdivision: z
      .string()
      .regex(/^[A-Z0-9]{1,4}$/, { error: 'must be an ISO 3166-2 subdivision code without the country, e.g. SP or MA' })
      .optional(),
    kind: z.enum(['consumer', 'business'], { error: 'must be consumer or business' }).optional(),
    optIn: optInSchema.optional(),
    optOut: optOutSchema.optional(),
  })
  .superRefine((input, context) => {
    const result = normalizePhoneNumber(input.phone, input.country);
    if (!result.ok) {
      const message =
        result.problem === 'not-reachable'
          ? 'is a toll-free, premium or service number that cannot receive WhatsApp messages'
          : result.problem === 'invalid'
            ? 'is not a valid phone number for its country (write it in E.164, e.g. +52 55 1234 5678)'
            : 'must be a phone number in E.164 (+52 55 1234 5678) or in the national format of the customer country';
      context.addIssue({ code: 'custom', path: ['phone'], message });
    }
  });

/**
 * Validates and normalises a customer: the phone becomes E.164 (`347 123 4567` with country `IT` →
 * `+393471234567`), the locale its canonical form (`es-mx` → `es-MX`), the time zone its canonical spelling.
 *
 * @throws {@link ValidationError} listing every bad field by path, in plain words. Phone numbers are never echoed.
 */
export function createCustomer(input: CreateCustomerInput): Customer {
  const data = parseOrThrow(customerSchema, input, 'customer');
  const phone = normalizePhoneNumber(data.phone, data.country);
  const customer: Customer = {
    id: data.id,
    name: data.name,
    phone: phone.ok ? phone.e164 : data.phone,
    ...(data.whatsappUserId === undefined ? {} : { whatsappUserId: data.whatsappUserId }),
    locale: canonicalLocale(data.locale) ?? data.locale,
    timeZone: normalizeTimeZone(data.timeZone) ?? data.timeZone,
    country: data.country,
    ...(data.subdivision === undefined ? {} : { subdivision: data.subdivision }),
    kind: data.kind ?? 'consumer',
    ...(data.optIn === undefined ? {} : { optIn: data.optIn }),
    ...(data.optOut === undefined ? {} : { optOut: stripUndefined(data.optOut) }),
  };
  return customer;
}
