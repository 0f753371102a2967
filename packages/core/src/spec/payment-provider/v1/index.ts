export type { PaymentProviderV1 } from './payment-provider-v1';
export type { PaymentProviderV1Capabilities } from './payment-provider-v1-capabilities';
export type { PaymentProviderV1CreateLinkOptions } from './payment-provider-v1-create-link-options';
export type { PaymentProviderV1Payment } from './payment-provider-v1-payment';
export type { PaymentProviderV1PaymentLink } from './payment-provider-v1-payment-link';
export type { PaymentProviderV1Refund, PaymentProviderV1RefundOptions } from './payment-provider-v1-refund';
export type {
  PaymentProviderV1EventBase,
  PaymentProviderV1PaymentEventBase,
  PaymentProviderV1WebhookEvent,
  PaymentProviderV1WebhookRequest,
} from './payment-provider-v1-webhook-event';
