import { normalizeTimeZone } from './calendar-date';
import type { Customer, CustomerKind, OptInRecord, OptOutRecord } from './customer';
import { canonicalLocale, customerSchemaFor } from './customer-schema';
import { lazySchema } from './lazy-schema';
import { normalizePhoneNumber } from './phone';
import { assertPlainData } from './plain-data';
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

const customerSchema = /* @__PURE__ */ lazySchema(() => customerSchemaFor(false));

/**
 * Validates and normalises a customer: the phone becomes E.164 (`347 123 4567` with country `IT` →
 * `+393471234567`), the locale its canonical form (`es-mx` → `es-MX`), the time zone its canonical spelling.
 *
 * @throws {@link ValidationError} listing every bad field by path, in plain words. Phone numbers are never echoed.
 */
export function createCustomer(input: CreateCustomerInput): Customer {
  assertPlainData(input, 'customer');
  const data = parseOrThrow(customerSchema(), input, 'customer');
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
