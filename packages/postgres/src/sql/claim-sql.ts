/** @internal `claim`: free, expired, or already ours (extended); never a completed key. */
export const claimSql = (s: string) => `INSERT INTO ${s}.claims AS c (key, owner, lease_expires_at)
VALUES ($1, $2, $4::timestamptz)
ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, lease_expires_at = excluded.lease_expires_at
WHERE NOT c.completed AND (c.owner = excluded.owner OR c.lease_expires_at <= $3::timestamptz)
RETURNING c.key`;

/** @internal `release`. */
export const releaseSql = (s: string) =>
  `DELETE FROM ${s}.claims WHERE key = $1 AND owner = $2 AND NOT completed RETURNING key`;

/** @internal `complete`. */
export const completeSql = (s: string) =>
  `UPDATE ${s}.claims SET completed = true WHERE key = $1 AND owner = $2 AND NOT completed RETURNING key`;
