import type { StripeObject } from './stripe-client';

// Stripe adds fields between versions and the spec marks few as required, so the adapter reads only what it needs,
// defensively, and passes the object on unchanged as `raw`.

// The value readers take the value, not the object and a key: a read written `object.currency` at the call site is a
// named property load, which V8 serves from its inline caches; `object[key]` with the key as a parameter is a generic
// keyed lookup, which made webhook mapping several times slower on Stripe's objects of 40-odd fields.

/** A non-empty string, or `undefined`. */
export const asString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** A safe integer, or `undefined`. */
export const asInteger = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;

/** An object (an expanded object), or `undefined`. */
export const asObject = (value: unknown): StripeObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as StripeObject) : undefined;

/** The id of a value that is either an id or an expanded object. */
export const asId = (value: unknown): string | undefined =>
  typeof value === 'string' ? asString(value) : asString(asObject(value)?.id);

/** A string field, or `undefined`. */
export const stringField = (object: StripeObject | undefined, key: string): string | undefined =>
  asString(object?.[key]);

/** An integer field, or `undefined`. */
export const integerField = (object: StripeObject | undefined, key: string): number | undefined =>
  asInteger(object?.[key]);

/** A nested object field (an expanded object), or `undefined`. */
export const objectField = (object: StripeObject | undefined, key: string): StripeObject | undefined =>
  asObject(object?.[key]);

/** The id of a field that is either an id or an expanded object. */
export const idField = (object: StripeObject | undefined, key: string): string | undefined => asId(object?.[key]);

/** A string value of the object's `metadata`. */
export const metadataField = (object: StripeObject | undefined, key: string): string | undefined =>
  stringField(objectField(object, 'metadata'), key);

/** A string array field (e.g. `payment_method_types`). */
export const stringArrayField = (object: StripeObject | undefined, key: string): readonly string[] => {
  const value = object?.[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

const pad2 = (value: number) => (value < 10 ? `0${value}` : `${value}`);

// `YYYY-MM-DDT` of recent days: deliveries carry timestamps of a few days, so a small cache spares the calendar
// arithmetic on nearly every event.
const dayPrefixes = new Map<number, string>();

/** `YYYY-MM-DDT` of the day `days` after 1970-01-01 (Hinnant's days-to-civil, years 0000–9999). */
function dayPrefix(days: number): string {
  let prefix = dayPrefixes.get(days);
  if (prefix !== undefined) return prefix;
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  prefix = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T`;
  if (dayPrefixes.size >= 64) dayPrefixes.clear();
  dayPrefixes.set(days, prefix);
  return prefix;
}

/**
 * Epoch seconds → ISO instant (UTC), `YYYY-MM-DDTHH:MM:SS.000Z` as `Date#toISOString` writes it. Computed with
 * integer arithmetic (Hinnant's days-to-civil, the day's part kept for recent days) because a `Date` per webhook
 * cost more than the rest of the mapping; years outside 0000–9999 go through `Date`, which writes them in its
 * expanded form.
 */
export const fromEpochSeconds = (seconds: number): string => {
  if (!Number.isSafeInteger(seconds) || seconds < -62_167_219_200 || seconds >= 253_402_300_800)
    return new Date(seconds * 1000).toISOString();
  const days = Math.floor(seconds / 86_400);
  const secondOfDay = seconds - days * 86_400;
  const hours = Math.floor(secondOfDay / 3_600);
  const minutes = Math.floor((secondOfDay % 3_600) / 60);
  return `${dayPrefix(days)}${pad2(hours)}:${pad2(minutes)}:${pad2(secondOfDay % 60)}.000Z`;
};
