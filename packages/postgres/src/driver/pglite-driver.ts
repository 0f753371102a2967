import type { PGlite } from '@electric-sql/pglite';
import { type SqlDriver, textTypeOids } from './sql-driver';

/** Options for the embedded driver. */
export interface PGliteDriverOptions {
  /** Where PGlite keeps its data; in memory when absent. */
  readonly dataDir?: string;
  /** An open PGlite database to use instead (the store borrows it: its `close()` leaves it open). */
  readonly pglite?: PGlite;
}

const parsers = Object.fromEntries(textTypeOids.map((oid) => [oid, (value: string) => value]));

async function loadPGlite(): Promise<typeof import('@electric-sql/pglite')> {
  try {
    return await import('@electric-sql/pglite');
  } catch (cause) {
    throw new Error('createPGliteStore needs the `@electric-sql/pglite` package: install it next to @cobro/postgres.', {
      cause,
    });
  }
}

/** @internal A driver over one embedded PGlite database (one connection: PGlite queues its callers). */
export async function createPGliteDriver(options: PGliteDriverOptions, onQuery: () => void): Promise<SqlDriver> {
  const db: PGlite = options.pglite ?? (await (await loadPGlite()).PGlite.create(options.dataDir, { parsers }));
  const queryOptions = { parsers };
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      onQuery();
      return (await db.query<Row>(text, params as unknown[], queryOptions)).rows;
    },
    async exec(script) {
      onQuery();
      await db.exec(script);
    },
    async transaction(work) {
      onQuery(); // BEGIN
      const result = await db.transaction((tx) =>
        work({
          async query<Row>(text: string, params: readonly unknown[] = []) {
            onQuery();
            return (await tx.query<Row>(text, params as unknown[], queryOptions)).rows;
          },
          async exec(script: string) {
            onQuery();
            await tx.exec(script);
          },
        }),
      );
      onQuery(); // COMMIT
      return result;
    },
    async close() {
      if (options.pglite === undefined) await db.close();
    },
  };
}
