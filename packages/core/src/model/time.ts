/**
 * A calendar date with no time and no zone, `YYYY-MM-DD` (ISO 8601), e.g. an invoice's due date.
 * Its meaning depends on a zone (the business's, for due dates); it is never converted to an instant implicitly.
 */
export type CalendarDate = string;

/** An instant on the global timeline as an ISO 8601 string in UTC, e.g. `2026-11-23T09:30:00.000Z`. */
export type Instant = string;

/** An IANA time zone name, e.g. `Europe/Rome`, `America/Mexico_City`. Never an offset or an abbreviation. */
export type TimeZone = string;
