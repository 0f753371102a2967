export type { MessagingChannelV1 } from './messaging-channel-v1';
export type {
  MessagingChannelV1Content,
  MessagingChannelV1OutboundMessage,
  MessagingChannelV1SendResult,
  MessagingChannelV1Template,
} from './messaging-channel-v1-outbound-message';
export type { MessagingChannelV1Recipient } from './messaging-channel-v1-recipient';
export type {
  MessagingChannelV1EventBase,
  MessagingChannelV1Sender,
  MessagingChannelV1WebhookEvent,
} from './messaging-channel-v1-webhook-event';
