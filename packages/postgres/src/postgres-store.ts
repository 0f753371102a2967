import type { BillingStoreV1 } from '@cobro/core';
import type { SqlDriver } from './driver/sql-driver';
import { type MigrationResult, migrate } from './migrations/migrate';
import { quoteIdentifier } from './sql/sql-fragments';
import { createRecordMethods } from './store-records';
import { refuse } from './store-values';
import { createWorkMethods } from './store-work';

/** A `BillingStoreV1` on PostgreSQL or PGlite, with what only a database store has. */
export interface PostgresStore extends BillingStoreV1 {
  /**
   * Brings the schema up to the newest migration this package knows, under an advisory lock (safe when several
   * processes call it at once). Call it once on start, before anything else.
   *
   * @throws `SchemaVersionError` when the database was migrated by a newer `@cobro/postgres` (nothing changed).
   */
  migrate(): Promise<MigrationResult>;
  /** Closes the connection the store opened (its own pool, the embedded database); a pool you passed stays open. */
  close(): Promise<void>;
  /** How many statements (round trips) the store has sent so far, BEGIN and COMMIT included. */
  readonly roundTrips: number;
}

/** Options shared by both store factories. */
export interface PostgresStoreCommonOptions {
  /** The schema holding cobro's tables (default `cobro`), so one database can hold several stores. */
  readonly schema?: string;
  /** Called before every statement sent (for metrics: round trips per send). */
  readonly onQuery?: () => void;
}

/** @internal The counter the drivers bump, made before the driver so its queries are counted too. */
export function createCounter(onQuery: (() => void) | undefined) {
  const counter = {
    count: 0,
    bump() {
      counter.count += 1;
      onQuery?.();
    },
  };
  return counter;
}

/** @internal Builds the store over a driver. */
export function createStoreOnDriver(
  name: string,
  db: SqlDriver,
  schema: string | undefined,
  counter: { readonly count: number },
): PostgresStore {
  const schemaName = schema ?? 'cobro';
  if (typeof schemaName !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schemaName)) {
    refuse('schema', 'must be a plain identifier (letters, digits, underscores; at most 63)', 'store options');
  }
  const s = quoteIdentifier(schemaName);
  return {
    specificationVersion: 'v1',
    name,
    ...createRecordMethods(db, s),
    ...createWorkMethods(db, s),
    migrate: () => migrate(db, schemaName),
    close: () => db.close(),
    get roundTrips() {
      return counter.count;
    },
  };
}
