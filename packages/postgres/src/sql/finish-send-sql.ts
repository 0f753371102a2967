import { insertAuditFromJson } from './audit-sql';
import { insertMessageFromJson } from './message-sql';
import { lowerDue, notHeldBy, outboxJson, outcomeParamsFrom, settleAssignments } from './outbox-sql';

const finishSql = (s: string, retry: boolean) => `WITH settled AS (
  UPDATE ${s}.outbox o SET ${settleAssignments(outcomeParamsFrom(3))}
  WHERE o.key = $1 AND o.owner = $2 AND o.state IN ('sending', 'ambiguous')
  RETURNING o.*
), ${insertMessageFromJson(s, '$8::jsonb', '$8::jsonb IS NOT NULL AND EXISTS (SELECT 1 FROM settled)')},
${insertAuditFromJson(s, '$9::jsonb', 'EXISTS (SELECT 1 FROM settled)')}${
  retry
    ? `,
due AS (
  ${lowerDue(s, notHeldBy(s, `SELECT customer_id, COALESCE(not_before, updated_at) AS at FROM settled AS lowering WHERE state = 'pending'`, '$2'))}
)`
    : ''
}
SELECT ${outboxJson('settled')} AS entry FROM settled`;

/**
 * @internal `finishOutboxSend` in one statement, for an outcome other than `pending`: settles the entry if `$2` holds
 * it (sending, or ambiguous after recovery), and only then logs the message (`$8`, JSON or NULL) and appends the
 * audit entries (`$9`, a JSON array). One statement is one transaction: all of it or none.
 */
export const finishOutboxSendSql = (s: string) => finishSql(s, false);

/**
 * @internal `finishOutboxSendSql` for a `pending` outcome (a retry), which also lowers the customer's due instant. A
 * statement of its own: every table a statement writes costs each execution, and sends are rarely retries.
 */
export const finishOutboxRetrySql = (s: string) => finishSql(s, true);

/**
 * @internal `resolveOutbox`: an ambiguous or failed entry settled from outside, or a sending one proven sent (its
 * worker's late answer then finds it settled); a retry lowers the due instant.
 */
export const resolveOutboxSql = (s: string) => `WITH settled AS (
  UPDATE ${s}.outbox o SET ${settleAssignments(outcomeParamsFrom(2))}
  WHERE o.key = $1 AND (o.state IN ('ambiguous', 'failed') OR (o.state = 'sending' AND $2::text = 'sent'))
  RETURNING o.*
), due AS (
  ${lowerDue(s, `SELECT customer_id, COALESCE(not_before, updated_at) AS at FROM settled WHERE state = 'pending'`)}
)
SELECT ${outboxJson('settled')} AS entry FROM settled`;
