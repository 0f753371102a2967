import { insertAudit } from './audit-sql';
import { insertMessages } from './message-sql';
import { outboxJson, settleAssignments } from './outbox-sql';
import { limitToLength } from './sql-fragments';

/**
 * @internal Several `enqueueOutbox` calls with `begin` for entries due now, in one statement: `$1` is a JSON array of
 * `{ key, invoiceId, stage, customerId, payload, at, notBefore, owner, leaseExpiresAt }`. Inserted in key order (two
 * batches that share keys lock them in the same order). Yields each input's position `n`: with `created` and no
 * entry for one inserted `sending` (the caller has every value of it), or the entry already there; an input found
 * neither way (a concurrent insert committed after the statement's snapshot) yields no row.
 */
export const enqueueTakenOutboxBatchSql = (s: string) => `WITH input AS (
  SELECT x.n::int AS n, x.i->>'key' AS key, x.i->>'invoiceId' AS invoice_id, x.i->>'stage' AS stage,
    x.i->>'customerId' AS customer_id, x.i->'payload' AS payload, (x.i->>'at')::timestamptz AS at,
    (x.i->>'notBefore')::timestamptz AS not_before, x.i->>'owner' AS owner,
    (x.i->>'leaseExpiresAt')::timestamptz AS lease_expires_at
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(i, n)
  ${limitToLength('$1::jsonb')}
), inserted AS (
  INSERT INTO ${s}.outbox AS o (key, invoice_id, stage, customer_id, state, payload, attempts, created_at, updated_at,
    not_before, owner, lease_expires_at)
  SELECT key, invoice_id, stage, customer_id, 'sending', payload, 1, at, at, not_before, owner, lease_expires_at
  FROM input ORDER BY key
  ON CONFLICT (key) DO NOTHING
  RETURNING o.key
)
SELECT input.n, NULL::jsonb AS entry, true AS created FROM inserted JOIN input ON input.key = inserted.key
UNION ALL
SELECT input.n, ${outboxJson('o')} AS entry, false AS created FROM input JOIN ${s}.outbox o ON o.key = input.key
WHERE NOT EXISTS (SELECT 1 FROM inserted WHERE inserted.key = input.key)`;

/**
 * @internal Several `finishOutboxSend` calls with outcomes other than `pending`, in one statement and so one
 * transaction: `$1` is a JSON array of `{ key, owner, state, at, error, channelMessageId, message, audit }`. Each
 * entry is settled if its owner holds it, and only then its message logged and its audit entries appended (in input
 * order, then each call's order). Yields each settled input's position `n` with its entry.
 */
export const finishOutboxSendBatchSql = (s: string) => `WITH input AS (
  SELECT x.n::int AS n, x.i->>'key' AS key, x.i->>'owner' AS owner, x.i->>'state' AS state,
    (x.i->>'at')::timestamptz AS at, NULLIF(x.i->'error', 'null') AS error, x.i->>'channelMessageId' AS channel_message_id,
    x.i->'message' AS message, x.i->'audit' AS audit
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(i, n)
  ORDER BY key ${limitToLength('$1::jsonb')}
), settled AS (
  UPDATE ${s}.outbox o SET ${settleAssignments({
    state: 'input.state',
    at: 'input.at',
    notBefore: 'NULL::timestamptz',
    error: 'input.error',
    channelMessageId: 'input.channel_message_id',
  })}
  FROM input WHERE o.key = input.key AND o.owner = input.owner AND o.state IN ('sending', 'ambiguous')
  RETURNING o.*, input.n, input.message, input.audit
), ${insertMessages(s, `SELECT message AS j FROM settled WHERE jsonb_typeof(message) = 'object'`)},
${insertAudit(s, 'FROM settled, jsonb_array_elements(settled.audit) WITH ORDINALITY AS x(e, m) ORDER BY settled.n, x.m')}
SELECT settled.n, ${outboxJson('settled')} AS entry FROM settled`;
