import type { BillingStoreV1OutboxEntry, ContactAttempt, ContactKind } from '@cobro/core';

interface StoredPayload {
  readonly contactKind?: ContactKind;
  readonly invoiceIds?: readonly string[];
  readonly slotKeys?: readonly string[];
  readonly messageKey?: string;
  readonly text?: string;
  readonly content?: {
    readonly kind?: string;
    readonly buttonLabel?: string;
    readonly buttons?: readonly { label: string }[];
  };
  readonly template?: { readonly name?: string };
}

/** An outbox entry's payload as the runtime stores it (read defensively: the console only displays it). */
export function payloadOf(entry: BillingStoreV1OutboxEntry): StoredPayload {
  return typeof entry.payload === 'object' && entry.payload !== null && !Array.isArray(entry.payload)
    ? (entry.payload as StoredPayload)
    : {};
}

/**
 * A customer's contact history as the runtime builds it (from the outbox, which every send goes through): sends not
 * yet made count at the instant they may go out, failed ones do not count.
 */
export function contactHistory(entries: readonly BillingStoreV1OutboxEntry[]): ContactAttempt[] {
  return entries
    .filter((entry) => entry.state !== 'failed')
    .map((entry) => {
      const payload = payloadOf(entry);
      return {
        at: entry.sentAt ?? entry.notBefore ?? entry.createdAt,
        customerId: entry.customerId,
        invoiceIds: payload.invoiceIds ?? [entry.invoiceId],
        kind: payload.contactKind ?? 'reminder',
        ...(payload.slotKeys ? { slotKeys: payload.slotKeys } : {}),
      };
    });
}
