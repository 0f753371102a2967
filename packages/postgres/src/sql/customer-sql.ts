/** @internal `getCustomer`. */
export const getCustomerSql = (s: string) => `SELECT document FROM ${s}.customers WHERE id = $1`;

/** @internal `putCustomer`: last write wins. */
export const putCustomerSql = (s: string) => `INSERT INTO ${s}.customers (id, phone, whatsapp_user_id, document)
VALUES ($1, $2, $3, $4::jsonb)
ON CONFLICT (id) DO UPDATE SET phone = excluded.phone, whatsapp_user_id = excluded.whatsapp_user_id,
  document = excluded.document`;

/** @internal `listCustomers`: keyset paging by id; phone and user id answered from their indexes. */
export const listCustomersSql = (s: string) => `SELECT document FROM ${s}.customers
WHERE ($1::text IS NULL OR phone = $1) AND ($2::text IS NULL OR whatsapp_user_id = $2)
  AND ($3::text IS NULL OR id > $3)
ORDER BY id
LIMIT $4`;
