import type { Pool, PoolClient, QueryConfig } from 'pg';
import { type SqlDriver, type SqlQueryable, textTypeOids } from './sql-driver';

/** Options for a node-postgres driver: a pool the app owns, or a connection string the store opens a pool for. */
export type PgDriverOptions = { readonly pool: Pool } | { readonly connectionString: string; readonly max?: number };

const identity = (value: string) => value;

async function loadPg(): Promise<typeof import('pg')> {
  try {
    const loaded = await import('pg');
    return (loaded as unknown as { default?: typeof import('pg') }).default ?? loaded;
  } catch (cause) {
    throw new Error('createPostgresStore needs the `pg` package: install it next to @cobro/postgres.', { cause });
  }
}

/** @internal A driver over a node-postgres pool, with per-query type parsers (a borrowed pool keeps its own). */
export async function createPgDriver(options: PgDriverOptions, onQuery: () => void): Promise<SqlDriver> {
  const pg = await loadPg();
  const owned = !('pool' in options);
  const pool: Pool =
    'pool' in options
      ? options.pool
      : new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  const types = {
    getTypeParser(oid: number, format?: string) {
      if (textTypeOids.includes(oid)) return identity;
      return pg.types.getTypeParser(oid, format as 'text');
    },
  };
  const run = async <Row>(client: Pool | PoolClient, text: string, params: readonly unknown[] = []) => {
    onQuery();
    const config: QueryConfig = { text, values: params as unknown[], types: types as QueryConfig['types'] };
    const result = await client.query(config);
    return result.rows as Row[];
  };
  return {
    query: (text, params) => run(pool, text, params),
    async exec(script) {
      onQuery();
      await pool.query(script);
    },
    async transaction(work) {
      const client = await pool.connect();
      const tx: SqlQueryable = {
        query: (text, params) => run(client, text, params),
        async exec(script) {
          onQuery();
          // No parameters: node-postgres sends it with the simple protocol, which runs several statements.
          await client.query(script);
        },
      };
      try {
        await tx.query('BEGIN');
        const result = await work(tx);
        await tx.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (owned) await pool.end();
    },
  };
}
