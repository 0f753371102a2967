import subset from './stripe-spec-subset.generated.json';

// Every object the emulator serves starts from the official fixture of its type (stripe/openapi fixtures3.json, the
// objects stripe-mock serves), so unknown fields keep their spec shape; only what a flow changes is overridden.

/** A JSON object as the emulator stores and serves it. */
export type StripeJson = Record<string, unknown>;

/** The fixture types the emulator builds from. */
export type StripeFixtureName = keyof typeof subset.fixtures;

/** A deep copy of the official fixture `name` with `overrides` applied on top. */
export function stripeObject(name: StripeFixtureName, overrides: StripeJson): StripeJson {
  return { ...(JSON.parse(JSON.stringify(subset.fixtures[name])) as StripeJson), ...overrides };
}

/** A Stripe error body (spec `error` → `api_errors`). */
export function stripeErrorBody({
  type,
  code,
  message,
  param,
  declineCode,
}: {
  type: 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';
  code?: string;
  message: string;
  param?: string;
  declineCode?: string;
}): StripeJson {
  return {
    error: {
      type,
      message,
      ...(code === undefined
        ? {}
        : { code, doc_url: `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}` }),
      ...(param === undefined ? {} : { param }),
      ...(declineCode === undefined ? {} : { decline_code: declineCode }),
    },
  };
}

/** A Stripe list object (`{ object: 'list', data, has_more, url }`). */
export function stripeList(url: string, data: unknown[]): StripeJson {
  return { object: 'list', data, has_more: false, url };
}

/** The `payment_method_details` of a charge paid with `method`, shaped as the charge fixture's. */
export function stripePaymentMethodDetails(method: string): StripeJson {
  if (method === 'card')
    return (subset.fixtures.charge as { payment_method_details: StripeJson }).payment_method_details;
  if (method === 'oxxo') return { type: 'oxxo', oxxo: { number: '12345678901234657890123456789012' } };
  if (method === 'boleto') return { type: 'boleto', boleto: { tax_id: '00000000000' } };
  return { type: method, [method]: {} };
}
