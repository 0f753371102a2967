import { formatMoney } from '../model/format-money';
import type { Money } from '../model/money';
import type { CalendarDate, Instant, TimeZone } from '../model/time';

// Formatting a date through Intl costs microseconds, and the same few dates (a due date, today) are written for
// thousands of customers in a run: each formatter keeps its answers (bounded), and building one is done once.
interface DateWriter {
  readonly format: Intl.DateTimeFormat;
  /** How this locale writes the first of the month, when Intl does not. */
  readonly first: string | undefined;
  /** Its answers so far, by the date or instant written. */
  readonly written: Map<string, string>;
}

const dateWriters = new Map<string, DateWriter>();

function dateWriter(locale: string, timeZone: TimeZone): DateWriter {
  const key = `${locale}|${timeZone}`;
  let writer = dateWriters.get(key);
  if (!writer) {
    const format = new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
    const first = firstOfMonth[format.resolvedOptions().locale.split('-')[0] ?? ''];
    writer = { format, first, written: new Map() };
    dateWriters.set(key, writer);
  }
  return writer;
}

// Portuguese and Italian write the first of the month as an ordinal ("1º de dezembro", "1° dicembre"); Intl does not.
const firstOfMonth: Readonly<Record<string, string>> = { pt: '1º', it: '1°' };

function formatDate(writer: DateWriter, value: string, time: string): string {
  const known = writer.written.get(value);
  if (known !== undefined) return known;
  const date = new Date(time);
  const { format, first } = writer;
  const text = first
    ? format
        .formatToParts(date)
        .map((part) => (part.type === 'day' && part.value === '1' ? first : part.value))
        .join('')
    : format.format(date);
  if (writer.written.size >= 1_000) writer.written.clear();
  writer.written.set(value, text);
  return text;
}

/**
 * A calendar date as the customer reads it (`7 dicembre 2026`, `1º de dezembro de 2026`, `December 7, 2026`).
 * A calendar date has no zone: it is printed as is, never shifted.
 */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  return formatDate(dateWriter(locale, 'UTC'), date, `${date}T00:00:00Z`);
}

/** The calendar date of an instant in the customer's zone, as they read it. */
export function formatInstantDate(instant: Instant, locale: string, timeZone: TimeZone): string {
  return formatDate(dateWriter(locale, timeZone), instant, instant);
}

/** Formats the typed values of a message for the customer's locale and zone: money, calendar dates, instants. */
export function formatMessageVariables({
  locale,
  timeZone,
  values,
}: {
  /** The customer's locale. */
  locale: string;
  /** The customer's zone (for instants). */
  timeZone: TimeZone;
  /** Raw values: strings and numbers pass through; `{ money }`, `{ date }` and `{ instant }` are formatted. */
  values: Readonly<
    Record<
      string,
      string | number | { readonly money: Money } | { readonly date: CalendarDate } | { readonly instant: Instant }
    >
  >;
}): Record<string, string | number> {
  const formatted: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') formatted[name] = value;
    else if ('money' in value) formatted[name] = formatMoney(value.money, locale);
    else if ('date' in value) formatted[name] = formatCalendarDate(value.date, locale);
    else formatted[name] = formatInstantDate(value.instant, locale, timeZone);
  }
  return formatted;
}
