import { lowerDue } from './outbox-sql';
import { iso, limitToLength } from './sql-fragments';

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
 * @internal `reserveSendSlots` (the SQL twin of `@cobro/core`'s `takeSlots`): one upsert under the row lock; returns
 * the first slot (text, a bigint). `$2` is where slots may start (`fromMicros` or `nowMicros`), `$3` the count, `$4`
 * the spacing, `$5` now and `$6` the rate per second (NULL: no window check, no log). The first slot is the latest of
 * `$2`, the next free slot, and one second after the slots `$6` places before these could go; the log keeps only what
 * a later call can look back to, and a reservation on time that continues its last entry's grid extends that entry.
 */
export const reserveSendSlotsSql = (s: string) => `INSERT INTO ${s}.send_slots AS r
  (key, next_free_micros, taken, log_starts, log_ends, log_firsts, log_nows)
VALUES ($1, $2::bigint + $3::bigint * $4::bigint, $3::bigint,
  CASE WHEN $6::bigint IS NULL THEN '{}' ELSE ARRAY[1::bigint] END,
  CASE WHEN $6::bigint IS NULL THEN '{}' ELSE ARRAY[$3::bigint] END,
  CASE WHEN $6::bigint IS NULL THEN '{}' ELSE ARRAY[$2::bigint] END,
  CASE WHEN $6::bigint IS NULL THEN '{}' ELSE ARRAY[$5::bigint] END)
ON CONFLICT (key) DO UPDATE SET (next_free_micros, taken, log_starts, log_ends, log_firsts, log_nows) = (
  SELECT f.first + $3::bigint * $4::bigint, r.taken + $3::bigint,
    CASE WHEN $6::bigint IS NULL THEN '{}' WHEN m.merge THEN r.log_starts[d.dropped + 1:]
      ELSE r.log_starts[d.dropped + 1:] || (r.taken + 1) END,
    CASE WHEN $6::bigint IS NULL THEN '{}'
      ELSE r.log_ends[d.dropped + 1:cardinality(r.log_ends) - m.merge::int] || (r.taken + $3::bigint) END,
    CASE WHEN $6::bigint IS NULL THEN '{}' WHEN m.merge THEN r.log_firsts[d.dropped + 1:]
      ELSE r.log_firsts[d.dropped + 1:] || f.first END,
    CASE WHEN $6::bigint IS NULL THEN '{}' WHEN m.merge THEN r.log_nows[d.dropped + 1:]
      ELSE r.log_nows[d.dropped + 1:] || $5::bigint END
  FROM (SELECT GREATEST(r.next_free_micros, $2::bigint, (
      SELECT max(GREATEST(l.first + (b.base - l.start) * $4::bigint,
        l.now - (GREATEST(l.start, b.base) - b.base) * $4::bigint)) + 1000000
      FROM unnest(r.log_starts, r.log_ends, r.log_firsts, r.log_nows) AS l(start, ends, first, now),
        (SELECT r.taken + 1 - $6::bigint AS base) AS b
      WHERE l.start <= b.base + $3::bigint - 1 AND l.ends >= b.base
    )) AS first) AS f,
  -- Entries are in slot order, so the ones no later call can look back to are a prefix: sliced off.
  (SELECT count(*)::int AS dropped FROM unnest(r.log_ends) AS e WHERE e < r.taken + $3::bigint + 1 - $6::bigint) AS d,
  -- takeSlots' merge: on time, and continuing the last kept entry (itself on time) on its grid, it extends that entry.
  LATERAL (SELECT COALESCE(d.dropped < c.n AND r.log_nows[c.n] <= r.log_firsts[c.n] AND $5::bigint <= f.first
      AND f.first = r.log_firsts[c.n] + (r.taken + 1 - r.log_starts[c.n]) * $4::bigint, false) AS merge
    FROM (SELECT cardinality(r.log_ends) AS n) AS c) AS m
)
RETURNING (r.next_free_micros - $3::bigint * $4::bigint)::text AS first_slot`;

/**
 * @internal `settleDueCustomers`: `settleDueCustomer` for each element of `$1`, a JSON array of
 * `{ customerId, owner, sequence, nextDueAt }` (sequence as text, nextDueAt null for none); returns the settled ids.
 * Customer ids are distinct (the runtime settles each claim once), so each row is updated at most once.
 */
export const settleDueCustomersSql = (s: string) => `WITH input AS (
  SELECT e->>'customerId' AS customer_id, e->>'owner' AS owner, (e->>'sequence')::bigint AS sequence,
    (e->>'nextDueAt')::timestamptz AS next_due_at
  FROM jsonb_array_elements($1::jsonb) AS e ${limitToLength('$1::jsonb')}
)
UPDATE ${s}.due_customers d SET
  due_at = CASE WHEN d.sequence = input.sequence THEN input.next_due_at ELSE LEAST(d.rearmed_at, input.next_due_at) END,
  rearmed_at = NULL, owner = NULL, lease_expires_at = NULL
FROM input WHERE d.customer_id = input.customer_id AND d.owner = input.owner
RETURNING d.customer_id`;
