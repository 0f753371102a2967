import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOfDay, startOfDayNumber, wallClock } from '../../src/policy/local-time';

// The zone offsets are cached as spans of one offset (found with a few Intl calls, then answered by comparison):
// every instant must still read exactly as Intl reads it, across DST changes, half-hour DST (Lord Howe), Morocco's
// Ramadan breaks, zones without DST and zones that changed their rules.
const zones = [
  'Europe/Rome',
  'Europe/London',
  'America/New_York',
  'America/Santiago',
  'America/Sao_Paulo',
  'America/Mexico_City',
  'Australia/Lord_Howe',
  'Australia/Adelaide',
  'Africa/Casablanca',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Auckland',
  'UTC',
];
const minute = 60_000;
const dayMs = 86_400_000;
const from = Date.UTC(2024, 0, 1);
const until = Date.UTC(2036, 0, 1);

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The wall clock Intl reads for an instant, as a UTC epoch to the minute: the reference. */
function intlWallClock(epochMs: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(epochMs)) parts[part.type] = Number(part.value);
  return Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day, parts.hour, parts.minute);
}

describe('wall clocks from cached offset spans', () => {
  it('read every instant as Intl does, in any order of zones and instants', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...zones), fc.integer({ min: from / minute, max: until / minute - 1 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (asks) => {
          for (const [zone, minutes] of asks) {
            const at = minutes * minute;
            expect(Math.floor(wallClock(at, zone) / minute) * minute, `${zone} ${new Date(at).toISOString()}`).toBe(
              intlWallClock(at, zone),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('read the minutes either side of every offset change in 2024–2035 as Intl does', () => {
    for (const zone of zones) {
      // Walk the years six hours at a time (no zone changes twice within six hours), find each change to the minute
      // with Intl, and ask about the minutes around it.
      const step = 6 * 3_600_000;
      let previous = intlWallClock(from, zone) - from;
      let changes = 0;
      for (let at = from + step; at < until; at += step) {
        const offset = intlWallClock(at, zone) - at;
        if (offset === previous) continue;
        let low = at - step;
        let high = at;
        while (high - low > minute) {
          const middle = low + Math.floor((high - low) / minute / 2) * minute;
          if (intlWallClock(middle, zone) - middle === previous) low = middle;
          else high = middle;
        }
        previous = offset;
        changes++;
        for (let around = high - 90 * minute; around <= high + 90 * minute; around += 5 * minute) {
          expect(wallClock(around, zone), `${zone} ${new Date(around).toISOString()}`).toBe(
            intlWallClock(around, zone),
          );
        }
      }
      if (zone === 'Europe/Rome') expect(changes).toBe(24);
    }
  });

  it('start each day at the first instant whose wall clock is on that day', () => {
    for (const zone of zones) {
      for (let day = from / dayMs; day < until / dayMs; day += 13) {
        const start = startOfDayNumber(day, zone);
        expect(Math.floor(intlWallClock(start, zone) / dayMs), `${zone} day ${day}`).toBe(day);
        expect(Math.floor(intlWallClock(start - minute, zone) / dayMs), `${zone} day ${day}`).toBeLessThan(day);
        expect(instantOfDay(day, 0, zone)).toBe(start);
      }
    }
  });
});
