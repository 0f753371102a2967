import { randomUUID } from 'node:crypto';
import type { BillingStoreV1 } from '@cobro/core';
import { runBillingStoreContract } from '@cobro/testing/vitest';
import { PGlite } from '@electric-sql/pglite';
import { afterAll } from 'vitest';
import { createPGliteStore } from '../src/index';

// One embedded database for the file (opening one takes seconds); each case gets its own schema in it.
const pglite = await PGlite.create();
afterAll(() => pglite.close());
const schemas = new WeakMap<BillingStoreV1, string>();

runBillingStoreContract({
  name: 'PGlite',
  async create() {
    const schema = `contract_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const store = createPGliteStore({ pglite, schema });
    await store.migrate();
    schemas.set(store, schema);
    return store;
  },
  async cleanup(store) {
    await pglite.exec(`DROP SCHEMA "${schemas.get(store)}" CASCADE`);
  },
});
