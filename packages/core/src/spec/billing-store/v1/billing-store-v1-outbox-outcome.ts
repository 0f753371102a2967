import type { Instant } from '../../../model/time';
import type { BillingStoreV1ErrorInfo } from './billing-store-v1-error-info';

/**
 * How a send ended, reported by the worker that held the lease (`BillingStoreV1.finishOutboxSend`) or decided later
 * (`BillingStoreV1.resolveOutbox`).
 *
 * - `sent`: the channel accepted it, with its message id;
 * - `pending`: it provably did not reach the channel (refused connection, 429, 5xx before processing): try again
 *   after `notBefore`;
 * - `ambiguous`: it may have reached the channel: never re-send automatically;
 * - `failed`: refused for good (invalid number, template rejected, outside the service window…).
 */
export type BillingStoreV1OutboxOutcome =
  | {
      /** Accepted by the channel. */
      readonly state: 'sent';
      /** The channel's message id. */
      readonly channelMessageId: string;
      /** When it was accepted. */
      readonly at: Instant;
    }
  | {
      /** Retry later. */
      readonly state: 'pending';
      /** When. */
      readonly at: Instant;
      /** Not before this instant. */
      readonly notBefore?: Instant;
      /** Why it failed this time. */
      readonly error?: BillingStoreV1ErrorInfo;
    }
  | {
      /** Unknown whether it went out, or refused for good. */
      readonly state: 'ambiguous' | 'failed';
      /** When. */
      readonly at: Instant;
      /** What happened. */
      readonly error: BillingStoreV1ErrorInfo;
    };
