import { iso } from './sql-fragments';

/** @internal A link row as JSON, its amount (bigint) as text for a range-checked conversion. */
export const linkJson = (l: string) => `jsonb_strip_nulls(jsonb_build_object(
  'provider', ${l}.provider, 'linkId', ${l}.link_id, 'invoiceId', ${l}.invoice_id, 'installmentId', ${l}.installment_id,
  'url', ${l}.url, 'amountMinor', ${l}.amount_minor::text, 'currency', ${l}.currency,
  'createdAt', ${iso(`${l}.created_at`)}, 'expiresAt', ${iso(`${l}.expires_at`)}, 'state', ${l}.state))`;

/** @internal `putPaymentLink`: replaces the one with the same (provider, linkId). */
export const putPaymentLinkSql = (s: string) => `INSERT INTO ${s}.payment_links (provider, link_id, invoice_id,
  installment_id, url, amount_minor, currency, created_at, expires_at, state)
VALUES ($1, $2, $3, $4, $5, $6::bigint, $7, $8::timestamptz, $9::timestamptz, $10)
ON CONFLICT (provider, link_id) DO UPDATE SET invoice_id = excluded.invoice_id,
  installment_id = excluded.installment_id, url = excluded.url, amount_minor = excluded.amount_minor,
  currency = excluded.currency, created_at = excluded.created_at, expires_at = excluded.expires_at,
  state = excluded.state`;

/** @internal `findPaymentLink`. */
export const findPaymentLinkSql = (s: string) =>
  `SELECT ${linkJson('l')} AS link FROM ${s}.payment_links l WHERE l.provider = $1 AND l.link_id = $2`;

/** @internal `listPaymentLinks`: oldest first. */
export const listPaymentLinksSql = (s: string) =>
  `SELECT ${linkJson('l')} AS link FROM ${s}.payment_links l WHERE l.invoice_id = $1 ORDER BY l.created_at, l.provider, l.link_id`;
