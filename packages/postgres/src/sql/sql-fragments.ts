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

/**
 * @internal The statements of one store's schema, each built once: a statement's text is a few kilobytes, and
 * building it per call (then hashing it to find its prepared name) was a measurable share of a send's CPU.
 */
export function statementsFor(s: string): (build: (s: string) => string) => string {
  const texts = new Map<(s: string) => string, string>();
  return (build) => {
    let text = texts.get(build);
    if (text === undefined) {
      text = build(s);
      texts.set(build, text);
    }
    return text;
  };
}

/**
 * @internal Closes a subquery over the elements of the JSON array parameter `param` (`$1::jsonb`). It changes no
 * result: it tells the planner how many rows there are. Its guess for any set-returning function is 100, and for a
 * batch of sends that made a scan of a state look cheaper than a lookup by key per row; a custom plan folds the
 * length to a constant, a generic plan guesses 10.
 */
export const limitToLength = (param: string) => `LIMIT jsonb_array_length(${param})`;
