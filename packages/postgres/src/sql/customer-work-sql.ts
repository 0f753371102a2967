import { invoiceColumns } from './invoice-sql';
import { outboxJson } from './outbox-sql';
import { linkJson } from './payment-link-sql';
import { iso } from './sql-fragments';

/**
 * @internal `getCustomerWork` in one statement (one round trip): the customer, its collectable invoices, the outbox
 * entries that make its history, their links and the last inbound instant, as JSON aggregates.
 */
export const getCustomerWorkSql = (s: string) => `WITH open_invoices AS (
  SELECT ${invoiceColumns('i')}, i.id FROM ${s}.invoices i
  WHERE i.customer_id = $1 AND i.status IN ('open', 'partially_paid')
)
SELECT c.document AS customer,
  (SELECT COALESCE(jsonb_agg(jsonb_build_object('document', oi.document, 'total_minor', oi.total_minor,
      'balance_minor', oi.balance_minor, 'overpaid_minor', oi.overpaid_minor) ORDER BY oi.id), '[]'::jsonb)
    FROM open_invoices oi) AS invoices,
  (SELECT COALESCE(jsonb_agg(${outboxJson('o')} ORDER BY o.created_at, o.key), '[]'::jsonb)
    FROM ${s}.outbox o
    WHERE o.customer_id = $1 AND (o.state NOT IN ('sent', 'failed') OR o.created_at >= $2::timestamptz
      OR o.updated_at >= $2::timestamptz OR o.invoice_id IN (SELECT id FROM open_invoices))) AS outbox,
  (SELECT COALESCE(jsonb_agg(${linkJson('l')} ORDER BY l.created_at, l.provider, l.link_id), '[]'::jsonb)
    FROM ${s}.payment_links l WHERE l.invoice_id IN (SELECT id FROM open_invoices)) AS links,
  (SELECT ${iso('n.last_at')} FROM ${s}.inbound n WHERE n.customer_id = $1) AS last_inbound_at
FROM ${s}.customers c WHERE c.id = $1`;

/**
 * @internal `getCustomersWork`: `getCustomerWork`'s statement for each id of `$1` (a text array) in one round trip,
 * in the ids' order, `n` numbering them from 1; ids with no customer yield no row.
 */
export const getCustomersWorkSql = (s: string) => `SELECT ids.n::int AS n, work.*
FROM unnest($1::text[]) WITH ORDINALITY AS ids(id, n)
CROSS JOIN LATERAL (${getCustomerWorkSql(s).replaceAll('$1', 'ids.id')}) AS work
ORDER BY ids.n`;
