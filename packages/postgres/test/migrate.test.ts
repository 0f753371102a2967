import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPGliteStore, createPostgresStore, type MigrationResult, SchemaVersionError } from '../src/index';
import { migrations } from '../src/migrations/embedded';

const here = dirname(fileURLToPath(import.meta.url));
const schemaName = () => `migrate_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

describe('migrations', () => {
  it('embeds exactly the SQL files in migrations/, numbered from 1 without gaps', () => {
    const files = readdirSync(join(here, '..', 'migrations')).sort();
    expect(migrations.map((migration) => migration.name)).toEqual(files);
    expect(migrations.map((migration) => migration.version)).toEqual(files.map((_, index) => index + 1));
    for (const migration of migrations) {
      expect(migration.sql).toBe(readFileSync(join(here, '..', 'migrations', migration.name), 'utf8'));
    }
  });

  it('applies once, is a no-op the second time, and refuses a schema newer than the code', async () => {
    const pglite = await PGlite.create();
    try {
      const schema = schemaName();
      const store = createPGliteStore({ pglite, schema });
      expect(await store.migrate()).toEqual({ from: 0, to: 1, applied: ['001-initial-schema.sql'] });
      expect(await store.migrate()).toEqual({ from: 1, to: 1, applied: [] });
      await pglite.query(`INSERT INTO "${schema}".schema_migrations (version, name) VALUES (2, '002-future.sql')`);
      const error = await store.migrate().catch((caught: unknown) => caught);
      expect(SchemaVersionError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'COBRO_SCHEMA_VERSION', databaseVersion: 2, codeVersion: 1, schema });
    } finally {
      await pglite.close();
    }
  });
});

const url = process.env.DATABASE_URL;
describe.skipIf(url === undefined)('migrations on a PostgreSQL server (DATABASE_URL)', () => {
  const pool = url === undefined ? undefined : new pg.Pool({ connectionString: url, max: 2 });
  afterAll(() => pool?.end());

  it('four processes migrating at once: one applies, three find nothing to do', async () => {
    const schema = schemaName();
    const run = promisify(execFile);
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const worker = join(here, 'fixtures', 'migrate-worker.ts');
    try {
      const outputs = await Promise.all(
        [1, 2, 3, 4].map(() =>
          run(process.execPath, ['--conditions=@cobro/source', '--import', tsx, worker, url as string, schema], {
            timeout: 60_000,
          }),
        ),
      );
      const results = outputs.map((output) => JSON.parse(output.stdout) as MigrationResult);
      expect(results.filter((result) => result.applied.length > 0)).toEqual([
        { from: 0, to: 1, applied: ['001-initial-schema.sql'] },
      ]);
      expect(results.filter((result) => result.applied.length === 0)).toHaveLength(3);
      const rows = await pool!.query(`SELECT version FROM "${schema}".schema_migrations`);
      expect(rows.rows).toEqual([{ version: 1 }]);
      const store = createPostgresStore({ pool: pool!, schema });
      expect((await store.listInvoices()).length).toBe(0);
    } finally {
      await pool!.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  }, 120_000);
});
