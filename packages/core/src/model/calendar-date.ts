import { ValidationError } from '../errors/validation-error';
import type { CalendarDate, Instant, TimeZone } from './time';

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const zoneNamePattern = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/;

let canonicalZones: ReadonlyMap<string, string> | undefined;

function zonesByLowerCase(): ReadonlyMap<string, string> {
  canonicalZones ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
  return canonicalZones;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is refused). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = calendarDatePattern.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True when `value` is an ISO 8601 date-time with a `Z` or numeric offset, e.g. `2026-11-23T09:30:00.000Z`. */
export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && instantPattern.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * Normalises an IANA time zone name (`europe/rome` → `Europe/Rome`) or returns `undefined` when it is not one.
 * Accepts every zone `Intl` knows by its `Area/Location` name, their aliases (`America/Buenos_Aires`, `Etc/UTC`)
 * and `UTC`; refuses offsets (`+02:00`) and abbreviations (`CET`, `EST`), whose meaning shifts with daylight saving.
 */
export function normalizeTimeZone(name: unknown): TimeZone | undefined {
  if (typeof name !== 'string') return undefined;
  if (name.toUpperCase() === 'UTC') return 'UTC';
  if (!zoneNamePattern.test(name)) return undefined;
  const canonical = zonesByLowerCase().get(name.toLowerCase());
  if (canonical !== undefined) return canonical;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name;
  } catch {
    return undefined;
  }
}

/** True when `name` is an IANA time zone name (see {@link normalizeTimeZone} for what is accepted). */
export function isTimeZone(name: unknown): name is TimeZone {
  return normalizeTimeZone(name) !== undefined;
}

/** Compares two calendar dates: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function refuse(message: string): never {
  throw new ValidationError({ subject: 'date', issues: [{ path: '', message }] });
}

const partsOf = new Map<string, readonly [number, number, number]>();
const datesAfter = new Map<string, CalendarDate>();
const datesAt = new Map<string, CalendarDate>();

function toParts(date: CalendarDate): readonly [number, number, number] {
  // Planning and composing read the same few dates again and again: a checked date's parts are kept (bounded).
  const known = partsOf.get(date);
  if (known !== undefined) return known;
  const match = calendarDatePattern.exec(date);
  if (match === null || !isCalendarDate(date)) refuse('must be a real calendar date written YYYY-MM-DD');
  const parts = [Number(match[1]), Number(match[2]), Number(match[3])] as const;
  if (partsOf.size >= 1_000) partsOf.clear();
  partsOf.set(date, parts);
  return parts;
}

function fromUtc(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

/**
 * Adds (or with a negative number subtracts) whole days to a calendar date.
 *
 * @throws {@link ValidationError} for a malformed date.
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const key = `${date}|${days}`;
  const known = datesAfter.get(key);
  if (known !== undefined) return known;
  const [year, month, day] = toParts(date);
  const result = fromUtc(new Date(Date.UTC(year, month - 1, day + days)));
  if (datesAfter.size >= 1_000) datesAfter.clear();
  datesAfter.set(key, result);
  return result;
}

/**
 * Adds whole months to a calendar date, clamping to the end of shorter months: `2026-01-31` + 1 month is
 * `2026-02-28`, the way people read "one month later" on a payment plan.
 *
 * @throws {@link ValidationError} for a malformed date.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = toParts(date);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(
    new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(day, lastDay))),
  );
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 *
 * @throws {@link ValidationError} for a malformed date.
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = toParts(from);
  const [y2, m2, d2] = toParts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * The calendar date an instant falls on in a time zone, e.g. today's date for the business.
 *
 * @throws {@link ValidationError} when `instant` is not an instant or `timeZone` is not an IANA zone.
 */
export function calendarDateAt(instant: Instant, timeZone: TimeZone): CalendarDate {
  // A run asks for the same instant in the same few zones once per customer: the answer is kept, and a kept answer
  // means both inputs were already checked.
  const key = `${timeZone}|${instant}`;
  const known = datesAt.get(key);
  if (known !== undefined) return known;
  if (!isInstant(instant)) refuse('must be an ISO 8601 instant with a zone, e.g. 2026-11-23T09:30:00Z');
  if (!isTimeZone(timeZone)) refuse('must be an IANA time zone such as Europe/Rome');
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  if (datesAt.size >= 1_000) datesAt.clear();
  datesAt.set(key, date);
  return date;
}

// Building an Intl formatter costs far more than formatting with one: one per zone, kept.
const dateFormats = new Map<TimeZone, Intl.DateTimeFormat>();
