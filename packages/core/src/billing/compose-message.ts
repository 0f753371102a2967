import { whatsappTemplateFor } from '../messages/build-whatsapp-templates';
import { catalogFor } from '../messages/catalogs';
import { exampleDate } from '../messages/example-date';
import { formatCalendarDate, formatMessageVariables } from '../messages/format-message-variables';
import type { MessageCatalog } from '../messages/message-catalog';
import { collectionMessageKeys, type MessageKey } from '../messages/message-key';
import { formatCount } from '../messages/plural-count';
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
import type { OutboxPayload } from './outbox-payload';
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
 * "Pay now" button (or quick replies, when the message offers them) for inside the service window, and the
 * registered template for outside it: the one `buildWhatsAppTemplates` defines for this key, with the URL button
 * when the invoice has a link and its `_offline` twin, carrying the business's own ways to pay, when it has none.
 */
export function composeMessage(context: BillingContext, input: ComposeMessageInput): OutboxPayload {
  const { customer, invoices, links } = input;
  const invoice = invoices[0];
  const { business } = context.options;
  const policy = policyFor(context, customer);
  const catalog = catalogFor(customer.locale, context.catalogs);
  const entry = catalog.messages[input.key];
  const primaryLink = invoice ? links.get(invoice.id)?.[0] : undefined;
  const offline = invoice ? offlinePaymentLines(context.options.offlinePaymentOptions ?? [], invoice.currency) : [];
  const payment = primaryLink ? 'link' : 'offline';
  const variables = formatMessageVariables({
    locale: customer.locale,
    timeZone: customer.timeZone,
    values: {
      name: customer.name,
      business: business.name,
      supplierName: business.legalName ?? business.name,
      supplierTaxId: business.taxId ?? '',
      supplierAddress: business.address ?? '',
      ...(invoice ? invoiceValues(input, invoice, catalog) : {}),
      ...(primaryLink ? { paymentUrl: primaryLink.url } : {}),
      paymentOptions: offline.length > 0 ? offline.join('; ') : catalog.paymentOptionsOnRequest,
    },
  });
  const collection = collectionMessageKeys.has(input.key);
  const additions = {
    optOutLine: collection && policy.requireOptOutLine,
    supplierIdentity: collection && policy.requireSupplierIdentity,
    payment,
  } as const;
  const rendered = renderMessage({
    key: input.key,
    locale: customer.locale,
    variables,
    additions,
    catalogs: context.catalogs,
  });
  // Other providers' links, offline options beside a link, and the links of the other invoices a message lists
  // only fit the free-form text; the template carries the first link as its button.
  const otherInvoices = input.key === 'statement' ? invoices : entry.action ? invoices.slice(1) : [];
  const extras = [
    ...(entry.action && invoice && primaryLink
      ? [...(links.get(invoice.id) ?? []).slice(1).map((link) => `${link.provider}: ${link.url}`), ...offline]
      : []),
    ...otherInvoices.flatMap((each) => {
      const url = links.get(each.id)?.[0]?.url;
      return url ? [`${each.number}: ${url}`] : [];
    }),
  ];
  const text = [rendered.text, ...extras].join('\n');
  const template = whatsappTemplateFor({
    key: input.key,
    locale: customer.locale,
    variables,
    payment,
    catalogs: context.catalogs,
  });
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

/** The values every invoice message may use, typed for {@link formatMessageVariables}. */
function invoiceValues(input: ComposeMessageInput, invoice: Invoice, catalog: MessageCatalog) {
  const { customer, invoices, at } = input;
  const { locale } = customer;
  const today = calendarDateAt(at, invoice.businessTimeZone);
  // One line per invoice would read better, but a template parameter cannot hold a line break.
  const invoiceList = invoices
    .map((each) =>
      catalog.invoiceListItem
        .replace('{{invoiceNumber}}', each.number)
        .replace('{{amount}}', formatMoney(each.balance, locale))
        .replace('{{dueDate}}', formatCalendarDate(each.dueDate, locale)),
    )
    .join('; ');
  return {
    invoiceNumber: invoice.number,
    orderNumber: invoice.orderId ?? invoice.number,
    // A payment for an order is confirmed with the order's number, the one the customer knows.
    paidFor: invoice.orderId
      ? catalog.references.order.replace('{{number}}', invoice.orderId)
      : catalog.references.invoice.replace('{{number}}', invoice.number),
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
    overdueDays: formatCount(catalog.counts.days, Math.max(0, daysBetween(invoice.dueDate, today)), locale),
    paymentDate: { instant: at },
    promiseDate: { date: invoice.promiseToPay?.date ?? today },
    installmentNumber: input.installment?.number ?? 1,
    installmentCount: input.installment?.count ?? 1,
    openInvoices: formatCount(catalog.counts.openInvoices, invoices.length, locale),
    invoiceList,
    exampleDate: exampleDate(addDays(today, 7), locale),
  };
}
