/**
 * `@cobro/whatsapp-cloud`: the WhatsApp Cloud API for cobro: a window-aware messaging channel (free-form inside the
 * 24-hour customer service window, the utility template outside it), a client with typed errors and retries, and
 * webhook verification (`X-Hub-Signature-256` over the raw bytes, with WebCrypto) and parsing.
 *
 * ```sh
 * npm install @cobro/core @cobro/whatsapp-cloud
 * ```
 *
 * ```ts
 * import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';
 * const whatsapp = createWhatsAppCloud(); // WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_APP_SECRET
 * ```
 *
 * @packageDocumentation
 */
export {
  createWhatsAppCloudClient,
  type WhatsAppCloudClient,
  type WhatsAppCloudClientOptions,
} from './client/whatsapp-cloud-client';
export {
  buildContentMessage,
  buildTemplateMessage,
  recipientFields,
  type WhatsAppMessagePayload,
} from './messages/build-messages';
export {
  buildOrderDetailsMessage,
  buildOrderStatusMessage,
  type OrderDetailsInput,
  type OrderDetailsItem,
  type OrderDetailsPaymentSetting,
  type OrderStatus,
} from './messages/build-order-details';
export {
  buildWhatsAppTemplateMessage,
  type WhatsAppTemplateInput,
  type WhatsAppTemplateParameter,
} from './messages/build-template-message';
export { createPacer, type Pacer, type PacerOptions } from './pacing/create-pacer';
export { createServiceWindowTracker, type ServiceWindowTracker } from './service-window';
export * from './webhook/index';
export { createWhatsAppCloudChannel } from './whatsapp-cloud-channel';
export { toWhatsAppApiError, whatsappErrorKind } from './whatsapp-cloud-error';
export { createWhatsAppCloud, type WhatsAppCloud, type WhatsAppCloudSettings } from './whatsapp-cloud-provider';
