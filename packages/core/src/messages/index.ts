export {
  assertUtilityTemplate,
  buildWhatsAppTemplates,
  sampleMessageVariables,
  whatsappTemplateFor,
  whatsappTemplateName,
} from './build-whatsapp-templates';
export { catalogFor, messageCatalogs } from './catalogs';
export { formatCalendarDate, formatInstantDate, formatMessageVariables } from './format-message-variables';
export type { CatalogEntry, MessageCatalog, QuickReplyId } from './message-catalog';
export { type MessageKey, messageKeys } from './message-key';
export { findPromotionalWording } from './promotional-wording';
export { type MessageAdditions, type MessageVariables, type RenderedMessage, renderMessage } from './render-message';
export type { WhatsAppTemplateComponentDefinition, WhatsAppTemplateDefinition } from './whatsapp-template-definition';
