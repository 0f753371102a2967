import type { Instant } from '../model/time';

// The planner writes an ISO string for every message it plans and the gate parses every past send again on every
// check: `toISOString` costs about 500 ns and `Date.parse` about 170 ns, a map look-up about 15. Customers share most
// instants (10:00 on a day in a zone), so both directions are cached, each string parsed or written once.
const isoByMs = new Map<number, Instant>();
const msByIso = new Map<string, number>();
const limit = 100_000;

/** @internal `new Date(epochMs).toISOString()`, cached. */
export function isoOf(epochMs: number): Instant {
  let iso = isoByMs.get(epochMs);
  if (iso === undefined) {
    iso = new Date(epochMs).toISOString();
    if (isoByMs.size >= limit) isoByMs.clear();
    isoByMs.set(epochMs, iso);
    if (msByIso.size >= limit) msByIso.clear();
    msByIso.set(iso, epochMs);
  }
  return iso;
}

/** @internal `Date.parse(instant)`, cached. */
export function parseInstant(instant: string): number {
  let epochMs = msByIso.get(instant);
  if (epochMs === undefined) {
    epochMs = Date.parse(instant);
    if (msByIso.size >= limit) msByIso.clear();
    msByIso.set(instant, epochMs);
  }
  return epochMs;
}
