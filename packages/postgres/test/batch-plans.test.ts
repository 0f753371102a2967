import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPGliteStore, createPostgresStore } from '../src/index';
import { settleDueCustomersSql } from '../src/sql/due-sql';
import { enqueueTakenOutboxBatchSql, finishOutboxSendBatchSql } from '../src/sql/send-batch-sql';
import { quoteIdentifier } from '../src/sql/sql-fragments';
import { storesUnderTest } from './stores-under-test';

// A batch statement must reach each row by its key, whatever the planner believes about the rest of the table. Once
// it settled a batch of sends through a scan of the outbox's state index, which after 30,000 sends held 30,000 dead
// `sending` entries: 428 buffers read per send, a third of the benchmark's CPU. Checked on the plans the server makes
// for a table in that shape, generic (what a named statement settles on) and custom (its first executions).
const { pglite, pool, name } = await storesUnderTest('plans', 1);

interface Target {
  readonly migrate: (schema: string) => Promise<unknown>;
  readonly query: (text: string) => Promise<Record<string, unknown>[]>;
}

const targets: [string, Target][] = [
  [
    'PGlite',
    {
      migrate: (schema) => createPGliteStore({ pglite, schema }).migrate(),
      query: async (text) => (await pglite.query<Record<string, unknown>>(text)).rows,
    },
  ],
  ...(pool === undefined
    ? []
    : [
        [
          'PostgreSQL',
          {
            migrate: (schema: string) => createPostgresStore({ pool, schema }).migrate(),
            query: async (text: string) => (await pool.query(text)).rows,
          },
        ] as [string, Target],
      ]),
];

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly 'Index Name'?: string;
  readonly Plans?: readonly PlanNode[];
}

/** Every scan of `table` in the plan, as `Node Type` and `Index Name`. */
function scansOf(node: PlanNode, table: string): string[] {
  const own = node['Relation Name'] === table && !/^(Update|Insert|Delete|ModifyTable)$/.test(node['Node Type']);
  return [
    ...(own ? [`${node['Node Type']} ${node['Index Name'] ?? ''}`.trim()] : []),
    ...(node.Plans ?? []).flatMap((child) => scansOf(child, table)),
  ];
}

const batch = (count: number, build: (index: number) => object) =>
  `'${JSON.stringify(Array.from({ length: count }, (_, index) => build(index)))}'`;

describe.each(targets)('batch statements on %s reach rows by key', (_, target) => {
  async function tableAfterManySends() {
    const schema = name();
    await target.migrate(schema);
    const s = quoteIdentifier(schema);
    // Every send passes through `sending`: updated rows leave their old index entries behind until vacuum.
    await target.query(`INSERT INTO ${s}.outbox (key, invoice_id, stage, customer_id, state, payload, attempts,
      created_at, updated_at, owner, lease_expires_at)
      SELECT 'key_' || i, 'inv_' || i, 'due', 'cus_' || i, 'sending', '{}', 1, now(), now(), 'w', now()
      FROM generate_series(1, 6000) AS i`);
    await target.query(`UPDATE ${s}.outbox SET state = 'sent', owner = NULL, lease_expires_at = NULL
      WHERE key NOT IN ('key_1', 'key_2', 'key_3')`);
    await target.query(`INSERT INTO ${s}.due_customers (customer_id, due_at, owner)
      SELECT 'cus_' || i, now(), CASE WHEN i <= 3 THEN 'w' END FROM generate_series(1, 6000) AS i`);
    await target.query(`ANALYZE ${s}.outbox, ${s}.due_customers`);
    return s;
  }

  async function plan(text: string, argument: string, mode: 'generic' | 'custom'): Promise<PlanNode> {
    const name = `plan_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
    await target.query(`SET plan_cache_mode = force_${mode}_plan`);
    try {
      await target.query(`PREPARE ${name}(jsonb) AS ${text}`);
      const [row] = await target.query(`EXPLAIN (FORMAT JSON) EXECUTE ${name}(${argument})`);
      await target.query(`DEALLOCATE ${name}`);
      const explained = row?.['QUERY PLAN'];
      const json = typeof explained === 'string' ? JSON.parse(explained) : explained;
      return (json as [{ Plan: PlanNode }])[0].Plan;
    } finally {
      await target.query('RESET plan_cache_mode');
    }
  }

  it.each(['generic', 'custom'] as const)('with a %s plan', async (mode) => {
    const s = await tableAfterManySends();
    const at = '2026-11-23T15:00:00.000Z';
    const finish = await plan(
      finishOutboxSendBatchSql(s),
      batch(3, (i) => ({ key: `key_${i + 1}`, owner: 'w', state: 'sent', at, error: null, message: null, audit: [] })),
      mode,
    );
    expect(scansOf(finish, 'outbox')).toEqual(['Index Scan outbox_pkey']);

    const enqueue = await plan(
      enqueueTakenOutboxBatchSql(s),
      batch(3, (i) => ({
        key: `key_${i + 4}`,
        invoiceId: `inv_${i}`,
        stage: 'due',
        customerId: `cus_${i}`,
        payload: {},
        at,
        notBefore: null,
        owner: 'w',
        leaseExpiresAt: at,
      })),
      mode,
    );
    expect(scansOf(enqueue, 'outbox')).toEqual(['Index Scan outbox_pkey']);

    const settle = await plan(
      settleDueCustomersSql(s),
      batch(3, (i) => ({ customerId: `cus_${i + 1}`, owner: 'w', sequence: '0', nextDueAt: null })),
      mode,
    );
    expect(scansOf(settle, 'due_customers')).toEqual(['Index Scan due_customers_pkey']);
  });
});
