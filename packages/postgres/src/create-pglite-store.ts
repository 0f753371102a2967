import type { PGlite } from '@electric-sql/pglite';
import { lazyDriver } from './create-postgres-store';
import { createPGliteDriver } from './driver/pglite-driver';
import type { SqlDriver } from './driver/sql-driver';
import {
  createCounter,
  createStoreOnDriver,
  type PostgresStore,
  type PostgresStoreCommonOptions,
} from './postgres-store';

/** Options of {@link createPGliteStore}. */
export interface PGliteStoreOptions extends PostgresStoreCommonOptions {
  /** The directory PGlite keeps its data in; in memory (gone on exit) when absent. */
  readonly dataDir?: string;
  /**
   * An open `PGlite` database to use instead of opening one (several stores, each in its own `schema`, can share it;
   * the store's `close()` leaves it open).
   */
  readonly pglite?: PGlite;
}

/**
 * A durable `BillingStoreV1` on PGlite, PostgreSQL compiled to WebAssembly running in this process
 * (`@electric-sql/pglite`, an optional peer dependency loaded on first use): no server, one process. Same schema and
 * SQL as {@link createPostgresStore}. Call `migrate()` once on start; `close()` before exit flushes the data
 * directory.
 *
 * @example
 * ```ts
 * const store = createPGliteStore({ dataDir: './cobro-data' });
 * await store.migrate();
 * ```
 */
export function createPGliteStore(options: PGliteStoreOptions = {}): PostgresStore {
  const counter = createCounter(options.onQuery);
  let driver: Promise<SqlDriver> | undefined;
  const connect = () => {
    driver ??= createPGliteDriver(options, () => counter.bump());
    return driver;
  };
  return createStoreOnDriver('pglite', lazyDriver(connect), options.schema, counter);
}
