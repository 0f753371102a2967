import { ValidationError } from '../errors/validation-error';

/** Milliseconds since the epoch of an ISO instant, or a ValidationError naming the parameter. */
export function instantMs(value: string, path: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new ValidationError({ subject: 'store call', issues: [{ path, message: 'must be an ISO 8601 instant' }] });
  }
  return ms;
}

/** Throws unless `value` is a positive safe integer number of milliseconds. */
export function assertDuration(value: number, path: string): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new ValidationError({
      subject: 'store call',
      issues: [{ path, message: 'must be a positive whole number of milliseconds' }],
    });
  }
}

/**
 * Throws unless `value` is an object (not null, not a list). A cheap shape guard only: the runtime checks the whole
 * record (`assertCustomer`, `assertInvoice`) before it writes; the store just refuses what it could not even index.
 */
export function assertRecord(value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError({ subject: 'store call', issues: [{ path, message: 'must be an object' }] });
  }
}

/** Throws unless `value` is non-empty text. */
export function assertText(value: unknown, path: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError({ subject: 'store call', issues: [{ path, message: 'must be non-empty text' }] });
  }
}

/**
 * A deep copy, so nothing the caller holds aliases what the store keeps. Records are plain JSON-like data (strings,
 * numbers, booleans, arrays, plain objects), which a direct walk copies several times faster than `structuredClone`.
 */
export function copy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copy((value as Record<string, unknown>)[key]);
  return out as T;
}

/** Applies `limit` to an already filtered, ordered list. */
export function limited<T>(items: T[], limit: number | undefined): T[] {
  return limit === undefined ? items : items.slice(0, Math.max(0, limit));
}
