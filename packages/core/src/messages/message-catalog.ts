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

/**
 * The forms of a counted phrase, chosen with `Intl.PluralRules` for the customer's locale; `#` is the number.
 * `zero` (optional) is used for exactly 0, before the plural rules, as ICU's `=0`.
 */
export interface PluralForms {
  /** Exactly 0, when the language says it differently ("no open invoices"). */
  readonly zero?: string;
  /** CLDR `one`. */
  readonly one: string;
  /** CLDR `two`, where the language has it. */
  readonly two?: string;
  /** CLDR `few`, where the language has it. */
  readonly few?: string;
  /** CLDR `many`, where the language has it. */
  readonly many?: string;
  /** CLDR `other`: every count no other form covers. */
  readonly other: string;
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
  /**
   * The opt-out instruction (at most 60 characters, no variables): the footer of every invoice, reminder and
   * statement template, and the last line of those free-form messages where a preset requires it.
   */
  readonly optOutLine: string;
  /**
   * The supplier's identity (Brazil, CDC art. 42-A), written as `label: registered name, taxIdLabel tax id, address.`
   * with only the parts the business gave.
   */
  readonly supplierIdentity: {
    /** What introduces it, e.g. `Fornecedor`. */
    readonly label: string;
    /** What introduces the tax id, e.g. `CNPJ`. */
    readonly taxIdLabel: string;
  };
  /**
   * The payment paragraph when an invoice has no payment link, only the business's own ways to pay (offline
   * options), with `{{paymentOptions}}`. It replaces the "Pay now" button in the template.
   */
  readonly offlineAction: string;
  /** `{{paymentOptions}}` when there is neither a link nor an offline option for the currency. */
  readonly paymentOptionsOnRequest: string;
  /** One invoice of `{{invoiceList}}`, with `{{invoiceNumber}}`, `{{amount}}` and `{{dueDate}}`; items join with `; `. */
  readonly invoiceListItem: string;
  /**
   * What a payment was for, as `{{paidFor}}` in the payment confirmations, with `{{number}}`: the invoice, or the
   * order when the invoice bills one (with the article or preposition the sentence needs, e.g. `à fatura {{number}}`).
   */
  readonly references: {
    /** An invoice, e.g. `invoice {{number}}`. */
    readonly invoice: string;
    /** An order, e.g. `order {{number}}`. */
    readonly order: string;
  };
  /** Counted phrases: `{{overdueDays}}` ("14 days") and `{{openInvoices}}` ("2 open invoices"). */
  readonly counts: {
    /** A number of days. */
    readonly days: PluralForms;
    /** A number of open invoices. */
    readonly openInvoices: PluralForms;
  };
  /** Example values for Meta's review of the templates, in this language (the business's name comes from the business). */
  readonly examples: {
    /** The locale amounts and dates of the examples are formatted in, e.g. `es-MX`. */
    readonly locale: string;
    /** An ISO 4217 currency customers of this language commonly pay in. */
    readonly currency: string;
    /** A customer's first name. */
    readonly name: string;
    /** What an invoice is for. */
    readonly description: string;
    /** An order number. */
    readonly orderNumber: string;
    /** An offline way to pay, as `offlinePaymentLines` writes one. */
    readonly paymentOptions: string;
  };
}
