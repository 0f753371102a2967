import { iso } from './sql-fragments';

/**
 * @internal An outbox row as the JSON of a `BillingStoreV1OutboxEntry`. Absent fields are stripped; the payload is
 * joined after stripping, since a payload may hold nulls of its own.
 */
export const outboxJson = (o: string) => `(jsonb_strip_nulls(jsonb_build_object(
  'key', ${o}.key, 'invoiceId', ${o}.invoice_id, 'stage', ${o}.stage, 'customerId', ${o}.customer_id,
  'state', ${o}.state, 'attempts', ${o}.attempts, 'createdAt', ${iso(`${o}.created_at`)},
  'updatedAt', ${iso(`${o}.updated_at`)}, 'notBefore', ${iso(`${o}.not_before`)}, 'owner', ${o}.owner,
  'leaseExpiresAt', ${iso(`${o}.lease_expires_at`)}, 'channelMessageId', ${o}.channel_message_id,
  'sentAt', ${iso(`${o}.sent_at`)}, 'lastError', ${o}.last_error
)) || jsonb_build_object('payload', ${o}.payload))`;

/**
 * @internal Lowers a customer's due instant to `$at` in the same statement as the write that created the work, and
 * moves its sequence on (see `due-sql.ts`). `source` is a query yielding `customer_id, at` rows.
 */
export const lowerDue = (
  s: string,
  source: string,
) => `INSERT INTO ${s}.due_customers AS d (customer_id, due_at, sequence, rearmed_at)
  SELECT customer_id, at, 1, at FROM (${source}) AS lowered
  ON CONFLICT (customer_id) DO UPDATE SET
    due_at = LEAST(d.due_at, excluded.due_at),
    rearmed_at = LEAST(d.rearmed_at, excluded.due_at),
    sequence = d.sequence + 1`;

/**
 * @internal Rows of `source` whose customer is not held by `owner` (a parameter): a drain's own writes leave the due
 * index alone, since it settles the customer with them in hand.
 */
export const notHeldBy = (s: string, source: string, owner: string) =>
  `${source} AND (${owner}::text IS NULL OR NOT EXISTS (
    SELECT 1 FROM ${s}.due_customers held WHERE held.customer_id = lowering.customer_id AND held.owner = ${owner}::text))`;

const enqueueSql = (s: string, taken: boolean) => `WITH inserted AS (
  INSERT INTO ${s}.outbox AS o (key, invoice_id, stage, customer_id, state, payload, attempts, created_at, updated_at,
    not_before, owner, lease_expires_at)
  ${
    taken
      ? `VALUES ($1, $2, $3, $4, 'sending', $5::jsonb, 1, $6::timestamptz, $6::timestamptz, $7::timestamptz, $8::text,
    $9::timestamptz)`
      : `VALUES ($1, $2, $3, $4, 'pending', $5::jsonb, 0, $6::timestamptz, $6::timestamptz, $7::timestamptz, NULL, NULL)`
  }
  ON CONFLICT (key) DO NOTHING
  RETURNING o.*
)${
  taken
    ? ''
    : `, due AS (
  ${lowerDue(s, notHeldBy(s, 'SELECT customer_id, COALESCE(not_before, created_at) AS at FROM inserted AS lowering WHERE true', '$8'))}
)`
}
SELECT ${outboxJson('inserted')} AS entry, true AS created FROM inserted
UNION ALL
SELECT ${outboxJson('o')} AS entry, false AS created FROM ${s}.outbox o
WHERE o.key = $1 AND NOT EXISTS (SELECT 1 FROM inserted)`;

/**
 * @internal `enqueueOutbox` without `begin` (or not yet due): insert-if-absent as `pending`, lowering the due index
 * only when the entry was created (unless `$8`, `claimedBy`, holds the customer).
 */
export const enqueueOutboxSql = (s: string) => enqueueSql(s, false);

/**
 * @internal `enqueueOutbox` with `begin` for an entry due now: inserted already `sending` under `$8`'s lease until
 * `$9`, in one statement. Nothing pending is created, so the due index is left alone (a statement of its own: each
 * table a statement writes costs every execution).
 */
export const enqueueTakenOutboxSql = (s: string) => enqueueSql(s, true);

/** @internal `getOutbox`. */
export const getOutboxSql = (s: string) => `SELECT ${outboxJson('o')} AS entry FROM ${s}.outbox o WHERE o.key = $1`;

/** @internal `listOutbox`: every filter optional (`$n IS NULL`), in created order then key. */
export const listOutboxSql = (s: string) => `SELECT ${outboxJson('o')} AS entry FROM ${s}.outbox o
WHERE ($1::text[] IS NULL OR o.state = ANY($1::text[]))
  AND ($2::text IS NULL OR o.invoice_id = $2)
  AND ($3::text IS NULL OR o.customer_id = $3)
ORDER BY o.created_at, o.key
LIMIT $4`;

/** @internal `beginOutboxSend`: pending and due → sending under a lease, one attempt more. */
export const beginOutboxSendSql = (s: string) => `UPDATE ${s}.outbox o SET
  state = 'sending', owner = $2, lease_expires_at = $3::timestamptz,
  attempts = o.attempts + 1, updated_at = $4::timestamptz
WHERE o.key = $1 AND o.state = 'pending' AND (o.not_before IS NULL OR o.not_before <= $4::timestamptz)
RETURNING ${outboxJson('o')} AS entry`;

/** @internal The values an outcome settles an entry with, as SQL expressions (parameters or columns). */
export interface OutcomeValues {
  readonly state: string;
  readonly at: string;
  readonly notBefore: string;
  readonly error: string;
  readonly channelMessageId: string;
}

/** @internal `OutcomeValues` as the parameters numbered from `first`, in `outcomeParams`' order. */
export const outcomeParamsFrom = (first: number): OutcomeValues => ({
  state: `$${first}::text`,
  at: `$${first + 1}::timestamptz`,
  notBefore: `$${first + 2}::timestamptz`,
  error: `$${first + 3}::jsonb`,
  channelMessageId: `$${first + 4}::text`,
});

/** @internal The assignments that settle an entry (alias `o`) with an outcome. */
export const settleAssignments = ({ state, at, notBefore, error, channelMessageId }: OutcomeValues) =>
  `state = ${state}, updated_at = ${at}, lease_expires_at = NULL,
  not_before = CASE WHEN ${state} = 'pending' THEN ${notBefore} END,
  last_error = CASE WHEN ${state} = 'sent' THEN NULL ELSE ${error} END,
  channel_message_id = CASE WHEN ${state} = 'sent' THEN ${channelMessageId} ELSE o.channel_message_id END,
  sent_at = CASE WHEN ${state} = 'sent' THEN ${at} ELSE o.sent_at END`;

/** @internal `recoverExpiredOutbox`: sending past its lease → ambiguous. */
export const recoverExpiredOutboxSql = (s: string) => `WITH expired AS (
  SELECT key FROM ${s}.outbox WHERE state = 'sending' AND lease_expires_at < $1::timestamptz
  ORDER BY key FOR UPDATE SKIP LOCKED
)
UPDATE ${s}.outbox o SET state = 'ambiguous', updated_at = $1::timestamptz, lease_expires_at = NULL, not_before = NULL,
  last_error = jsonb_build_object('code', 'lease-expired', 'message',
    'Worker ' || COALESCE(o.owner, '?') || ' held the send past its lease; it may have gone out.')
FROM expired WHERE o.key = expired.key AND o.state = 'sending'
RETURNING ${outboxJson('o')} AS entry`;
