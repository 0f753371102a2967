import { createHash } from 'node:crypto';

/**
 * The invoice number (Invoicing) or `invoice_id` (Orders) cobro gives PayPal: the invoice reference plus 8 hex digits
 * of the SHA-256 of the idempotency key. PayPal refuses a second invoice with the same number
 * (`DUPLICATE_INVOICE_NUMBER`), so the same key can never make two invoices, even across processes, while a new key
 * (a rotated link) gets a new number. Kept within 25 characters when the reference allows, because
 * `search-invoices` matches `invoice_number` only up to 25.
 */
export function payPalInvoiceNumber(invoiceReference: string, idempotencyKey: string): string {
  const suffix = createHash('sha256').update(idempotencyKey, 'utf8').digest('hex').slice(0, 8);
  return `${invoiceReference.slice(0, 127 - suffix.length - 1)}-${suffix}`;
}

/**
 * A `PayPal-Request-Id` (at most 108 characters, as the spec says) derived from cobro's idempotency key and the
 * operation, so the create, capture and refund of one key never collide. Keys that fit are kept readable; longer ones
 * are hashed.
 */
export function payPalRequestId(operation: string, idempotencyKey: string): string {
  const readable = `cobro-${operation}-${idempotencyKey}`;
  if (readable.length <= 108) return readable;
  return `cobro-${operation}-${createHash('sha256').update(idempotencyKey, 'utf8').digest('hex')}`;
}
