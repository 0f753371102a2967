import type { CatalogEntry, MessageCatalog, QuickReplyId } from './message-catalog';
import { collectionMessageKeys, type MessageKey } from './message-key';

/** How the customer pays from a template: the "Pay now" URL button, or the business's own ways written in the body. */
export type TemplatePayment = 'link' | 'offline';

/** What one registered template holds, in catalogue terms (camelCase variables), before it is written for Meta. */
export interface WhatsAppTemplateSource {
  /** Template name, e.g. `cobro_reminder_upcoming` or `cobro_reminder_upcoming_offline`. */
  readonly name: string;
  /** The body, with `{{camelCase}}` variables and any fixed per-business text. */
  readonly body: string;
  /** The footer (the opt-out line), for messages that ask for money. */
  readonly footer?: string;
  /** Whether the template has the "Pay now" URL button (its `{{1}}` is the message's URL suffix). */
  readonly urlButton: boolean;
  /** Quick-reply buttons, after the URL button. */
  readonly quickReplies: readonly QuickReplyId[];
  /** The body's variables, in order of first use: the named parameters every send must give. */
  readonly variables: readonly string[];
}

/** The WhatsApp template name of a catalogue key, e.g. `reminder-upcoming` → `cobro_reminder_upcoming`. */
export function whatsappTemplateName(key: MessageKey, prefix = 'cobro'): string {
  return `${prefix}_${key.replace(/-/g, '_')}`;
}

/**
 * The one definition a message is registered and sent under. `buildWhatsAppTemplates` writes it for Meta and
 * `whatsappTemplateFor` takes a send's parameters from it, so what is sent always matches what was registered.
 * `fixedText` is per-business text without variables (the supplier identity), written into the body.
 */
export function whatsappTemplateSource({
  catalog,
  key,
  payment,
  fixedText,
  prefix = 'cobro',
}: {
  catalog: MessageCatalog;
  key: MessageKey;
  payment: TemplatePayment;
  fixedText?: string;
  prefix?: string;
}): WhatsAppTemplateSource {
  const entry: CatalogEntry = catalog.messages[key];
  const offline = entry.action !== undefined && payment === 'offline';
  const collection = collectionMessageKeys.has(key);
  const body = [entry.body, offline ? catalog.offlineAction : '', collection && fixedText ? fixedText : '']
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
  return {
    name: `${whatsappTemplateName(key, prefix)}${offline ? '_offline' : ''}`,
    body,
    ...(collection ? { footer: catalog.optOutLine } : {}),
    urlButton: entry.action !== undefined && !offline,
    quickReplies: entry.quickReplies ?? [],
    variables: templateVariables(body),
  };
}

/** The `{{variables}}` of a text, each once, in order of first use. */
export function templateVariables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] as string))];
}
