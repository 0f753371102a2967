import { normalizeTimeZone } from './calendar-date';
import type { Customer } from './customer';
import { canonicalLocale, customerSchemaFor } from './customer-schema';
import { normalizePhoneNumber } from './phone';
import { assertPlainData } from './plain-data';
import { parseOrThrow } from './to-validation-issues';

// The stored form is what `createCustomer` writes: E.164 phone, canonical locale and zone spelling. The phone index
// that routes an inbound message to its customer matches E.164 exactly, so any other spelling would lose replies.
const storedCustomerSchema = customerSchemaFor(true).superRefine((customer, context) => {
  const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
  // Over-long values already have their issue; the parsers are not run on them.
  if (customer.phone.length > 64 || customer.locale.length > 200) return;
  const phone = normalizePhoneNumber(customer.phone, customer.country);
  if (phone.ok && phone.e164 !== customer.phone) {
    issue('phone', 'must be written in E.164, a + and digits only, as createCustomer writes it');
  }
  const locale = canonicalLocale(customer.locale);
  if (locale !== undefined && locale !== customer.locale) issue('locale', `must be written ${locale}`);
  const zone = normalizeTimeZone(customer.timeZone);
  if (zone !== undefined && zone !== customer.timeZone) issue('timeZone', `must be written ${zone}`);
});

/**
 * Checks a customer as it is about to be stored, with the rules of {@link createCustomer}: phone in E.164 (a real
 * number, not a toll-free one), IANA time zone, BCP 47 locale, ISO 3166 country and subdivision, known kind,
 * well-formed opt-in and opt-out records. Text is bounded (ids and names ≤ 200 characters, evidence ≤ 4,096), fields
 * the type does not have are refused, and so are own keys `__proto__`, `constructor` and `prototype` anywhere.
 * Nothing is changed or copied: a value that passes is stored as given.
 *
 * @throws {@link ValidationError} naming every bad field (`phone`, `optIn.at`…); phone numbers are never echoed.
 */
export function assertCustomer(value: unknown): asserts value is Customer {
  checkedCustomer(value);
}

/**
 * @internal {@link assertCustomer}, returning the checked customer as the schema copied it: the runtime stores this
 * copy, so a caller changing its object after the check (even before the store serialises it) changes nothing stored.
 */
export function checkedCustomer(value: unknown): Customer {
  assertPlainData(value, 'customer');
  return parseOrThrow(storedCustomerSchema, value, 'customer') as Customer;
}
