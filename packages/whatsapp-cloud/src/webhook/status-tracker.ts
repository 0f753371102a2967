import type { MessagingChannelV1WebhookEvent } from '@cobro/core';

const rank = { sent: 1, delivered: 2, read: 3, played: 4, failed: 5 } as const;

/** Drops repeated and backward message statuses: WhatsApp redelivers webhooks and sends statuses out of order. */
export interface WhatsAppStatusTracker {
  /** The events worth acting on: every non-status event, and each status only when it moves its message forward. */
  accept(events: readonly MessagingChannelV1WebhookEvent[]): MessagingChannelV1WebhookEvent[];
}

/**
 * Creates an in-memory status tracker remembering the latest status of up to `capacity` messages (oldest forgotten
 * first). `read` after `delivered` passes; `delivered` after `read`, or the same status twice, does not; `failed` is final.
 */
export function createWhatsAppStatusTracker(capacity = 100_000): WhatsAppStatusTracker {
  const latest = new Map<string, number>();
  return {
    accept(events) {
      return events.filter((event) => {
        if (event.type !== 'message-status') return true;
        const current = latest.get(event.messageId) ?? 0;
        const next = rank[event.status];
        if (next <= current || current === rank.failed) return false;
        latest.delete(event.messageId);
        latest.set(event.messageId, next);
        if (latest.size > capacity) latest.delete(latest.keys().next().value as string);
        return true;
      });
    },
  };
}
