/**
 * `@cobro/postgres`: cobro's durable store on PostgreSQL (node-postgres) or embedded PGlite. One schema, one set of
 * SQL, plain versioned migrations applied by `store.migrate()`.
 *
 * @packageDocumentation
 */

export { createPGliteStore, type PGliteStoreOptions } from './create-pglite-store';
export { createPostgresStore, type PostgresStoreOptions } from './create-postgres-store';
export type { MigrationResult } from './migrations/migrate';
export type { PostgresStore, PostgresStoreCommonOptions } from './postgres-store';
export { SchemaVersionError } from './schema-version-error';
