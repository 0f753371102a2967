import type { CalendarDate, TimeZone } from '../model/time';
import type { Weekday } from './reminder-policy';

const formatters = new Map<TimeZone, Intl.DateTimeFormat>();

// Intl is much faster than Temporal for instant → wall clock, and this runs for every candidate slot.
function formatterFor(timeZone: TimeZone): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// `MM/DD/YYYY, HH:MM`, what the en-US formatter above prints for years 1000–9999.
const formatted = /^(\d\d)\/(\d\d)\/(\d{4}), (\d\d):(\d\d)$/;

/** The wall clock of `epochMs` in `timeZone`, as a UTC epoch: `format` costs a third of `formatToParts`. */
function wallClockOf(epochMs: number, timeZone: TimeZone): number {
  const formatter = formatterFor(timeZone);
  const match = formatted.exec(formatter.format(epochMs));
  if (match) {
    return Date.UTC(Number(match[3]), Number(match[1]) - 1, Number(match[2]), Number(match[4]), Number(match[5]));
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(epochMs)) parts[part.type] = part.value;
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
}

const quarterHour = 900_000;
const dayMs = 86_400_000;
const offsets = new Map<TimeZone, Map<number, number>>();

// Zone offsets only change on quarter-hour boundaries (every DST rule and every offset in the tz database is a
// multiple of 15 minutes), so one Intl call per zone and quarter hour gives every instant inside it. Numeric keys
// in a map per zone: the planner calls this for every candidate slot, and string keys made it allocation-bound.
function quarterHourOffset(epochMs: number, timeZone: TimeZone): number {
  const bucket = Math.floor(epochMs / quarterHour);
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const start = bucket * quarterHour;
    offset = Math.round((wallClockOf(start, timeZone) - start) / 60_000);
    if (zone.size > 200_000) zone.clear();
    zone.set(bucket, offset);
  }
  return offset;
}

/** A span of instants `[from, until)` over which a zone keeps one offset (minutes). */
interface OffsetSpan {
  readonly from: number;
  readonly until: number;
  readonly offset: number;
}

const weekMs = 7 * dayMs;
// How far a span is followed either way from the instant asked about: a span is cut there even when the offset
// runs on, so that finding a span costs a few dozen Intl calls at most.
const spanReachWeeks = 12;
const spans = new Map<TimeZone, OffsetSpan[]>();
// The planner asks about a customer's zone and the business's many times in a row: the last span of the last two
// zones answers most calls with two comparisons.
let zoneA: TimeZone | undefined;
let spanA: OffsetSpan = { from: 0, until: 0, offset: 0 };
let zoneB: TimeZone | undefined;
let spanB: OffsetSpan = spanA;

/**
 * The first quarter hour in `(low, high]` (quarter-hour buckets) whose offset differs from `low`'s: the zone changes
 * offset at most once between them (they are at most a week apart, and no zone changes twice within a week, the
 * closest pair in the tz database being Morocco's Ramadan break, about a month apart).
 */
function firstChange(low: number, high: number, timeZone: TimeZone): number {
  const offset = quarterHourOffset(low * quarterHour, timeZone);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (quarterHourOffset(middle * quarterHour, timeZone) === offset) low = middle;
    else high = middle;
  }
  return high;
}

/** The span of one offset around `epochMs`: weekly steps either way, then the exact quarter hour of each change. */
function spanAround(epochMs: number, timeZone: TimeZone): OffsetSpan {
  const bucket = Math.floor(epochMs / quarterHour);
  const offset = quarterHourOffset(bucket * quarterHour, timeZone);
  const weekBuckets = weekMs / quarterHour;
  let until = bucket;
  for (let step = 0; step < spanReachWeeks; step++) {
    const next = until + weekBuckets;
    if (quarterHourOffset(next * quarterHour, timeZone) !== offset) {
      until = firstChange(until, next, timeZone);
      break;
    }
    until = next;
  }
  let from = bucket;
  for (let step = 0; step < spanReachWeeks; step++) {
    const previous = from - weekBuckets;
    if (quarterHourOffset(previous * quarterHour, timeZone) !== offset) {
      from = firstChange(previous, from, timeZone);
      break;
    }
    from = previous;
  }
  return { from: from * quarterHour, until: until * quarterHour, offset };
}

// Zone offsets as spans of constant offset, found once per zone and span (a few Intl calls each) and then answered
// by comparison: the planner asks for the offset of over a hundred instants per invoice.
function offsetMinutes(epochMs: number, timeZone: TimeZone): number {
  if (timeZone === zoneA && epochMs >= spanA.from && epochMs < spanA.until) return spanA.offset;
  if (timeZone === zoneB && epochMs >= spanB.from && epochMs < spanB.until) return spanB.offset;
  let list = spans.get(timeZone);
  if (!list) {
    list = [];
    spans.set(timeZone, list);
  }
  let found: OffsetSpan | undefined;
  for (const span of list) {
    if (epochMs >= span.from && epochMs < span.until) {
      found = span;
      break;
    }
  }
  if (!found) {
    if (list.length > 400) list.length = 0;
    found = spanAround(epochMs, timeZone);
    list.push(found);
  }
  if (timeZone !== zoneA) {
    zoneB = zoneA;
    spanB = spanA;
  }
  zoneA = timeZone;
  spanA = found;
  return found.offset;
}

const dates = new Map<number, CalendarDate>();
const dayNumbers = new Map<CalendarDate, number>();

/** @internal `YYYY-MM-DD` of a day number (days since 1970-01-01), cached: the planner works over a few hundred days. */
export function dateOfDay(day: number): CalendarDate {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * dayMs).toISOString().slice(0, 10);
    if (dates.size > 100_000) dates.clear();
    dates.set(day, date);
  }
  return date;
}

/** @internal Days since 1970-01-01 of `YYYY-MM-DD`, cached. */
export function dayOfDate(date: CalendarDate): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

const isoWeekday: readonly Weekday[] = [7, 1, 2, 3, 4, 5, 6];

/** @internal The ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): Weekday {
  return isoWeekday[(((day + 4) % 7) + 7) % 7] ?? 1;
}

/**
 * @internal The wall clock of `epochMs` in `timeZone` as a UTC epoch: its day number is `Math.floor(wall / 86400000)`
 * and its minute of the day the rest. No object per call: the planner's hot loops take the fields they need.
 */
export function wallClock(epochMs: number, timeZone: TimeZone): number {
  return epochMs + offsetMinutes(epochMs, timeZone) * 60_000;
}

/** @internal The local day number of `epochMs` in `timeZone`. */
export function localDay(epochMs: number, timeZone: TimeZone): number {
  return Math.floor(wallClock(epochMs, timeZone) / dayMs);
}

const wallTexts = new Map<number, string>();

/** @internal A wall clock (from {@link wallClock}) as `YYYY-MM-DDTHH:MM`, cached: customers share most of them. */
export function wallClockText(wall: number): string {
  let text = wallTexts.get(wall);
  if (text === undefined) {
    const day = Math.floor(wall / dayMs);
    text = `${dateOfDay(day)}T${formatClock(Math.floor((wall - day * dayMs) / 60_000))}`;
    if (wallTexts.size >= 100_000) wallTexts.clear();
    wallTexts.set(wall, text);
  }
  return text;
}

const clocks = new Map<string, number>();

/** @internal `HH:MM` → minutes since midnight. */
export function parseClock(value: string): number {
  const cached = clocks.get(value);
  if (cached !== undefined) return cached;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`"${value}" is not a wall-clock time HH:MM`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (clocks.size < 10_000) clocks.set(value, minutes);
  return minutes;
}

/** @internal minutes since midnight → `HH:MM`. */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const hourMs = 3_600_000;

/**
 * @internal The instant of a wall-clock time (`minutes` after midnight) on day number `day` in a zone. A time inside
 * a DST gap resolves forward ("compatible", as Temporal does: 02:30 on Rome's spring-forward day becomes 03:30); an
 * ambiguous time in an overlap resolves to its earlier occurrence. Callers re-check the resolved wall clock against
 * their window.
 */
export function instantOfDay(day: number, minutes: number, timeZone: TimeZone): number {
  const wall = day * dayMs + minutes * 60_000;
  // No zone changes its offset twice within a day, so the offsets 12 hours either side are the only candidates.
  const early = wall - offsetMinutes(wall - 12 * hourMs, timeZone) * 60_000;
  const late = wall - offsetMinutes(wall + 12 * hourMs, timeZone) * 60_000;
  if (early === late) return early;
  const earlyValid = early + offsetMinutes(early, timeZone) * 60_000 === wall;
  const lateValid = late + offsetMinutes(late, timeZone) * 60_000 === wall;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (lateValid) return late;
  return early;
}

const starts = new Map<TimeZone, Map<number, number>>();
// The planner alternates between the business's zone and the customer's: the last two zones' maps are kept.
let startsZoneA: TimeZone | undefined;
let startsA: Map<number, number> = new Map();
let startsZoneB: TimeZone | undefined;
let startsB: Map<number, number> = startsA;

/** @internal The first instant of day number `day` in a zone (midnight may itself be skipped by DST), cached. */
export function startOfDayNumber(day: number, timeZone: TimeZone): number {
  let zone: Map<number, number>;
  if (timeZone === startsZoneA) zone = startsA;
  else if (timeZone === startsZoneB) zone = startsB;
  else {
    let found = starts.get(timeZone);
    if (!found) {
      found = new Map();
      starts.set(timeZone, found);
    }
    zone = found;
    startsZoneB = startsZoneA;
    startsB = startsA;
    startsZoneA = timeZone;
    startsA = zone;
  }
  let start = zone.get(day);
  if (start === undefined) {
    start = instantOfDay(day, 0, timeZone);
    if (zone.size > 20_000) zone.clear();
    zone.set(day, start);
  }
  return start;
}

/** @internal Calendar arithmetic on `YYYY-MM-DD`, exact across month and year ends. */
export function shiftDate(date: CalendarDate, days: number): CalendarDate {
  return dateOfDay(dayOfDate(date) + days);
}
