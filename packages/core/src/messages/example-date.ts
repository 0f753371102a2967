import type { CalendarDate } from '../model/time';

/** A date as customers in that locale would type it in a reply: 15/12 in most of the world, 12/15 in the US. */
export function exampleDate(date: CalendarDate, locale: string): string {
  const [, month, day] = date.split('-');
  return locale.endsWith('-US') || locale === 'en'
    ? `${Number(month)}/${Number(day)}`
    : `${Number(day)}/${Number(month)}`;
}
