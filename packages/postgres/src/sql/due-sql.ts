import { lowerDue } from './outbox-sql';
import { iso } from './sql-fragments';

/** @internal `markCustomerDue`. */
export const markCustomerDueSql = (s: string) => lowerDue(s, 'SELECT $1::text AS customer_id, $2::timestamptz AS at');

/**
 * @internal `claimDueCustomers`: the earliest due customers no other worker holds, locked with SKIP LOCKED so concurrent
 * workers take disjoint pages, leased to `$2` until `$4`. The sequence is returned as text (a bigint). The update finds
 * the page by key (`= ANY` of an array): a join let the planner hash the whole table for each page.
 */
export const claimDueCustomersSql = (s: string) => `WITH picked AS (
  SELECT customer_id FROM ${s}.due_customers
  WHERE due_at <= $1::timestamptz AND (owner IS NULL OR owner = $2 OR lease_expires_at <= $1::timestamptz)
    AND ($5::text[] IS NULL OR customer_id = ANY($5::text[]))
  ORDER BY due_at, customer_id
  LIMIT $3
  FOR UPDATE SKIP LOCKED
)
UPDATE ${s}.due_customers d SET owner = $2, lease_expires_at = $4::timestamptz, rearmed_at = NULL
WHERE d.customer_id = ANY(ARRAY(SELECT customer_id FROM picked))
RETURNING d.customer_id, ${iso('d.due_at')} AS due_at, d.sequence::text AS sequence, d.due_at AS due_order`;

/**
 * @internal `settleDueCustomer`: the runtime's next instant, or, when a write moved the sequence since the claim, the
 * earlier of it and what that write asked for. Releases the lease.
 */
export const settleDueCustomerSql = (s: string) => `UPDATE ${s}.due_customers d SET
  due_at = CASE WHEN d.sequence = $3::bigint THEN $4::timestamptz ELSE LEAST(d.rearmed_at, $4::timestamptz) END,
  rearmed_at = NULL, owner = NULL, lease_expires_at = NULL
WHERE d.customer_id = $1 AND d.owner = $2
RETURNING d.customer_id`;

/** @internal `recordInbound`: keeps the latest instant. */
export const recordInboundSql = (
  s: string,
) => `INSERT INTO ${s}.inbound AS i (customer_id, last_at) VALUES ($1, $2::timestamptz)
ON CONFLICT (customer_id) DO UPDATE SET last_at = GREATEST(i.last_at, excluded.last_at)`;

/**
 * @internal `reserveSendSlots`: one upsert under the row lock; returns the first slot (text, a bigint). The new row
 * starts at `nowMicros`; an existing one at the later of its next free slot and `nowMicros`.
 */
export const reserveSendSlotsSql = (s: string) => `INSERT INTO ${s}.send_slots AS r (key, next_free_micros)
VALUES ($1, $2::bigint + $3::bigint * $4::bigint)
ON CONFLICT (key) DO UPDATE SET
  next_free_micros = GREATEST(r.next_free_micros, $2::bigint) + $3::bigint * $4::bigint
RETURNING (r.next_free_micros - $3::bigint * $4::bigint)::text AS first_slot`;

/**
 * @internal `settleDueCustomers`: `settleDueCustomer` for each element of `$1`, a JSON array of
 * `{ customerId, owner, sequence, nextDueAt }` (sequence as text, nextDueAt null for none); returns the settled ids.
 * Customer ids are distinct (the runtime settles each claim once), so each row is updated at most once.
 */
export const settleDueCustomersSql = (s: string) => `WITH input AS (
  SELECT e->>'customerId' AS customer_id, e->>'owner' AS owner, (e->>'sequence')::bigint AS sequence,
    (e->>'nextDueAt')::timestamptz AS next_due_at
  FROM jsonb_array_elements($1::jsonb) AS e
)
UPDATE ${s}.due_customers d SET
  due_at = CASE WHEN d.sequence = input.sequence THEN input.next_due_at ELSE LEAST(d.rearmed_at, input.next_due_at) END,
  rearmed_at = NULL, owner = NULL, lease_expires_at = NULL
FROM input WHERE d.customer_id = input.customer_id AND d.owner = input.owner
RETURNING d.customer_id`;
