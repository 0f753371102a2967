/** A decoded form value: strings, nested objects and arrays (from numeric indices). */
export type StripeFormJson = string | StripeFormJson[] | { [key: string]: StripeFormJson };

/**
 * Decodes an `application/x-www-form-urlencoded` body in Stripe's bracket notation into nested objects:
 * `line_items[0][price]=price_1&metadata[a]=b` → `{ line_items: [{ price: 'price_1' }], metadata: { a: 'b' } }`.
 * Objects whose keys are all `0…n-1` become arrays; `name[]=` appends. Values stay strings (Stripe coerces by schema).
 */
export function decodeStripeForm(body: string): Record<string, StripeFormJson> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name);
    if (!match) continue;
    const path = [
      match[1] as string,
      ...[...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1] as string),
    ];
    let node: Record<string, unknown> = root;
    path.forEach((key, index) => {
      const last = index === path.length - 1;
      const slot = key === '' ? String(Object.keys(node).length) : key;
      if (last) node[slot] = value;
      else {
        const next = node[slot];
        node[slot] = typeof next === 'object' && next !== null ? next : {};
        node = node[slot] as Record<string, unknown>;
      }
    });
  }
  return toArrays(root) as Record<string, StripeFormJson>;
}

function toArrays(node: unknown): unknown {
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node as Record<string, unknown>).map(
    ([key, value]) => [key, toArrays(value)] as const,
  );
  const isArray = entries.length > 0 && entries.every(([key], index) => key === String(index));
  return isArray ? entries.map(([, value]) => value) : Object.fromEntries(entries);
}
