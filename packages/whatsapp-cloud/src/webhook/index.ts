export { createWhatsAppWebhookHandler } from './create-webhook-handler';
export { parseWhatsAppWebhook } from './parse-whatsapp-webhook';
export { createWhatsAppStatusTracker, type WhatsAppStatusTracker } from './status-tracker';
export { verifyWebhookSubscription } from './verify-subscription';
export { headerValue, verifyWhatsAppSignature } from './verify-whatsapp-signature';
