import type { CalendarDate, TimeZone } from '../model/time';
import type { Weekday } from './reminder-policy';

/** @internal Wall-clock fields of an instant in a zone. */
export interface LocalFields {
  readonly date: CalendarDate;
  /** Minutes since local midnight. */
  readonly minutes: number;
  readonly weekday: Weekday;
}

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

const dayOffsets = new Map<TimeZone, Map<number, number | null>>();
// The planner asks about one customer's zone many times in a row: the last zone's day table and the last day's
// offset answer most calls without a map look-up.
let lastZone: TimeZone | undefined;
let lastZoneDays: Map<number, number | null> | undefined;
let lastDay = Number.NaN;
let lastOffset: number | null = null;

// Most UTC days have one offset from start to end (no zone changes twice in a day), so the offsets at its start and
// at the next day's start settle all 96 of its quarter hours; only the day of a transition (null here) is answered quarter hour by quarter hour.
function offsetMinutes(epochMs: number, timeZone: TimeZone): number {
  const day = Math.floor(epochMs / dayMs);
  if (timeZone === lastZone && day === lastDay) return lastOffset ?? quarterHourOffset(epochMs, timeZone);
  let zone = timeZone === lastZone ? lastZoneDays : dayOffsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    dayOffsets.set(timeZone, zone);
  }
  let offset = zone.get(day);
  if (offset === undefined) {
    if (zone.size > 100_000) zone.clear();
    const first = quarterHourOffset(day * dayMs, timeZone);
    if (first === quarterHourOffset((day + 7) * dayMs, timeZone)) {
      // The same offset a week later: no zone changes twice within a week (the closest pair in the tz database,
      // Morocco's Ramadan break, is about a month apart), so the whole week has it. One Intl call per zone and week.
      for (let next = day; next < day + 7; next++) zone.set(next, first);
      offset = first;
    } else {
      const next = quarterHourOffset((day + 1) * dayMs, timeZone);
      offset = first === next ? first : null;
      zone.set(day, offset);
    }
  }
  lastZone = timeZone;
  lastZoneDays = zone;
  lastDay = day;
  lastOffset = offset;
  return offset ?? quarterHourOffset(epochMs, timeZone);
}

const dates = new Map<number, CalendarDate>();
const dayNumbers = new Map<CalendarDate, number>();

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), cached: the planner works over a few hundred days. */
function dateOfDay(day: number): CalendarDate {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * dayMs).toISOString().slice(0, 10);
    if (dates.size > 100_000) dates.clear();
    dates.set(day, date);
  }
  return date;
}

/** Days since 1970-01-01 of `YYYY-MM-DD`, cached. */
function dayOfDate(date: CalendarDate): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

const isoWeekday: readonly Weekday[] = [7, 1, 2, 3, 4, 5, 6];

/** @internal The wall-clock date, minute of day and weekday of `epochMs` in `timeZone`. */
export function localFields(epochMs: number, timeZone: TimeZone): LocalFields {
  const wall = epochMs + offsetMinutes(epochMs, timeZone) * 60_000;
  const day = Math.floor(wall / dayMs);
  return {
    date: dateOfDay(day),
    minutes: Math.floor((wall - day * dayMs) / 60_000),
    // 1970-01-01 was a Thursday.
    weekday: isoWeekday[(((day + 4) % 7) + 7) % 7] ?? 1,
  };
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
 * @internal The instant of a wall-clock time on a date in a zone. A time inside a DST gap resolves forward
 * ("compatible", as Temporal does: 02:30 on Rome's spring-forward day becomes 03:30); an ambiguous time in an
 * overlap resolves to its earlier occurrence. Callers re-check the resolved wall clock against their window.
 */
export function instantOf(date: CalendarDate, minutes: number, timeZone: TimeZone): number {
  const wall = dayOfDate(date) * dayMs + minutes * 60_000;
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

/** @internal The first instant of a calendar date in a zone (midnight may itself be skipped by DST). */
export function startOfDay(date: CalendarDate, timeZone: TimeZone): number {
  return instantOf(date, 0, timeZone);
}

/** @internal Calendar arithmetic on `YYYY-MM-DD`, exact across month and year ends. */
export function shiftDate(date: CalendarDate, days: number): CalendarDate {
  return dateOfDay(dayOfDate(date) + days);
}
