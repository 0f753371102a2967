/**
 * @internal One country's closed days: per region (`''` for the nation, else the ISO 3166-2 subdivision code without
 * the country) and year, the `MM-DD` days separated by spaces, a `b` suffix marking a bank holiday. A subdivision
 * lists only what it adds to the nation. Plain strings, so importing a table costs nothing until it is decoded.
 */
export type HolidayTable = Readonly<Record<string, Readonly<Record<number, string>>>>;
