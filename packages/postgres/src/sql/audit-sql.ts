import { iso } from './sql-fragments';

/** @internal An audit row as the JSON of a `BillingStoreV1AuditEntry`. */
export const auditJson = (a: string) => `(jsonb_strip_nulls(jsonb_build_object(
  'sequence', ${a}.sequence, 'at', ${iso(`${a}.at`)}, 'actor', ${a}.actor, 'action', ${a}.action,
  'invoiceId', ${a}.invoice_id, 'customerId', ${a}.customer_id
)) || CASE WHEN ${a}.details IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('details', ${a}.details) END)`;

/**
 * @internal Appends the entries of a JSON array (`json`), numbered from the counter row taken under its lock, when
 * `gate` holds. Yields the appended rows as `appended`.
 */
export const insertAuditFromJson = (s: string, json: string, gate = 'true') => `audit_input AS (
  SELECT e, n FROM jsonb_array_elements(${json}) WITH ORDINALITY AS x(e, n) WHERE ${gate}
), counter AS (
  UPDATE ${s}.audit_counter SET last_sequence = last_sequence + (SELECT count(*) FROM audit_input)
  WHERE id = 1 AND EXISTS (SELECT 1 FROM audit_input)
  RETURNING last_sequence - (SELECT count(*) FROM audit_input) AS base
), appended AS (
  INSERT INTO ${s}.audit (sequence, at, actor, action, invoice_id, customer_id, details)
  SELECT counter.base + audit_input.n, (e->>'at')::timestamptz, e->>'actor', e->>'action', e->>'invoiceId',
    e->>'customerId', e->'details'
  FROM audit_input, counter
  RETURNING *
)`;

/** @internal `appendAudit`. */
export const appendAuditSql = (s: string) =>
  `WITH ${insertAuditFromJson(s, '$1::jsonb')} SELECT ${auditJson('appended')} AS entry FROM appended`;

/** @internal `listAudit`: in sequence order. */
export const listAuditSql = (s: string) => `SELECT ${auditJson('a')} AS entry FROM ${s}.audit a
WHERE ($1::text IS NULL OR a.invoice_id = $1) AND ($2::text IS NULL OR a.customer_id = $2)
  AND ($3::bigint IS NULL OR a.sequence > $3::bigint)
ORDER BY a.sequence
LIMIT $4`;
