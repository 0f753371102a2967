import type { MessageKey } from './message-key';

/** Quick-reply buttons cobro attaches to reminders; the runtime maps each reply to an action. */
export type QuickReplyId = 'already-paid' | 'pay-on-date' | 'talk-to-someone';

/** One message of the catalogue in one language. Variables are `{{camelCase}}` Handlebars expressions, all required. */
export interface CatalogEntry {
  /** The message, without the payment line. Used as is for the WhatsApp template body. */
  readonly body: string;
  /** The payment line with `{{paymentUrl}}`, appended to free-form messages; a "Pay now" URL button in the template. */
  readonly action?: string;
  /** Quick replies offered under the message. */
  readonly quickReplies?: readonly QuickReplyId[];
}

/** Every message and shared phrase in one language. */
export interface MessageCatalog {
  /** BCP 47 tag, e.g. `pt-BR`. */
  readonly locale: string;
  /** WhatsApp template language code, e.g. `pt_BR`. */
  readonly whatsappLanguage: string;
  /** The messages. */
  readonly messages: Readonly<Record<MessageKey, CatalogEntry>>;
  /** Labels of the quick replies (at most 20 characters, WhatsApp's limit). */
  readonly quickReplyLabels: Readonly<Record<QuickReplyId, string>>;
  /** Label of the payment button (at most 25 characters). */
  readonly payNowLabel: string;
  /** Line appended where a preset requires an opt-out instruction. */
  readonly optOutLine: string;
  /** Line appended where a preset requires the supplier's identity (Brazil), with `{{supplierName}}`, `{{supplierTaxId}}`, `{{supplierAddress}}`. */
  readonly supplierIdentityLine: string;
}
