import { randomUUID } from 'node:crypto';
import type { BillingStoreV1 } from '@cobro/core';
import { runBillingStoreContract } from '@cobro/testing/vitest';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { createPostgresStore } from '../src/index';

const url = process.env.DATABASE_URL;

if (url === undefined) {
  describe('BillingStoreV1 contract: PostgreSQL server', () => {
    it.skip('needs DATABASE_URL (.ci/run sets it; `pnpm test` runs the same contract on PGlite)', () => {});
  });
} else {
  // Each case in its own schema of the one database, so this file runs beside the others.
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  afterAll(() => pool.end());
  const schemas = new WeakMap<BillingStoreV1, string>();
  runBillingStoreContract({
    name: 'PostgreSQL server',
    async create() {
      const schema = `contract_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      const store = createPostgresStore({ pool, schema });
      await store.migrate();
      schemas.set(store, schema);
      return store;
    },
    async cleanup(store) {
      await pool.query(`DROP SCHEMA "${schemas.get(store)}" CASCADE`);
    },
  });
}
