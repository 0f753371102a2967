import type { Pool } from 'pg';
import { createPgDriver } from './driver/pg-driver';
import type { SqlDriver } from './driver/sql-driver';
import {
  createCounter,
  createStoreOnDriver,
  type PostgresStore,
  type PostgresStoreCommonOptions,
} from './postgres-store';

/** Options of {@link createPostgresStore}: a node-postgres pool you own, or a connection string. */
export type PostgresStoreOptions = PostgresStoreCommonOptions &
  (
    | {
        /** A `pg` Pool; the store borrows it (its `close()` leaves it open). */
        readonly pool: Pool;
      }
    | {
        /** `postgres://user:password@host:5432/db`; the store opens (and closes) its own pool. */
        readonly connectionString: string;
        /** The pool's size (default 10). */
        readonly max?: number;
      }
  );

/**
 * A durable `BillingStoreV1` on a PostgreSQL server through node-postgres (`pg`, an optional peer dependency loaded
 * on first use): any number of processes, on any number of machines, share one state. Call `migrate()` once on
 * start.
 *
 * @example
 * ```ts
 * const store = createPostgresStore({ connectionString: process.env.DATABASE_URL! });
 * await store.migrate();
 * const billing = createBilling({ store, ... });
 * ```
 */
export function createPostgresStore(options: PostgresStoreOptions): PostgresStore {
  const counter = createCounter(options.onQuery);
  let driver: Promise<SqlDriver> | undefined;
  // The driver loads lazily, so creating the store is synchronous and never imports `pg` until it is used.
  const connect = () => {
    driver ??= createPgDriver(options, () => counter.bump());
    return driver;
  };
  return createStoreOnDriver('postgres', lazyDriver(connect), options.schema, counter);
}

/** @internal A driver whose connection is made on the first call. */
export function lazyDriver(connect: () => Promise<SqlDriver>): SqlDriver {
  let opened = false;
  return {
    async query(text, params) {
      opened = true;
      return (await connect()).query(text, params);
    },
    async exec(script) {
      opened = true;
      return (await connect()).exec(script);
    },
    async transaction(work) {
      opened = true;
      return (await connect()).transaction(work);
    },
    async close() {
      if (opened) await (await connect()).close();
    },
  };
}
