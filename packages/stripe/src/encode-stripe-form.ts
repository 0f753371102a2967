/** A value Stripe's form encoding can carry: scalars, nested objects and arrays. `undefined` fields are left out. */
export type StripeFormValue =
  | string
  | number
  | boolean
  | undefined
  | readonly StripeFormValue[]
  | { readonly [key: string]: StripeFormValue };

/**
 * Encodes a body as `application/x-www-form-urlencoded` in Stripe's bracket notation: `metadata[key]=value`,
 * `line_items[0][price]=price_1`. Brackets stay literal (as Stripe's own libraries send them) and every name part
 * and value is percent-encoded, so the same object always gives the same bytes: a retried request with the same
 * `Idempotency-Key` is byte-identical.
 */
export function encodeStripeForm(body: { readonly [key: string]: StripeFormValue }): string {
  const pairs: string[] = [];
  const walk = (prefix: string, value: StripeFormValue) => {
    if (value === undefined) return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(`${prefix}[${index}]`, item);
      return;
    }
    if (typeof value === 'object') {
      for (const [key, item] of Object.entries(value as { [key: string]: StripeFormValue }))
        walk(`${prefix}[${encodeURIComponent(key)}]`, item);
      return;
    }
    pairs.push(`${prefix}=${encodeURIComponent(String(value))}`);
  };
  for (const [key, value] of Object.entries(body)) walk(encodeURIComponent(key), value);
  return pairs.join('&');
}
