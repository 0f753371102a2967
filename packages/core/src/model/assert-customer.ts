import type { Customer } from './customer';
import { customerSchemaFor } from './customer-schema';
import { lazySchema } from './lazy-schema';
import { assertPlainData } from './plain-data';
import { parseOrThrow } from './to-validation-issues';

const storedCustomerSchema = /* @__PURE__ */ lazySchema(() => customerSchemaFor(true));

/**
 * Checks a customer as it is about to be stored, with the rules of {@link createCustomer}: phone in E.164 (a real
 * number, not a toll-free one), IANA time zone, BCP 47 locale, ISO 3166 country and subdivision, known kind,
 * well-formed opt-in and opt-out records. Text is bounded (ids and names ≤ 200 characters, evidence ≤ 4,096), fields
 * the type does not have are refused, and so are own keys `__proto__`, `constructor` and `prototype` anywhere.
 * The value is not changed.
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
  return parseOrThrow(storedCustomerSchema(), value, 'customer') as Customer;
}
