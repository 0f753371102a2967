import { ApiCallError } from '@cobro/core';
import { payPalProviderId } from './paypal-error';
import type { PayPalMoney } from './paypal-money';

// PayPal's responses are read leniently: the spec marks few fields required and PayPal adds fields over time, so
// only what the adapter reads is checked and the rest passes through untouched (`raw`).

/** A JSON object from PayPal. */
export type PayPalJson = Readonly<Record<string, unknown>>;

/** True for a plain JSON object. */
export function isPayPalJson(value: unknown): value is PayPalJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `key`, or `undefined`. */
export function objectAt(value: unknown, key: string): PayPalJson | undefined {
  const item = isPayPalJson(value) ? value[key] : undefined;
  return isPayPalJson(item) ? item : undefined;
}

/** The non-empty string at `key`, or `undefined`. */
export function stringAt(value: unknown, key: string): string | undefined {
  const item = isPayPalJson(value) ? value[key] : undefined;
  return typeof item === 'string' && item !== '' ? item : undefined;
}

/** The objects of the array at `key` (non-objects dropped), or `[]`. */
export function arrayAt(value: unknown, key: string): PayPalJson[] {
  const item = isPayPalJson(value) ? value[key] : undefined;
  return Array.isArray(item) ? item.filter(isPayPalJson) : [];
}

/** The money object at `key` (`currency_code` and `value` strings), or `undefined`. */
export function moneyAt(value: unknown, key: string): PayPalMoney | undefined {
  const money = objectAt(value, key);
  const currency = stringAt(money, 'currency_code');
  const amount = stringAt(money, 'value');
  return currency && amount ? { currency_code: currency, value: amount } : undefined;
}

/** The `href` of the first HATEOAS link with one of `rels`, in that order of preference. */
export function linkHref(value: unknown, ...rels: string[]): string | undefined {
  const links = arrayAt(value, 'links');
  for (const rel of rels) {
    const href = stringAt(
      links.find((link) => link.rel === rel),
      'href',
    );
    if (href) return href;
  }
  return undefined;
}

/** Requires `body` to be an object with a string `id`; otherwise PayPal answered something the adapter cannot use. */
export function requireResource(body: unknown, operation: string): PayPalJson & { readonly id: string } {
  if (isPayPalJson(body) && typeof body.id === 'string' && body.id !== '') return body as PayPalJson & { id: string };
  throw new ApiCallError({
    provider: payPalProviderId,
    kind: 'unknown',
    message: `PayPal answered ${operation} with an unexpected body (no id).`,
  });
}
