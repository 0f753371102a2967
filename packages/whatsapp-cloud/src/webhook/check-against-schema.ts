import { WebhookVerificationError } from '@cobro/core';
import { en } from 'zod/locales';
import { type WhatsAppWebhookPayload, whatsappWebhookSchemas } from './whatsapp-webhook-schema';

/**
 * A body the hand check refused, checked against the zod schema (the definition of the envelope): the payload if
 * the schema takes it after all, or the refusal that says where it is not a WhatsApp webhook. Imported on that path
 * only, so importing the package does not load zod.
 */
export function checkAgainstSchema(json: unknown): WhatsAppWebhookPayload {
  // zod/mini has no wording of its own; English is passed here rather than set on zod's global configuration.
  const parsed = whatsappWebhookSchemas().webhook.safeParse(json, { error: en().localeError });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('') ?? '';
  throw new WebhookVerificationError({
    provider: 'whatsapp-cloud',
    reason: 'malformed-body',
    message: `not a WhatsApp webhook: ${where.replace(/^\./, '') || '(body)'} ${issue?.message ?? ''}`.trim(),
  });
}
