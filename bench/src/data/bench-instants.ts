/**
 * 2026-03-11T18:00:00Z: a Wednesday, 12:00 in Mexico City (UTC−6, no daylight saving since 2022). Workloads whose
 * results depend on the day (weekday rules, business hours) take their instants from here, never from the real clock,
 * so `pnpm bench` measures the same work on a Sunday, a holiday or any date.
 */
export const benchWednesdayNoonMexicoCity = Date.parse('2026-03-11T18:00:00.000Z');
