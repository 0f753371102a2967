import type { SqlDriver } from '../driver/sql-driver';
import { SchemaVersionError } from '../schema-version-error';
import { quoteIdentifier } from '../sql/sql-fragments';
import { migrations as known } from './embedded';
import type { Migration } from './migration';

/** What `migrate()` did. */
export interface MigrationResult {
  /** The schema's version before. */
  readonly from: number;
  /** The schema's version after. */
  readonly to: number;
  /** The migrations applied by this call, in order (empty when another process had already applied them). */
  readonly applied: readonly string[];
}

/**
 * @internal Applies the migrations the schema lacks, in one transaction under a transaction-level advisory lock
 * keyed by the schema name: concurrent callers queue, and each after the first finds nothing left to do.
 */
export async function migrate(
  db: SqlDriver,
  schema: string,
  migrations: readonly Migration[] = known,
): Promise<MigrationResult> {
  const s = quoteIdentifier(schema);
  const codeVersion = migrations.at(-1)?.version ?? 0;
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`cobro-migrate:${schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await tx.query(`CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const [row] = await tx.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${s}.schema_migrations`,
    );
    const from = row?.version ?? 0;
    if (from > codeVersion) throw new SchemaVersionError({ schema, databaseVersion: from, codeVersion });
    const applied: string[] = [];
    // The migration files name no schema: the search path puts this store's first, for this transaction only.
    await tx.query(`SELECT set_config('search_path', $1, true)`, [`${s}, pg_catalog`]);
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      await tx.exec(migration.sql);
      await tx.query(`INSERT INTO ${s}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.name);
    }
    return { from, to: Math.max(from, codeVersion), applied };
  });
}
