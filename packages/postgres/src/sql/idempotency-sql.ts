import { iso } from './sql-fragments';

const recordJson = (
  k: string,
) => `jsonb_strip_nulls(jsonb_build_object('key', ${k}.key, 'createdAt', ${iso(`${k}.created_at`)},
  'expiresAt', ${iso(`${k}.expires_at`)})) || jsonb_build_object('result', ${k}.result)`;

/**
 * @internal `rememberIdempotencyKey`: inserts, or takes over an expired key; otherwise returns the live record.
 * `stored` tells which. `$4` is the expiry (NULL for never).
 */
export const rememberIdempotencyKeySql = (s: string) => `WITH written AS (
  INSERT INTO ${s}.idempotency_keys AS k (key, result, created_at, expires_at)
  VALUES ($1, $2::jsonb, $3::timestamptz, $4::timestamptz)
  ON CONFLICT (key) DO UPDATE SET result = excluded.result, created_at = excluded.created_at,
    expires_at = excluded.expires_at
  WHERE k.expires_at IS NOT NULL AND k.expires_at <= $3::timestamptz
  RETURNING k.*
)
SELECT true AS stored, ${recordJson('written')} AS record FROM written
UNION ALL
SELECT false AS stored, ${recordJson('k')} AS record FROM ${s}.idempotency_keys k
WHERE k.key = $1 AND NOT EXISTS (SELECT 1 FROM written)`;

/** @internal `recallIdempotencyKey`. */
export const recallIdempotencyKeySql = (s: string) => `SELECT ${recordJson('k')} AS record FROM ${s}.idempotency_keys k
WHERE k.key = $1 AND (k.expires_at IS NULL OR k.expires_at > $2::timestamptz)`;
