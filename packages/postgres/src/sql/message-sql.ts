import { iso } from './sql-fragments';

/** @internal A message row as the JSON of a `BillingStoreV1MessageRecord` (details joined after stripping nulls). */
export const messageJson = (m: string) => `(jsonb_strip_nulls(jsonb_build_object(
  'id', ${m}.id, 'direction', ${m}.direction, 'customerId', ${m}.customer_id, 'invoiceId', ${m}.invoice_id,
  'relatedInvoiceIds', to_jsonb(${m}.related_invoice_ids), 'channel', ${m}.channel,
  'channelMessageId', ${m}.channel_message_id, 'outboxKey', ${m}.outbox_key, 'kind', ${m}.kind,
  'messageKey', ${m}.message_key, 'stage', ${m}.stage, 'status', ${m}.status, 'createdAt', ${iso(`${m}.created_at`)},
  'statusAt', ${iso(`${m}.status_at`)}, 'error', ${m}.error, 'text', ${m}.body
)) || CASE WHEN ${m}.details IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('details', ${m}.details) END)`;

/**
 * @internal True when a status may replace another (forward only; `failed` after anything but `read`; nothing
 * after `received` or `failed`): the SQL twin of the rule in `BillingStoreV1MessageStatus`.
 */
export const statusMoves = (
  from: string,
  to: string,
) => `(${from} NOT IN ('received', 'failed') AND ${from} <> ${to} AND
  CASE WHEN ${to} = 'failed' THEN ${from} <> 'read'
  ELSE array_position(ARRAY['queued','sent','delivered','read'], ${to}) > array_position(ARRAY['queued','sent','delivered','read'], ${from}) END)`;

/**
 * @internal Inserts the messages `source` yields as JSON (a column `j`), unless an id or channel message id is
 * logged; a status kept for a channel message id is applied and consumed. Adds the CTEs `incoming`, `early` and
 * `logged`.
 */
export const insertMessages = (s: string, source: string) => `incoming AS (
  ${source}
), early AS (
  DELETE FROM ${s}.early_statuses e USING incoming i WHERE e.channel_message_id = i.j->>'channelMessageId'
    AND NOT EXISTS (SELECT 1 FROM ${s}.messages m WHERE m.id = i.j->>'id' OR m.channel_message_id = e.channel_message_id)
  RETURNING e.*
), logged AS (
  INSERT INTO ${s}.messages (id, direction, customer_id, invoice_id, related_invoice_ids, channel, channel_message_id,
    outbox_key, kind, message_key, stage, status, created_at, status_at, error, body, details)
  SELECT j->>'id', j->>'direction', j->>'customerId', j->>'invoiceId',
    CASE WHEN j ? 'relatedInvoiceIds' THEN ARRAY(SELECT jsonb_array_elements_text(j->'relatedInvoiceIds')) END,
    j->>'channel', j->>'channelMessageId', j->>'outboxKey', j->>'kind', j->>'messageKey', j->>'stage',
    CASE WHEN early.status IS NOT NULL AND ${statusMoves("j->>'status'", 'early.status')} THEN early.status ELSE j->>'status' END,
    (j->>'createdAt')::timestamptz,
    CASE WHEN early.status IS NOT NULL AND ${statusMoves("j->>'status'", 'early.status')} THEN early.status_at ELSE (j->>'statusAt')::timestamptz END,
    CASE WHEN early.status IS NOT NULL AND ${statusMoves("j->>'status'", 'early.status')} AND early.error IS NOT NULL THEN early.error ELSE j->'error' END,
    j->>'text', j->'details'
  FROM incoming LEFT JOIN early ON early.channel_message_id = incoming.j->>'channelMessageId'
  ON CONFLICT DO NOTHING
  RETURNING id
)`;

/** @internal `insertMessages` of one message given as JSON (`json`), when `gate` holds. */
export const insertMessageFromJson = (s: string, json: string, gate = 'true') =>
  insertMessages(s, `SELECT (${json}) AS j WHERE ${gate}`);

/** @internal `appendMessage`. */
export const appendMessageSql = (s: string) =>
  `WITH ${insertMessageFromJson(s, '$1::jsonb')} SELECT count(*)::int AS appended FROM logged`;

/** @internal `listMessages`: every filter optional, in created order then id. */
export const listMessagesSql = (s: string) => `SELECT ${messageJson('m')} AS message FROM ${s}.messages m
WHERE ($1::text IS NULL OR m.invoice_id = $1 OR $1 = ANY(m.related_invoice_ids))
  AND ($2::text IS NULL OR m.customer_id = $2) AND ($3::text IS NULL OR m.direction = $3)
  AND ($4::timestamptz IS NULL OR m.created_at >= $4::timestamptz)
  AND ($5::timestamptz IS NULL OR m.status_at >= $5::timestamptz)
  AND ($6::text[] IS NULL OR m.status = ANY($6::text[]))
ORDER BY m.created_at, m.id
LIMIT $7`;

/**
 * @internal `updateMessageStatus`: moves the logged message forward, or, when none is logged under the id, keeps
 * the status (the latest-moving one) for `appendMessage`. Returns the record after the update, when logged.
 */
export const updateMessageStatusSql = (s: string) => `WITH target AS (
  SELECT id FROM ${s}.messages WHERE channel_message_id = $1 FOR UPDATE
), moved AS (
  UPDATE ${s}.messages m SET status = $2, status_at = $3::timestamptz, error = COALESCE($4::jsonb, m.error)
  FROM target WHERE m.id = target.id AND ${statusMoves('m.status', '$2::text')}
  RETURNING m.id
), kept AS (
  INSERT INTO ${s}.early_statuses AS e (channel_message_id, status, status_at, error)
  SELECT $1, $2, $3::timestamptz, $4::jsonb WHERE NOT EXISTS (SELECT 1 FROM target)
  ON CONFLICT (channel_message_id) DO UPDATE SET status = excluded.status, status_at = excluded.status_at,
    error = excluded.error
  WHERE ${statusMoves('e.status', 'excluded.status')}
)
SELECT (SELECT count(*) FROM target)::int AS found, (SELECT count(*) FROM moved)::int AS moved`;

/** @internal A logged message by channel message id. */
export const getMessageByChannelIdSql = (s: string) =>
  `SELECT ${messageJson('m')} AS message FROM ${s}.messages m WHERE m.channel_message_id = $1`;

/** @internal `findMessageByOutboxKey`: the earliest logged. */
export const findMessageByOutboxKeySql = (s: string) =>
  `SELECT ${messageJson('m')} AS message FROM ${s}.messages m WHERE m.outbox_key = $1 ORDER BY m.created_at, m.id LIMIT 1`;
