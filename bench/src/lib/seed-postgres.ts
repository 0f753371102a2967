import type { Customer, Invoice } from '@cobro/core';
import type pg from 'pg';

/**
 * Fills a migrated @cobro/postgres schema with `count` customers and invoices in a few set-based statements (a
 * million `putInvoice` calls would take the better part of an hour): each row is the template's JSON with its id,
 * number, customer and dates replaced, and the due index row the store's own writes would have made. The first
 * `due` customers are due at `dueAt`, the rest at `laterAt`.
 */
export async function seedPostgres(
  pool: pg.Pool,
  schema: string,
  templates: { customer: Customer; dueInvoice: Invoice; laterInvoice: Invoice },
  counts: { count: number; due: number },
  instants: { dueAt: string; laterAt: string },
): Promise<void> {
  const s = `"${schema}"`;
  const batch = 100_000;
  for (let from = 0; from < counts.count; from += batch) {
    const to = Math.min(counts.count, from + batch) - 1;
    await pool.query(
      `INSERT INTO ${s}.customers (id, phone, whatsapp_user_id, document)
       SELECT 'cus_' || i, '+52155' || lpad(i::text, 8, '0'), NULL,
         $1::jsonb || jsonb_build_object('id', 'cus_' || i, 'phone', '+52155' || lpad(i::text, 8, '0'))
       FROM generate_series($2::int, $3::int) AS i`,
      [JSON.stringify(templates.customer), from, to],
    );
    await pool.query(
      `INSERT INTO ${s}.invoices (id, number, customer_id, status, currency, issue_date, due_date, first_due_date,
         total_minor, balance_minor, overpaid_minor, version, document)
       SELECT 'inv_' || i, 'F-' || i, 'cus_' || i, 'open', t.doc->>'currency', (t.doc->>'issueDate')::date,
         (t.doc->>'dueDate')::date, (t.doc->>'dueDate')::date, (t.doc->'totals'->'total'->>'amountMinor')::bigint,
         (t.doc->'balance'->>'amountMinor')::bigint, 0, 1,
         t.doc || jsonb_build_object('id', 'inv_' || i, 'number', 'F-' || i, 'customerId', 'cus_' || i, 'version', 1)
       FROM generate_series($3::int, $4::int) AS i
       CROSS JOIN LATERAL (SELECT CASE WHEN i < $5 THEN $1::jsonb ELSE $2::jsonb END AS doc) AS t`,
      [JSON.stringify(templates.dueInvoice), JSON.stringify(templates.laterInvoice), from, to, counts.due],
    );
    await pool.query(
      `INSERT INTO ${s}.due_customers (customer_id, due_at, sequence)
       SELECT 'cus_' || i, CASE WHEN i < $3 THEN $4::timestamptz ELSE $5::timestamptz END, 1
       FROM generate_series($1::int, $2::int) AS i`,
      [from, to, counts.due, instants.dueAt, instants.laterAt],
    );
  }
  await pool.query(`ANALYZE ${s}.customers, ${s}.invoices, ${s}.due_customers`);
}
