import { formatMoney, type Money } from '@cobro/core';

const formats = new Map<string, Intl.DateTimeFormat>();

/** An instant on a zone's wall clock, `YYYY-MM-DD HH:MM`, with the zone named: never a bare local time. */
export function formatInstant(instant: string, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${timeZone}`;
}

/** Money for the console's readers (English formatting; amounts stay exact minor units underneath). */
export function money(amount: Money): string {
  return formatMoney(amount, 'en-US');
}

/** A path under the console's mount point with a query string built from the defined values. */
export function href(base: string, path: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, value);
  const search = params.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}
