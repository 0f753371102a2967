import { HolidayCoverageError } from '../errors/holiday-coverage-error';
import type { CalendarDate } from '../model/time';
import { coveredYears, holidayTables } from './holidays/index';

type HolidayKind = 'public' | 'bank';

// One decoded calendar per (country, subdivision), built the first time a customer there is planned: the national
// days and the subdivision's own, over every covered year. A subdivision adds to the nation and never replaces it.
const calendars = new Map<string, ReadonlyMap<CalendarDate, HolidayKind>>();

function decode(into: Map<CalendarDate, HolidayKind>, years: Readonly<Record<number, string>> | undefined): void {
  if (!years) return;
  for (const [year, days] of Object.entries(years)) {
    for (const day of days.split(' ')) {
      const bank = day.endsWith('b');
      const date = `${year}-${bank ? day.slice(0, 5) : day}`;
      // A day that is both keeps the stronger type.
      if (into.get(date) !== 'public') into.set(date, bank ? 'bank' : 'public');
    }
  }
}

function calendarOf(country: string, subdivision: string | undefined): ReadonlyMap<CalendarDate, HolidayKind> | null {
  const key = subdivision ? `${country}-${subdivision}` : country;
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    const table = holidayTables[country];
    if (!table) return null;
    const days = new Map<CalendarDate, HolidayKind>();
    decode(days, table['']);
    // A subdivision the tables do not list has no days of its own in the source (Mexico's states): the nation's.
    if (subdivision) decode(days, table[subdivision]);
    calendar = days;
    calendars.set(key, calendar);
  }
  return calendar;
}

/**
 * @internal The holiday type of `date` for a customer of `country` and `subdivision` (`public` or `bank`), or
 * undefined when the day is not a holiday there. The calendar is the nation's holidays and the subdivision's, as
 * generated into `holidays/` for the covered years. Throws {@link HolidayCoverageError} for a date outside those
 * years or a country without a table: an unknown day is never read as a working day.
 */
export function holidayType(
  date: CalendarDate,
  country: string,
  subdivision: string | undefined,
): HolidayKind | undefined {
  const calendar = calendarOf(country, subdivision);
  const year = Number(date.slice(0, 4));
  if (calendar === null || !(year >= coveredYears.first && year <= coveredYears.last)) {
    throw new HolidayCoverageError({ country, subdivision, date, coveredYears, countryCovered: calendar !== null });
  }
  return calendar.get(date);
}
