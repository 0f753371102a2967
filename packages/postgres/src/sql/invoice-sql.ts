/**
 * @internal An invoice row as its JSON document with the money columns (bigint) alongside as text, so they come
 * back exactly and are range-checked before they become JS numbers.
 */
export const invoiceColumns = (i: string) =>
  `${i}.document, ${i}.total_minor::text AS total_minor, ${i}.balance_minor::text AS balance_minor, ${i}.overpaid_minor::text AS overpaid_minor`;

/** @internal `getInvoice`. */
export const getInvoiceSql = (s: string) => `SELECT ${invoiceColumns('i')} FROM ${s}.invoices i WHERE i.id = $1`;

/** @internal `findInvoiceByNumber`. */
export const findInvoiceByNumberSql = (s: string) =>
  `SELECT ${invoiceColumns('i')} FROM ${s}.invoices i WHERE i.number = $1`;

/** @internal `findInvoiceByPayment`. */
export const findInvoiceByPaymentSql = (s: string) => `SELECT ${invoiceColumns('i')} FROM ${s}.invoice_payments p
JOIN ${s}.invoices i ON i.id = p.invoice_id WHERE p.provider = $1 AND p.provider_payment_id = $2`;

/** @internal The stored version of an invoice, locked for the write that follows. */
export const lockInvoiceVersionSql = (s: string) => `SELECT version FROM ${s}.invoices WHERE id = $1 FOR UPDATE`;

/** @internal Inserts a new invoice (version 1); a concurrent insert of the same id is a unique violation. */
export const insertInvoiceSql = (s: string) => `INSERT INTO ${s}.invoices (id, number, customer_id, status, currency,
  issue_date, due_date, first_due_date, total_minor, balance_minor, overpaid_minor, version, document)
VALUES ($1, $2, $3, $4, $5, $6::date, $7::date, $8::date, $9::bigint, $10::bigint, $11::bigint, $12, $13::jsonb)`;

/** @internal Replaces an invoice when its version is still `$14`. */
export const updateInvoiceSql = (s: string) => `UPDATE ${s}.invoices SET number = $2, customer_id = $3, status = $4,
  currency = $5, issue_date = $6::date, due_date = $7::date, first_due_date = $8::date, total_minor = $9::bigint,
  balance_minor = $10::bigint, overpaid_minor = $11::bigint, version = $12, document = $13::jsonb
WHERE id = $1 AND version = $14`;

/** @internal Replaces the payments index of an invoice: delete, then insert from a JSON array. */
export const deleteInvoicePaymentsSql = (s: string) => `DELETE FROM ${s}.invoice_payments WHERE invoice_id = $1`;
export const insertInvoicePaymentsSql = (s: string) => `INSERT INTO ${s}.invoice_payments
  (provider, provider_payment_id, invoice_id, amount_minor)
SELECT p->>'provider', p->>'providerPaymentId', $1, (p->>'amountMinor')::bigint
FROM jsonb_array_elements($2::jsonb) AS p`;

/** @internal `listInvoices`: keyset paging by id, every filter optional. */
export const listInvoicesSql = (s: string) => `SELECT ${invoiceColumns('i')} FROM ${s}.invoices i
WHERE ($1::text IS NULL OR i.customer_id = $1) AND ($2::text[] IS NULL OR i.status = ANY($2::text[]))
  AND ($3::date IS NULL OR i.first_due_date <= $3::date) AND ($4::text IS NULL OR i.id > $4)
ORDER BY i.id
LIMIT $5`;
