import type { Customer, OptInRecord, OptOutRecord } from './customer';
import { openSchemas } from './model-schemas';
import { stripUndefined } from './strip-undefined';
import { parseOrThrow } from './to-validation-issues';

/**
 * Records that the customer opted in, returning a new customer. An opt-in later than the recorded opt-out (the
 * customer wrote START, or opted in again on the web) supersedes it; an older one leaves the opt-out in force.
 *
 * @throws {@link ValidationError} when the record is incomplete (`at`, `source` and `evidence` are required).
 */
export function recordOptIn(customer: Customer, record: OptInRecord): Customer {
  const optIn = parseOrThrow(openSchemas().optIn, record, 'opt-in record');
  const { optOut, ...rest } = customer;
  if (optOut !== undefined && Date.parse(optOut.at) > Date.parse(optIn.at)) return { ...customer, optIn };
  return { ...rest, optIn };
}

/**
 * Records that the customer opted out, returning a new customer. Reminders stop from then on; only the
 * confirmation may be sent. An earlier opt-out is kept (the first request counts), so replaying STOP changes nothing.
 *
 * @throws {@link ValidationError} when the record is incomplete.
 */
export function recordOptOut(customer: Customer, record: OptOutRecord): Customer {
  const optOut = stripUndefined(parseOrThrow(openSchemas().optOut, record, 'opt-out record'));
  if (customer.optOut !== undefined && Date.parse(customer.optOut.at) <= Date.parse(optOut.at)) return customer;
  return { ...customer, optOut };
}

/** True when the customer has an opt-in on record and no opt-out in force. */
export function canMessageCustomer(customer: Customer): boolean {
  return customer.optIn !== undefined && customer.optOut === undefined;
}
