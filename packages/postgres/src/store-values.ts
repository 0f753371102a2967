import { ValidationError } from '@cobro/core';

/** @internal Refuses a call argument, naming the field. */
export function refuse(path: string, message: string, subject = 'store call'): never {
  throw new ValidationError({ subject, issues: [{ path, message }] });
}

/** @internal An instant as the canonical ISO text passed to SQL, or a ValidationError naming the field. */
export function instant(value: unknown, path: string): string {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) refuse(path, 'must be an ISO 8601 instant');
  return new Date(ms).toISOString();
}

/** @internal An optional instant. */
export function optionalInstant(value: unknown, path: string): string | null {
  return value === undefined || value === null ? null : instant(value, path);
}

/** @internal Epoch milliseconds of an instant already checked. */
export const msOf = (value: string): number => Date.parse(value);

/** @internal Non-empty text, or a ValidationError naming the field. */
export function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') refuse(path, 'must be non-empty text');
  return value;
}

/** @internal A positive whole number of milliseconds. */
export function duration(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    refuse(path, 'must be a positive whole number of milliseconds');
  }
  return value;
}

/** @internal A whole number ≥ `min`. */
export function wholeNumber(value: unknown, path: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    refuse(path, `must be a whole number ≥ ${min}`);
  }
  return value;
}

/** @internal A calendar date `YYYY-MM-DD` that exists. */
export function calendarDate(value: unknown, path: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) refuse(path, 'must be a YYYY-MM-DD date');
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    refuse(path, 'must be a date that exists');
  }
  return value;
}

/** @internal Money minor units as the text of a bigint parameter; refuses anything but a safe integer. */
export function minorUnits(value: unknown, path: string): string {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) refuse(path, 'must be a safe integer of minor units');
  return String(value);
}

/**
 * @internal A bigint column (read as text) as a JS number, refusing values a number cannot hold exactly rather than
 * rounding them.
 */
export function safeNumber(value: unknown, column: string): number {
  const asBig = BigInt(value as string);
  if (asBig > BigInt(Number.MAX_SAFE_INTEGER) || asBig < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new ValidationError({
      subject: 'stored value',
      issues: [{ path: column, message: `is beyond ±${Number.MAX_SAFE_INTEGER} and cannot be read exactly` }],
    });
  }
  return Number(asBig);
}

/**
 * @internal Checks every `amountMinor` in a JSON document is a safe integer (documents are stored as jsonb, whose
 * numbers are exact decimals, but must come back to JS numbers unchanged).
 */
export function assertSafeAmounts(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      assertSafeAmounts(item, `${path}[${index}]`);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key === 'amountMinor') minorUnits(item, at);
      else assertSafeAmounts(item, at);
    }
  }
}

/** @internal JSON text for a jsonb parameter (undefined fields dropped, as the memory store's copy drops them). */
export function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}
