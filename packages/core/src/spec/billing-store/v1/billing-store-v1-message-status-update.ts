import type { Instant } from '../../../model/time';
import type { BillingStoreV1ErrorInfo } from './billing-store-v1-error-info';
import type { BillingStoreV1MessageStatus } from './billing-store-v1-message-status';

/** Input of `BillingStoreV1.updateMessageStatus`: a delivery status reported by the channel's webhook. */
export interface BillingStoreV1MessageStatusUpdate {
  /** The channel's message id the status is about. */
  readonly channelMessageId: string;
  /** The reported status. */
  readonly status: Exclude<BillingStoreV1MessageStatus, 'queued' | 'received'>;
  /** When the channel says it happened. */
  readonly at: Instant;
  /** The channel's error, for `failed`. */
  readonly error?: BillingStoreV1ErrorInfo;
}
