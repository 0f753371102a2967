import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll } from 'vitest';
import { createPGliteStore, createPostgresStore, type PostgresStore } from '../src/index';

/**
 * What a test file runs its stores on: PGlite always, and the PostgreSQL server at `DATABASE_URL` when it is set.
 * `name()` gives a fresh schema, and `stores` opens a store in one on each; every schema named is dropped when the file
 * is done.
 */
export async function storesUnderTest(prefix: string, max = 4) {
  const url = process.env.DATABASE_URL;
  const pglite = await PGlite.create();
  const pool = url === undefined ? undefined : new pg.Pool({ connectionString: url, max });
  const schemas: string[] = [];
  afterAll(async () => {
    await pglite.close();
    for (const schema of schemas) await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool?.end();
  });
  const name = () => {
    const schema = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    schemas.push(schema);
    return schema;
  };
  const stores: [string, () => PostgresStore][] = [
    ['PGlite', () => createPGliteStore({ pglite, schema: name() })],
    ...(pool === undefined
      ? []
      : [['PostgreSQL', () => createPostgresStore({ pool, schema: name() })] as [string, () => PostgresStore]]),
  ];
  return { pglite, pool, name, stores };
}
