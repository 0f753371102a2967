import { Temporal } from 'temporal-polyfill';
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
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const weekdays: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** @internal The wall-clock date, minute of day and weekday of `epochMs` in `timeZone`. */
export function localFields(epochMs: number, timeZone: TimeZone): LocalFields {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: weekdays[parts.weekday ?? 'Mon'] ?? 1,
  };
}

/** @internal `HH:MM` → minutes since midnight. */
export function parseClock(value: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`"${value}" is not a wall-clock time HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** @internal minutes since midnight → `HH:MM`. */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * @internal The instant of a wall-clock time on a date in a zone. A time inside a DST gap resolves forward
 * ("compatible": 02:30 on Rome's spring-forward day becomes 03:30); an ambiguous time in an overlap resolves to
 * its earlier occurrence. Callers re-check the resolved wall clock against their window.
 */
export function instantOf(date: CalendarDate, minutes: number, timeZone: TimeZone): number {
  const plain = Temporal.PlainDate.from(date).toPlainDateTime({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
  return plain.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
}

/** @internal The first instant of a calendar date in a zone (midnight may itself be skipped by DST). */
export function startOfDay(date: CalendarDate, timeZone: TimeZone): number {
  return Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds;
}

/** @internal Calendar arithmetic on `YYYY-MM-DD`, exact across month and year ends. */
export function shiftDate(date: CalendarDate, days: number): CalendarDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}
