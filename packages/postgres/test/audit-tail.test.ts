import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../src/index';

const url = process.env.DATABASE_URL;
const t0 = '2026-11-23T09:00:00.000Z';

describe.skipIf(url === undefined)('the audit log on a PostgreSQL server (DATABASE_URL)', () => {
  const pool = url === undefined ? undefined : new pg.Pool({ connectionString: url, max: 4 });
  afterAll(() => pool?.end());

  it('a reader never sees a number while a lower one can still commit', async () => {
    const db = pool as pg.Pool;
    const schema = `audit_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const store = createPostgresStore({ pool: db, schema });
    await store.migrate();
    const slow = await db.connect();
    try {
      // A writer takes number 1 and has not committed; a second append takes 2 and commits.
      await slow.query('BEGIN');
      await slow.query(
        `INSERT INTO "${schema}".audit (at, actor, action) VALUES ($1::timestamptz, 'app', 'slow') RETURNING sequence`,
        [t0],
      );
      expect((await store.appendAudit({ at: t0, actor: 'app', action: 'fast' })).sequence).toBe(2);
      let settled = false;
      const read = store.listAudit({ afterSequence: 0 }).finally(() => {
        settled = true;
      });
      // A tailer that read [2] now would move its cursor past 1 and never see it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(settled).toBe(false);
      await slow.query('COMMIT');
      expect((await read).map((entry) => [entry.sequence, entry.action])).toEqual([
        [1, 'slow'],
        [2, 'fast'],
      ]);
    } finally {
      slow.release();
      await db.query(`DROP SCHEMA "${schema}" CASCADE`);
    }
  });
});
