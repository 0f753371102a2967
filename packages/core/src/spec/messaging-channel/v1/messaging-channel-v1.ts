import type { Instant } from '../../../model/time';
import type { PaymentProviderV1WebhookRequest } from '../../payment-provider/v1/payment-provider-v1-webhook-event';
import type {
  MessagingChannelV1OutboundMessage,
  MessagingChannelV1SendResult,
} from './messaging-channel-v1-outbound-message';
import type { MessagingChannelV1Recipient } from './messaging-channel-v1-recipient';
import type { MessagingChannelV1WebhookEvent } from './messaging-channel-v1-webhook-event';

/**
 * The messaging channel spec, version 1: how cobro talks to customers. `@cobro/whatsapp-cloud` implements it for
 * the WhatsApp Cloud API; a business solution provider's API can too.
 */
export interface MessagingChannelV1 {
  /** The spec version this adapter implements. */
  readonly specificationVersion: 'v1';
  /** Channel id, e.g. `whatsapp-cloud`. */
  readonly channel: string;

  /**
   * Sends a message: the free-form content inside the customer service window, the template outside it.
   *
   * @throws ApiCallError (kind `outside-service-window` when the window is closed and no template was given;
   * `ambiguous` when the request may have been delivered; `rate-limited`, `undeliverable`, `template`…).
   */
  send(message: MessagingChannelV1OutboundMessage): Promise<MessagingChannelV1SendResult>;

  /**
   * Verifies a webhook's signature on the raw bytes, then parses it into events (one delivery may carry several).
   *
   * @throws WebhookVerificationError for a missing, malformed or wrong signature, or a malformed body.
   */
  parseWebhook(request: PaymentProviderV1WebhookRequest): Promise<MessagingChannelV1WebhookEvent[]>;

  /**
   * Uploads a file (an invoice PDF) to send by id as `document` or `image` content. Optional: without it, cobro sends
   * documents only by link.
   *
   * @returns the channel's media id.
   */
  uploadMedia?(media: {
    /** The file's bytes. */
    readonly bytes: Uint8Array;
    /** Its MIME type, e.g. `application/pdf`. */
    readonly mimeType: string;
    /** The file name the customer sees. */
    readonly filename: string;
  }): Promise<{
    /** The media id. */
    readonly mediaId: string;
  }>;

  /** Whether free-form messages may reach this recipient at `at`, and until when. */
  serviceWindow(
    recipient: MessagingChannelV1Recipient,
    at: Instant,
  ): {
    /** True inside the window. */
    readonly open: boolean;
    /** When it closes, if open. */
    readonly closesAt?: Instant;
  };
}
