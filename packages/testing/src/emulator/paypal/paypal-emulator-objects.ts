import { randomBytes } from 'node:crypto';
import type { PayPalJson } from './paypal-emulator-types';

const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** A random id of `length` upper-case letters and digits, as PayPal's order, capture and refund ids. */
export function payPalStyleId(length = 17): string {
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** An Invoicing v2 id: `INV2-XXXX-XXXX-XXXX-XXXX`. */
export function invoiceStyleId(): string {
  return `INV2-${[0, 1, 2, 3].map(() => payPalStyleId(4)).join('-')}`;
}

/** A PayPal error body (spec `error_4xx`): `name`, `message`, `debug_id`, `details[]`, `links[]`. */
export function payPalErrorBody({
  name,
  message,
  issue,
  description,
  field,
}: {
  name: string;
  message: string;
  issue?: string;
  description?: string;
  field?: string;
}): PayPalJson {
  return {
    name,
    message,
    debug_id: payPalStyleId(13).toLowerCase(),
    ...(issue
      ? { details: [{ issue, ...(description ? { description } : {}), ...(field ? { field, location: 'body' } : {}) }] }
      : {}),
    links: [],
  };
}

/** The common 4xx answers, shaped as PayPal sends them. */
export const payPalErrors = {
  invalidRequest: (problems: readonly string[]) => ({
    status: 400,
    body: payPalErrorBody({
      name: 'INVALID_REQUEST',
      message: 'Request is not well-formed, syntactically incorrect, or violates schema.',
      issue: 'INVALID_PARAMETER_SYNTAX',
      description: problems.slice(0, 5).join('; '),
    }),
  }),
  notFound: (what: string, id: string) => ({
    status: 404,
    body: payPalErrorBody({
      name: 'RESOURCE_NOT_FOUND',
      message: 'The specified resource does not exist.',
      issue: 'INVALID_RESOURCE_ID',
      description: `${what} ${id} does not exist.`,
    }),
  }),
  unprocessable: (issue: string, description: string) => ({
    status: 422,
    body: payPalErrorBody({
      name: 'UNPROCESSABLE_ENTITY',
      message: 'The requested action could not be performed, semantically incorrect, or failed business validation.',
      issue,
      description,
    }),
  }),
};
