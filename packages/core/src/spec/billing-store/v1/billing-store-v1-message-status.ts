/**
 * Where a logged message is. Outbound: `queued → sent → delivered → read`, or `failed`; statuses only move forward
 * (a late `delivered` after `read` is ignored), and `failed` may follow `queued`, `sent` or `delivered`
 * (WhatsApp reports undeliverable messages after accepting them). Inbound messages are `received`.
 */
export type BillingStoreV1MessageStatus = 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'received';
