/** @internal A schema name as a quoted SQL identifier (`"cobro"`), so any name the app picks is safe in SQL text. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * @internal An instant column as the `toISOString()` text cobro uses (`2026-11-23T09:30:00.000Z`), formatted by the
 * server in UTC so neither the session's zone nor a JS `Date` parser can shift it.
 */
export function iso(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
