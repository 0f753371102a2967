export {
  assertUtilityTemplate,
  buildWhatsAppTemplates,
  minimumWordsPerVariable,
  sampleMessageVariables,
  whatsappTemplateFor,
  whatsappTemplateName,
} from './build-whatsapp-templates';
export { catalogFor, messageCatalogs } from './catalogs';
export { formatCalendarDate, formatInstantDate, formatMessageVariables } from './format-message-variables';
export type { CatalogEntry, MessageCatalog, PluralForms, QuickReplyId } from './message-catalog';
export { collectionMessageKeys, type MessageKey, messageKeys } from './message-key';
export { formatCount } from './plural-count';
export { findPromotionalWording } from './promotional-wording';
export { type MessageAdditions, type MessageVariables, type RenderedMessage, renderMessage } from './render-message';
export { type SupplierIdentity, supplierIdentityText } from './supplier-identity';
export type { WhatsAppTemplateComponentDefinition, WhatsAppTemplateDefinition } from './whatsapp-template-definition';
export type { TemplatePayment } from './whatsapp-template-source';
