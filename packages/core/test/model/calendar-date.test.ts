import { addDays, addMonths, calendarDateAt, daysBetween, isCalendarDate, isInstant } from '@cobro/core';
import { describe, expect, it } from 'vitest';

describe('calendar dates', () => {
  it.each(['2026-11-23', '2028-02-29', '2026-12-31'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });
  it.each(['2026-02-29', '2026-13-01', '2026-1-01', '2026-11-23T00:00:00Z', '23/11/2026', ''])('refuses %j', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it('adds days and months the way a payment plan reads', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(daysBetween('2026-11-15', '2026-11-25')).toBe(10);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('finds the date of an instant in a zone', () => {
    // 05:30 UTC on 23 Nov is still 22 Nov in Mexico City (UTC−6) and already 23 Nov in Rome.
    expect(calendarDateAt('2026-11-23T05:30:00Z', 'America/Mexico_City')).toBe('2026-11-22');
    expect(calendarDateAt('2026-11-23T05:30:00Z', 'Europe/Rome')).toBe('2026-11-23');
  });

  it('recognises instants with a zone only', () => {
    expect(isInstant('2026-11-23T09:30:00.000Z')).toBe(true);
    expect(isInstant('2026-11-23T09:30:00+01:00')).toBe(true);
    expect(isInstant('2026-11-23T09:30:00')).toBe(false);
    expect(isInstant('2026-11-23')).toBe(false);
  });
});

describe('calendar helpers refuse malformed input', () => {
  it('with a ValidationError', async () => {
    const { ValidationError } = await import('@cobro/core');
    for (const action of [
      () => addDays('2026-02-30', 1),
      () => addMonths('tomorrow', 1),
      () => daysBetween('2026-01-01', '2026-1-2'),
      () => calendarDateAt('2026-11-23', 'Europe/Rome'),
      () => calendarDateAt('2026-11-23T00:00:00Z', 'CET'),
    ]) {
      let error: unknown;
      try {
        action();
      } catch (caught) {
        error = caught;
      }
      expect(ValidationError.isInstance(error)).toBe(true);
    }
  });
});
