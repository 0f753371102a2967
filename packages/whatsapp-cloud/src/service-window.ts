import type { Instant, MessagingChannelV1Recipient } from '@cobro/core';

const windowMs = 24 * 60 * 60 * 1000;

/** Remembers each customer's last inbound message: the 24-hour customer service window opens (again) with each one. */
export interface ServiceWindowTracker {
  /** Records an inbound message. */
  inbound(from: MessagingChannelV1Recipient, at: Instant): void;
  /** Closes the window (WhatsApp answered 131047: it knows better). */
  close(recipient: MessagingChannelV1Recipient): void;
  /** Whether free-form messages may go out at `at`, and until when. */
  state(
    recipient: MessagingChannelV1Recipient,
    at: Instant,
  ): {
    /** True inside the window. */
    readonly open: boolean;
    /** When it closes, if open. */
    readonly closesAt?: Instant;
  };
}

const keysOf = (recipient: MessagingChannelV1Recipient) =>
  [
    recipient.userId && `user:${recipient.userId}`,
    recipient.phone && `phone:${recipient.phone.replace(/^\+/, '')}`,
  ].filter((key): key is string => typeof key === 'string' && key.length > 0);

/** Creates an in-memory service window tracker (one process; feed it every inbound webhook). */
export function createServiceWindowTracker(): ServiceWindowTracker {
  const lastInbound = new Map<string, number>();
  return {
    inbound(from, at) {
      const time = Date.parse(at);
      for (const key of keysOf(from)) if ((lastInbound.get(key) ?? 0) < time) lastInbound.set(key, time);
    },
    close(recipient) {
      for (const key of keysOf(recipient)) lastInbound.delete(key);
    },
    state(recipient, at) {
      const last = Math.max(0, ...keysOf(recipient).map((key) => lastInbound.get(key) ?? 0));
      const closes = last + windowMs;
      return last > 0 && Date.parse(at) < closes
        ? { open: true, closesAt: new Date(closes).toISOString() }
        : { open: false };
    },
  };
}
