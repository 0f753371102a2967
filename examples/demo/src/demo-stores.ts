import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPGliteStore, createPostgresStore, type PostgresStore } from '@cobro/postgres';
import { PGlite } from '@electric-sql/pglite';

/** Where the demo's shops keep their state: one schema per shop, in one database. */
export interface DemoStores {
  /** What it runs on, for the transcript's first line. */
  readonly description: string;
  /** Opens (or, after {@link DemoStores.close}, reopens) one store per shop over the same data, migrated. */
  open(shops: number): Promise<readonly PostgresStore[]>;
  /** Closes the open stores; the data stays (a restart reopens it). */
  close(): Promise<void>;
  /** Closes and deletes what the demo created (PGlite's data directory; PostgreSQL schemas are left, named per run). */
  dispose(): Promise<void>;
}

/**
 * PostgreSQL when `databaseUrl` is given, otherwise PGlite (the embedded default) in a fresh data directory: the
 * demo's "restart" closes everything and opens the same directory again.
 */
export async function createDemoStores(databaseUrl?: string): Promise<DemoStores> {
  let open: PostgresStore[] = [];
  if (databaseUrl) {
    const run = randomUUID().slice(0, 8);
    const close = async () => {
      for (const store of open) await store.close();
      open = [];
    };
    return {
      description: `PostgreSQL (schemas cobro_demo_${run}_*)`,
      async open(shops) {
        open = Array.from({ length: shops }, (_, index) =>
          createPostgresStore({ connectionString: databaseUrl, schema: `cobro_demo_${run}_${index}`, max: 2 }),
        );
        for (const store of open) await store.migrate();
        return open;
      },
      close,
      dispose: close,
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'cobro-demo-'));
  let database: PGlite | undefined;
  const close = async () => {
    for (const store of open) await store.close();
    open = [];
    await database?.close();
    database = undefined;
  };
  return {
    description: `PGlite in ${dataDir}`,
    async open(shops) {
      database = new PGlite(dataDir);
      open = Array.from({ length: shops }, (_, index) =>
        createPGliteStore({ pglite: database as PGlite, schema: `shop_${index}` }),
      );
      for (const store of open) await store.migrate();
      return open;
    },
    close,
    async dispose() {
      await close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
