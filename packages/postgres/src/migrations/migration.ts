/** @internal One versioned schema change: `migrations/NNN-name.sql`. */
export interface Migration {
  /** NNN. */
  readonly version: number;
  /** The file name. */
  readonly name: string;
  /** The plain SQL, run with the store's schema first on the search path. */
  readonly sql: string;
}
