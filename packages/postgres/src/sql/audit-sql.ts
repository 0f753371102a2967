import { iso } from './sql-fragments';

/** @internal An audit row as the JSON of a `BillingStoreV1AuditEntry`. */
export const auditJson = (a: string) => `(jsonb_strip_nulls(jsonb_build_object(
  'sequence', ${a}.sequence, 'at', ${iso(`${a}.at`)}, 'actor', ${a}.actor, 'action', ${a}.action,
  'invoiceId', ${a}.invoice_id, 'customerId', ${a}.customer_id
)) || CASE WHEN ${a}.details IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('details', ${a}.details) END)`;

/**
 * @internal Appends the JSON entries (a column `e`) of `rows`, a `FROM … ORDER BY …` clause, numbered by the table's
 * identity in that order (no lock beyond the table's ROW EXCLUSIVE; see `listAuditSql`). Yields the appended rows as
 * `appended`.
 */
export const insertAudit = (s: string, rows: string) => `appended AS (
  INSERT INTO ${s}.audit (at, actor, action, invoice_id, customer_id, details)
  SELECT (e->>'at')::timestamptz, e->>'actor', e->>'action', e->>'invoiceId', e->>'customerId', e->'details'
  ${rows}
  RETURNING *
)`;

/** @internal `insertAudit` of the entries of one JSON array (`json`) in its order, when `gate` holds. */
export const insertAuditFromJson = (s: string, json: string, gate = 'true') =>
  insertAudit(s, `FROM jsonb_array_elements(${json}) WITH ORDINALITY AS x(e, n) WHERE ${gate} ORDER BY n`);

/** @internal `appendAudit`. */
export const appendAuditSql = (s: string) =>
  `WITH ${insertAuditFromJson(s, '$1::jsonb')} SELECT ${auditJson('appended')} AS entry FROM appended`;

/**
 * @internal Run before `listAuditSql` in the same transaction: waits for every append in flight, so no number below
 * one the reader sees can still commit. SHARE conflicts with appends (ROW EXCLUSIVE), not with other readers.
 */
export const lockAuditSql = (s: string) => `LOCK TABLE ${s}.audit IN SHARE MODE`;

/** @internal `listAudit`: in sequence order. */
export const listAuditSql = (s: string) => `SELECT ${auditJson('a')} AS entry FROM ${s}.audit a
WHERE ($1::text IS NULL OR a.invoice_id = $1) AND ($2::text IS NULL OR a.customer_id = $2)
  AND ($3::bigint IS NULL OR a.sequence > $3::bigint)
ORDER BY a.sequence
LIMIT $4`;
