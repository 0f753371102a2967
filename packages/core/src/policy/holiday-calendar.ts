import { HolidayCoverageError } from '../errors/holiday-coverage-error';
import { HolidaysNotLoadedError } from '../errors/holidays-not-loaded-error';
import type { HolidayTable } from './holidays/holiday-table';
import { coveredYears, holidayLoaders } from './holidays/index';

/** @internal `public` closes a day under any holiday rule; `bank` only when bank holidays are skipped too. */
export type HolidayKind = 'public' | 'bank';

const dayMs = 86_400_000;
const firstCoveredDay = Date.UTC(coveredYears.first, 0, 1) / dayMs;
const lastCoveredDay = Date.UTC(coveredYears.last, 11, 31) / dayMs;

/**
 * @internal One (country, subdivision)'s closed days over the covered years, by day number (days since 1970-01-01):
 * the planner asks about every candidate day, and a number look-up allocates nothing.
 */
export interface HolidayCalendar {
  readonly country: string;
  readonly subdivision: string | undefined;
  readonly days: ReadonlyMap<number, HolidayKind>;
}

// Tables loaded so far, and the loads under way (one import per country however many callers ask at once).
const tables = new Map<string, HolidayTable>();
const loading = new Map<string, Promise<void>>();
// One decoded calendar per (country, subdivision), built the first time a customer there is planned.
const calendars = new Map<string, HolidayCalendar>();

/**
 * Loads the holiday table of a country (ISO 3166-1 alpha-2), so that planning and the contact gate can check its
 * customers' days. Each country's table is a separate module, imported only when asked for: the runtime
 * (`createBilling`) calls this itself before it plans a customer. Code that calls {@link planReminders},
 * {@link planCustomerReminders} or {@link checkContact} directly awaits it once per country first; without it, a
 * policy that skips holidays throws {@link HolidaysNotLoadedError} rather than read a day as "not a holiday".
 * Resolves at once for a country already loaded, and for a country without a table (whose days then throw
 * {@link HolidayCoverageError}).
 *
 * @example
 * await loadHolidays(customer.country);
 * const plan = planCustomerReminders({ customer, invoices, policy, history, now });
 */
export function loadHolidays(country: string): Promise<void> {
  let load = loading.get(country);
  if (load === undefined) {
    const loader = holidayLoaders[country];
    load = loader
      ? loader().then(
          (table) => {
            tables.set(country, table);
          },
          (error: unknown) => {
            // A failed import (a chunk missing from a deployment) may be tried again.
            loading.delete(country);
            throw error;
          },
        )
      : Promise.resolve();
    loading.set(country, load);
  }
  return load;
}

function decode(into: Map<number, HolidayKind>, years: Readonly<Record<number, string>> | undefined): void {
  if (!years) return;
  for (const [year, days] of Object.entries(years)) {
    for (const day of days.split(' ')) {
      const bank = day.endsWith('b');
      const dayNumber = Date.UTC(Number(year), Number(day.slice(0, 2)) - 1, Number(day.slice(3, 5))) / dayMs;
      // A day that is both keeps the stronger type.
      if (into.get(dayNumber) !== 'public') into.set(dayNumber, bank ? 'bank' : 'public');
    }
  }
}

/**
 * @internal The holiday calendar of customers in `country` and `subdivision`: the nation's holidays and the
 * subdivision's own (a subdivision adds to the nation, never replaces it). Throws {@link HolidaysNotLoadedError}
 * when the country's table was not loaded, and {@link HolidayCoverageError} (at the first day asked) when the
 * country has no table.
 */
export function holidayCalendar(country: string, subdivision: string | undefined): HolidayCalendar | null {
  const key = subdivision ? `${country}-${subdivision}` : country;
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    const table = tables.get(country);
    if (!table) {
      if (holidayLoaders[country]) throw new HolidaysNotLoadedError({ country });
      return null;
    }
    const days = new Map<number, HolidayKind>();
    decode(days, table['']);
    // A subdivision the tables do not list has no days of its own in the source (Mexico's states): the nation's.
    if (subdivision) decode(days, table[subdivision]);
    calendar = { country, subdivision, days };
    calendars.set(key, calendar);
  }
  return calendar;
}

/**
 * @internal The holiday type of day number `day` (days since 1970-01-01) in `calendar` (from {@link holidayCalendar}
 * for `country` and `subdivision`), or undefined when it is not a holiday there. Throws {@link HolidayCoverageError}
 * for a day outside the covered years or a country without a table: an unknown day is never read as a working day.
 */
export function holidayTypeOfDay(
  calendar: HolidayCalendar | null,
  day: number,
  country: string,
  subdivision: string | undefined,
): HolidayKind | undefined {
  if (calendar === null || !(day >= firstCoveredDay && day <= lastCoveredDay)) {
    const date = new Date(day * dayMs).toISOString().slice(0, 10);
    throw new HolidayCoverageError({ country, subdivision, date, coveredYears, countryCovered: calendar !== null });
  }
  return calendar.days.get(day);
}
