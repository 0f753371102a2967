/** @internal What the store runs its SQL through: one statement, or several in one transaction. */
export interface SqlQueryable {
  /** Runs one statement (one round trip) and returns its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (a migration file). */
  exec(script: string): Promise<void>;
}

/** @internal A database connection (pool or embedded instance) the store owns or borrows. */
export interface SqlDriver extends SqlQueryable {
  /** Runs `work` inside BEGIN … COMMIT on one connection; ROLLBACK when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Closes what the store opened itself (a pool it created, the embedded database); leaves a borrowed pool open. */
  close(): Promise<void>;
}

/**
 * Column parsers both drivers use: `bigint` and `date` come back as text (the store converts bigints with a range
 * check, and a calendar date must never pass through a JS `Date` in a local zone); instants are formatted in SQL.
 */
export const textTypeOids: readonly number[] = [
  20, // int8
  1082, // date
  1114, // timestamp
  1184, // timestamptz
];
