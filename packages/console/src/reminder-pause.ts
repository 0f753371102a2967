import type { Invoice } from '@cobro/core';

/**
 * The runtime has no pause of its own yet, so the console pauses reminders through what the model offers: an open
 * `dispute`, which the planner and the contact gate already honour (nothing is planned or sent while it is open).
 * This metadata key marks the dispute as the console's pause, so resuming never closes a customer's real dispute.
 */
export const pausedByMetadataKey = 'cobro.console.paused-by';

/** Who paused the invoice's reminders from the console, or `undefined` when they are not paused. */
export function pausedBy(invoice: Invoice): string | undefined {
  const by = invoice.metadata?.[pausedByMetadataKey];
  return by !== undefined && invoice.dispute !== undefined && invoice.dispute.resolvedAt === undefined ? by : undefined;
}

/** True when a dispute the customer raised (not a console pause) is open. */
export function hasCustomerDispute(invoice: Invoice): boolean {
  return invoice.dispute !== undefined && invoice.dispute.resolvedAt === undefined && pausedBy(invoice) === undefined;
}

/** The invoice with its reminders paused by `viewer` at `at`. */
export function pauseReminders(invoice: Invoice, viewer: string, at: string): Invoice {
  return {
    ...invoice,
    dispute: { openedAt: at, reason: `Reminders paused from the console by ${viewer}` },
    metadata: { ...invoice.metadata, [pausedByMetadataKey]: viewer },
  };
}

/** The invoice with the console's pause lifted (the pause is removed, not kept as a resolved dispute). */
export function resumeReminders(invoice: Invoice): Invoice {
  const { dispute: _dispute, metadata, ...rest } = invoice;
  const { [pausedByMetadataKey]: _by, ...others } = metadata ?? {};
  return { ...rest, ...(Object.keys(others).length > 0 ? { metadata: others } : {}) };
}
