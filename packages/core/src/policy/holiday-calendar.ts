import Holidays from 'date-holidays';
import type { CalendarDate } from '../model/time';

const calendars = new Map<string, Holidays | null>();
const years = new Map<string, ReadonlyMap<CalendarDate, 'public' | 'bank'>>();

// Building a date-holidays calendar parses its rule set: do it once per (country, subdivision) and year.
function calendarFor(country: string, subdivision: string | undefined): Holidays | null {
  const key = `${country}-${subdivision ?? ''}`;
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    const holidays = new Holidays();
    if (holidays.getCountries()[country] === undefined) {
      calendar = null;
    } else {
      // An unknown subdivision (Mexico has none in the dataset) falls back to the national calendar.
      const states = holidays.getStates(country) ?? {};
      if (subdivision && states[subdivision] !== undefined) holidays.init(country, subdivision);
      else holidays.init(country);
      calendar = holidays;
    }
    calendars.set(key, calendar);
  }
  return calendar;
}

function holidaysOf(country: string, subdivision: string | undefined, year: number) {
  const key = `${country}-${subdivision ?? ''}-${year}`;
  let table = years.get(key);
  if (!table) {
    const map = new Map<CalendarDate, 'public' | 'bank'>();
    for (const holiday of calendarFor(country, subdivision)?.getHolidays(year) ?? []) {
      if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
      const date = holiday.date.slice(0, 10);
      // A date that is both keeps the stronger type.
      if (map.get(date) !== 'public') map.set(date, holiday.type);
    }
    table = map;
    years.set(key, table);
  }
  return table;
}

/**
 * @internal The holiday type of `date` in the customer's country and subdivision (`public` or `bank`), or
 * undefined. Types `school`, `optional` and `observance` never close a day: people work on them.
 */
export function holidayType(
  date: CalendarDate,
  country: string,
  subdivision: string | undefined,
): 'public' | 'bank' | undefined {
  return holidaysOf(country, subdivision, Number(date.slice(0, 4))).get(date);
}
