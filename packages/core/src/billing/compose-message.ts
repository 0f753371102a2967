import { whatsappTemplateFor } from '../messages/build-whatsapp-templates';
import { catalogFor } from '../messages/catalogs';
import { formatMessageVariables } from '../messages/format-message-variables';
import type { MessageCatalog } from '../messages/message-catalog';
import type { MessageKey } from '../messages/message-key';
import { renderMessage } from '../messages/render-message';
import { addDays, calendarDateAt, daysBetween } from '../model/calendar-date';
import type { Customer } from '../model/customer';
import { formatMoney } from '../model/format-money';
import type { Invoice } from '../model/invoice';
import type { Money } from '../model/money';
import { sumMoney } from '../model/money';
import type { ContactKind } from '../policy/contact-history';
import type { BillingStoreV1PaymentLinkRecord } from '../spec/billing-store/v1/billing-store-v1-payment-link-record';
import type { MessagingChannelV1Content } from '../spec/messaging-channel/v1/messaging-channel-v1-outbound-message';
import type { BillingContext } from './billing-context';
import { offlinePaymentLines } from './offline-payment-lines';
import { isCollectionKind, type OutboxPayload } from './outbox-payload';
import { policyFor } from './policy-for';

/** What a message is about and what it says beyond the invoice's own facts. */
export interface ComposeMessageInput {
  readonly key: MessageKey;
  readonly contactKind: ContactKind;
  readonly customer: Customer;
  /** The invoices, the first being the one the message is mainly about; none for messages about the customer alone. */
  readonly invoices: readonly Invoice[];
  /** Active links per invoice id, preferred provider first. */
  readonly links: ReadonlyMap<string, readonly BillingStoreV1PaymentLinkRecord[]>;
  /** The instant the message is composed for. */
  readonly at: string;
  /** The amount the message speaks of, when not the balance (a payment received). */
  readonly amount?: Money;
  /** The installment, for `installment-due`. */
  readonly installment?: {
    readonly number: number;
    readonly count: number;
    readonly amount: Money;
    readonly dueDate: string;
  };
  /** The slots a reminder covers. */
  readonly slotKeys?: readonly string[];
}

const quickReplyPrefix = 'cobro';

/** The id of a quick-reply button: the reply's meaning and the invoice it is about, read back by the reply handler. */
export function quickReplyButtonId(reply: string, invoiceId: string): string {
  return `${quickReplyPrefix}:${reply}:${invoiceId}`.slice(0, 256);
}

/** Reads a button id made by {@link quickReplyButtonId}; `undefined` for buttons cobro did not make. */
export function parseQuickReplyButtonId(id: string): { reply: string; invoiceId: string } | undefined {
  const match = /^cobro:([a-z-]+):(.+)$/.exec(id);
  return match ? { reply: match[1] as string, invoiceId: match[2] as string } : undefined;
}

/**
 * Renders a catalogue message for a customer in their language, zone and jurisdiction, with the payment link as a
 * "Pay now" button (or quick replies, when the message offers them) for inside the service window and the approved
 * template for outside it.
 */
export function composeMessage(context: BillingContext, input: ComposeMessageInput): OutboxPayload {
  const { customer, invoices, links } = input;
  const invoice = invoices[0];
  const { business } = context.options;
  const policy = policyFor(context, customer);
  const primaryLink = invoice ? links.get(invoice.id)?.[0] : undefined;
  const offline = invoice ? offlinePaymentLines(context.options.offlinePaymentOptions ?? [], invoice.currency) : [];
  const variables = formatMessageVariables({
    locale: customer.locale,
    timeZone: customer.timeZone,
    values: {
      name: customer.name,
      business: business.name,
      supplierName: business.legalName ?? business.name,
      supplierTaxId: business.taxId ?? '',
      supplierAddress: business.address ?? '',
      ...(invoice ? invoiceValues(input, invoice, primaryLink?.url ?? offline[0] ?? '') : {}),
    },
  });
  const collection = isCollectionKind(input.contactKind);
  const additions = {
    optOutLine: collection && policy.requireOptOutLine,
    supplierIdentity: collection && policy.requireSupplierIdentity,
  };
  // With neither a link nor an offline option there is no payment line to write: drop it rather than print a blank.
  const catalogs =
    invoice && !primaryLink && offline.length === 0
      ? withoutPaymentLine(context.catalogs, customer.locale, input.key)
      : context.catalogs;
  const rendered = renderMessage({ key: input.key, locale: customer.locale, variables, additions, catalogs });
  const entry = catalogFor(customer.locale, catalogs).messages[input.key];
  // Other providers' links and offline options only fit the free-form text; the template carries the first link.
  const extras = [
    ...(entry.action && invoice
      ? (links.get(invoice.id) ?? []).slice(1).map((link) => `${link.provider}: ${link.url}`)
      : []),
    ...(entry.action && primaryLink ? offline : entry.action ? offline.slice(1) : []),
  ];
  const text = [rendered.text, ...extras].join('\n');
  const template = whatsappTemplateFor({ key: input.key, locale: customer.locale, variables, additions, catalogs });
  const urlBase = context.options.templatePaymentUrlBase;
  const withSuffix =
    entry.action && primaryLink && invoice
      ? {
          ...template,
          urlButtonSuffix:
            urlBase && primaryLink.url.startsWith(urlBase)
              ? primaryLink.url.slice(urlBase.length)
              : encodeURIComponent(invoice.id),
        }
      : template;
  return {
    contactKind: input.contactKind,
    messageKey: input.key,
    invoiceIds: invoices.map((each) => each.id),
    ...(input.slotKeys ? { slotKeys: input.slotKeys } : {}),
    content: contentFor(text, rendered, invoice?.id, primaryLink?.url),
    template: withSuffix,
    text,
  };
}

function contentFor(
  text: string,
  rendered: ReturnType<typeof renderMessage>,
  invoiceId: string | undefined,
  url: string | undefined,
): MessagingChannelV1Content {
  if (text.length > 1024) return { kind: 'text', text, previewUrl: false };
  if (rendered.quickReplies.length > 0 && invoiceId)
    return {
      kind: 'reply-buttons',
      text,
      buttons: rendered.quickReplies.map((reply) => ({
        id: quickReplyButtonId(reply.id, invoiceId),
        label: reply.label,
      })),
    };
  if (url && rendered.payNowLabel) return { kind: 'cta-url', text, buttonLabel: rendered.payNowLabel, url };
  return { kind: 'text', text };
}

function withoutPaymentLine(
  catalogs: Readonly<Record<string, MessageCatalog>>,
  locale: string,
  key: MessageKey,
): Readonly<Record<string, MessageCatalog>> {
  const catalog = catalogFor(locale, catalogs);
  const { action: _dropped, ...entry } = catalog.messages[key];
  return { [catalog.locale]: { ...catalog, messages: { ...catalog.messages, [key]: entry } } };
}

/** The values every invoice message may use, typed for {@link formatMessageVariables}. */
function invoiceValues(input: ComposeMessageInput, invoice: Invoice, paymentUrl: string) {
  const { customer, invoices, links, at } = input;
  const today = calendarDateAt(at, invoice.businessTimeZone);
  const invoiceList = invoices
    .map((each) => {
      const url = links.get(each.id)?.[0]?.url;
      const line = `${each.number} (${formatMoney(each.balance, customer.locale)})`;
      return url ? `${line}: ${url}` : line;
    })
    .join('; ');
  return {
    invoiceNumber: invoice.number,
    orderNumber: invoice.orderId ?? invoice.number,
    description: invoice.description ?? invoice.lines[0]?.description ?? invoice.number,
    amount: { money: input.installment?.amount ?? input.amount ?? invoice.balance },
    balance: { money: invoice.balance },
    total: {
      money: sumMoney(
        invoices.map((each) => each.balance),
        invoice.currency,
      ),
    },
    dueDate: { date: input.installment?.dueDate ?? invoice.dueDate },
    deadline: { date: addDays(today, 7) },
    daysOverdue: Math.max(0, daysBetween(invoice.dueDate, today)),
    paymentUrl,
    paymentDate: { instant: at },
    promiseDate: { date: invoice.promiseToPay?.date ?? today },
    installmentNumber: input.installment?.number ?? 1,
    installmentCount: input.installment?.count ?? 1,
    invoiceCount: invoices.length,
    invoiceList,
    exampleDate: exampleDate(addDays(today, 7), customer.locale),
  };
}

/** A date as customers in that locale would type it: 15/12 in most of the world, 12/15 in the US. */
function exampleDate(date: string, locale: string): string {
  const [, month, day] = date.split('-');
  return locale.endsWith('-US') || locale === 'en'
    ? `${Number(month)}/${Number(day)}`
    : `${Number(day)}/${Number(month)}`;
}
