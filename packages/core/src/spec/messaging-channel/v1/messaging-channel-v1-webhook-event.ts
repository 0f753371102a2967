import type { Money } from '../../../model/money';
import type { Instant } from '../../../model/time';
import type { MessagingChannelV1Recipient } from './messaging-channel-v1-recipient';

/** Who sent an inbound message. */
export interface MessagingChannelV1Sender {
  /** Phone number in E.164, when the channel reveals it. */
  readonly phone?: string;
  /** Business-scoped user id, when present. */
  readonly userId?: string;
  /** Profile name, when present. */
  readonly name?: string;
  /** The group the message was written in, when it was: cobro never answers in a group. */
  readonly groupId?: string;
}

/** Fields every event has. */
export interface MessagingChannelV1EventBase {
  /** The channel's id for the message or status (with the status, it is unique per event). */
  readonly eventId: string;
  /** When the channel says it happened. */
  readonly occurredAt: Instant;
}

/** A channel webhook, verified and normalised into one or more of these. */
export type MessagingChannelV1WebhookEvent =
  | (MessagingChannelV1EventBase & {
      /** The customer wrote text. */
      readonly type: 'inbound-text';
      /** The message id. */
      readonly messageId: string;
      /** Who wrote. */
      readonly from: MessagingChannelV1Sender;
      /** What they wrote. */
      readonly text: string;
    })
  | (MessagingChannelV1EventBase & {
      /** The customer tapped a quick-reply or list button. */
      readonly type: 'inbound-button-reply';
      /** The message id. */
      readonly messageId: string;
      /** Who tapped. */
      readonly from: MessagingChannelV1Sender;
      /** The button's id or payload. */
      readonly buttonId: string;
      /** The button's label. */
      readonly label: string;
      /** The message the button belonged to, when known. */
      readonly inReplyTo?: string;
    })
  | (MessagingChannelV1EventBase & {
      /** The customer sent media (a receipt photo, a document…). */
      readonly type: 'inbound-media';
      /** The message id. */
      readonly messageId: string;
      /** Who sent it. */
      readonly from: MessagingChannelV1Sender;
      /** Image, document, audio, video or sticker. */
      readonly mediaKind: string;
      /** The channel's media id, to download it. */
      readonly mediaId: string;
      /** Its MIME type, when given. */
      readonly mimeType?: string;
      /** Caption, when given. */
      readonly caption?: string;
    })
  | (MessagingChannelV1EventBase & {
      /** A sent message moved on. Statuses only move forward; repeats and regressions are dropped. */
      readonly type: 'message-status';
      /** The message. */
      readonly messageId: string;
      /** Where it is now. */
      readonly status: 'sent' | 'delivered' | 'read' | 'played' | 'failed';
      /** cobro's reference, echoed back. */
      readonly reference?: string;
      /** The recipient, when given. */
      readonly recipient?: MessagingChannelV1Recipient;
      /** What the channel charges for it, when it says (WhatsApp's `pricing`). */
      readonly pricing?: {
        /** Whether the message is billed. */
        readonly billable: boolean;
        /** The pricing category, e.g. `utility`, `service`. */
        readonly category: string;
      };
      /** Why it failed. */
      readonly error?: {
        /** The channel's error code, e.g. `131047`. */
        readonly code: string;
        /** The channel's title for it. */
        readonly title: string;
        /** True when the 24-hour window had closed: send the template instead. */
        readonly outsideServiceWindow: boolean;
      };
    })
  | (MessagingChannelV1EventBase & {
      /** A payment made inside the chat (WhatsApp Payments in India) moved on. */
      readonly type: 'payment-status';
      /** The order's `reference_id` (cobro's invoice reference). */
      readonly referenceId: string;
      /** Where the payment is. */
      readonly status: 'pending' | 'captured' | 'failed';
      /** The amount, in minor units (`value` with `offset: 100`), when given. */
      readonly amount?: Money;
      /** The payment gateway's transaction id, when given. */
      readonly transactionId?: string;
    })
  | (MessagingChannelV1EventBase & {
      /** A verified event cobro does not act on (reactions, system messages, other fields). */
      readonly type: 'unsupported';
      /** The channel's type for it. */
      readonly channelEventType: string;
    });
