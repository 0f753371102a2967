import type { StripeObject } from './stripe-client';

// Stripe adds fields between versions and the spec marks few as required, so the adapter reads only what it needs,
// defensively, and passes the object on unchanged as `raw`.

/** A string field, or `undefined`. */
export const stringField = (object: StripeObject | undefined, key: string): string | undefined => {
  const value = object?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** An integer field, or `undefined`. */
export const integerField = (object: StripeObject | undefined, key: string): number | undefined => {
  const value = object?.[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
};

/** A nested object field (an expanded object), or `undefined`. */
export const objectField = (object: StripeObject | undefined, key: string): StripeObject | undefined => {
  const value = object?.[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as StripeObject) : undefined;
};

/** The id of a field that is either an id or an expanded object. */
export const idField = (object: StripeObject | undefined, key: string): string | undefined =>
  stringField(object, key) ?? stringField(objectField(object, key), 'id');

/** A string value of the object's `metadata`. */
export const metadataField = (object: StripeObject | undefined, key: string): string | undefined =>
  stringField(objectField(object, 'metadata'), key);

/** A string array field (e.g. `payment_method_types`). */
export const stringArrayField = (object: StripeObject | undefined, key: string): readonly string[] => {
  const value = object?.[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

/** Epoch seconds → ISO instant (UTC). */
export const fromEpochSeconds = (seconds: number): string => new Date(seconds * 1000).toISOString();
