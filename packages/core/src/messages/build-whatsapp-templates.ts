import type { BusinessProfile } from '../billing/billing-options';
import { TemplateRenderError } from '../errors/template-render-error';
import { ValidationError } from '../errors/validation-error';
import { formatMoney } from '../model/format-money';
import { lazyPattern } from '../model/lazy-pattern';
import { parseMoney } from '../model/money-decimal';
import type { MessagingChannelV1Template } from '../spec/messaging-channel/v1/messaging-channel-v1-outbound-message';
import { catalogFor, messageCatalogs } from './catalogs';
import { exampleDate } from './example-date';
import { formatCalendarDate, formatInstantDate } from './format-message-variables';
import type { MessageCatalog } from './message-catalog';
import { type MessageKey, messageKeys } from './message-key';
import { formatCount } from './plural-count';
import { findPromotionalWording } from './promotional-wording';
import type { MessageVariables } from './render-message';
import { supplierIdentityText } from './supplier-identity';
import type { WhatsAppTemplateDefinition } from './whatsapp-template-definition';
import { type TemplatePayment, templateVariables, whatsappTemplateSource } from './whatsapp-template-source';

export { whatsappTemplateName } from './whatsapp-template-source';

/**
 * English example values, one per variable the catalogue uses: for tests, benchmarks and previews. The templates
 * themselves carry each language's own examples (see {@link buildWhatsAppTemplates}).
 */
export const sampleMessageVariables: Readonly<Record<string, string>> = {
  name: 'Giulia',
  business: 'Pasticceria Rossi',
  invoiceNumber: 'F-2026-0042',
  orderNumber: 'ORD-1187',
  paidFor: 'invoice F-2026-0042',
  amount: '€45.00',
  total: '€120.00',
  balance: '€20.00',
  description: 'birthday cake',
  dueDate: '7 December 2026',
  deadline: '21 December 2026',
  overdueDays: '14 days',
  paymentDate: '9 December 2026',
  promiseDate: '15 December 2026',
  exampleDate: '15/12',
  installmentNumber: '2',
  installmentCount: '3',
  openInvoices: '2 open invoices',
  invoiceList: 'F-2026-0042 for €45.00 (due date 7 December 2026); F-2026-0051 for €75.00 (due date 14 December 2026)',
  paymentUrl: 'https://pay.example.com/i/F-2026-0042',
  paymentOptions: 'IBAN IT60X0542811101000000123456 (Pasticceria Rossi)',
  supplierName: 'Pasticceria Rossi S.r.l.',
  supplierTaxId: 'IT01234567890',
  supplierAddress: 'Via Roma 1, Bologna',
};

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Example values in the catalogue's own language, formatted as real messages are, for Meta's reviewers. */
function examplesFor(catalog: MessageCatalog, business: BusinessProfile): Record<string, string> {
  const { locale, currency } = catalog.examples;
  const money = (amount: string) => formatMoney(parseMoney(amount, currency), locale);
  const date = (day: string) => formatCalendarDate(day, locale);
  const item = (invoiceNumber: string, amount: string, dueDate: string) =>
    catalog.invoiceListItem
      .replace('{{invoiceNumber}}', invoiceNumber)
      .replace('{{amount}}', money(amount))
      .replace('{{dueDate}}', date(dueDate));
  return {
    name: catalog.examples.name,
    business: business.name,
    invoiceNumber: 'F-2026-0042',
    orderNumber: catalog.examples.orderNumber,
    paidFor: catalog.references.invoice.replace('{{number}}', 'F-2026-0042'),
    description: catalog.examples.description,
    amount: money('45'),
    total: money('120'),
    balance: money('20'),
    dueDate: date('2026-12-07'),
    deadline: date('2026-12-21'),
    overdueDays: formatCount(catalog.counts.days, 14, locale),
    paymentDate: formatInstantDate('2026-12-09T15:00:00.000Z', locale, 'UTC'),
    promiseDate: date('2026-12-15'),
    exampleDate: exampleDate('2026-12-15', locale),
    installmentNumber: '2',
    installmentCount: '3',
    openInvoices: formatCount(catalog.counts.openInvoices, 2, locale),
    invoiceList: [item('F-2026-0042', '45', '2026-12-07'), item('F-2026-0051', '75', '2026-12-14')].join('; '),
    paymentOptions: catalog.examples.paymentOptions,
  };
}

/**
 * The catalogue as WhatsApp utility template definitions for one business, ready to submit for approval: per
 * language, one template per message key, plus an `_offline` twin of each message with a payment line, for invoices
 * with no payment link (the business's own ways to pay written in the body instead of a "Pay now" button). Messages
 * that ask for money carry the opt-out line as their footer and, with `supplierIdentity`, the business's identity
 * as fixed text (Brazil). Quick replies become quick-reply buttons. Each definition passes
 * {@link assertUtilityTemplate}; the runtime sends exactly these names, languages and parameters.
 *
 * @throws {@link ValidationError} when a definition would read as marketing or break WhatsApp's limits, or a
 *   business field holds `{{` or `}}`.
 */
export function buildWhatsAppTemplates({
  business,
  paymentUrlBase,
  supplierIdentity = false,
  catalogs = messageCatalogs,
  prefix = 'cobro',
}: {
  /** The business the templates are registered for (the same profile given to `createBilling`). */
  business: BusinessProfile;
  /** The fixed part of payment URLs, e.g. `https://pay.example.com/i/`; the message supplies the rest. */
  paymentUrlBase: string;
  /** Write the supplier's identity into the templates that ask for money (Brazil, CDC art. 42-A). */
  supplierIdentity?: boolean;
  /** Catalogues to use instead of cobro's. */
  catalogs?: Readonly<Record<string, MessageCatalog>>;
  /** Template name prefix. */
  prefix?: string;
}): WhatsAppTemplateDefinition[] {
  const fields = Object.entries(business).filter(([, value]) => typeof value === 'string' && /\{\{|\}\}/.test(value));
  if (fields.length > 0)
    throw new ValidationError({
      subject: 'business',
      issues: fields.map(([field]) => ({ path: field, message: 'must not contain {{ or }}' })),
    });
  const definitions: WhatsAppTemplateDefinition[] = [];
  for (const catalog of Object.values(catalogs)) {
    const examples = examplesFor(catalog, business);
    const fixedText = supplierIdentity
      ? supplierIdentityText(catalog, {
          name: business.legalName ?? business.name,
          ...(business.taxId ? { taxId: business.taxId } : {}),
          ...(business.address ? { address: business.address } : {}),
        })
      : undefined;
    for (const key of messageKeys) {
      const payments: TemplatePayment[] = catalog.messages[key].action ? ['link', 'offline'] : ['link'];
      for (const payment of payments) {
        const source = whatsappTemplateSource({
          catalog,
          key,
          payment,
          prefix,
          ...(fixedText ? { fixedText } : {}),
        });
        const buttons = [
          ...(source.urlButton
            ? [
                {
                  type: 'URL' as const,
                  text: catalog.payNowLabel,
                  url: `${paymentUrlBase}{{1}}`,
                  example: [`${paymentUrlBase}F-2026-0042`],
                },
              ]
            : []),
          ...source.quickReplies.map((id) => ({ type: 'QUICK_REPLY' as const, text: catalog.quickReplyLabels[id] })),
        ];
        const definition: WhatsAppTemplateDefinition = {
          name: source.name,
          language: catalog.whatsappLanguage,
          category: 'UTILITY',
          parameter_format: 'NAMED',
          components: [
            {
              type: 'BODY',
              text: source.body.replace(/\{\{(\w+)\}\}/g, (_, name: string) => `{{${snake(name)}}}`),
              ...(source.variables.length > 0
                ? {
                    example: {
                      body_text_named_params: source.variables.map((name) => ({
                        param_name: snake(name),
                        example: examples[name] ?? '',
                      })),
                    },
                  }
                : {}),
            },
            ...(source.footer ? [{ type: 'FOOTER' as const, text: source.footer }] : []),
            ...(buttons.length > 0 ? [{ type: 'BUTTONS' as const, buttons }] : []),
          ],
        };
        assertUtilityTemplate(definition);
        definitions.push(definition);
      }
    }
  }
  return definitions;
}

/** Fewest fixed words per variable: bodies thinner than this are refused by Meta as "too many variables". */
export const minimumWordsPerVariable = 3;

// Unicode classes as strings, compiled on first use (see lazy-pattern.ts).
const letterWords = /* @__PURE__ */ lazyPattern("\\p{L}[\\p{L}\\p{M}'\\u2019-]*", 'gu');
const variableAtStart = /* @__PURE__ */ lazyPattern('^[\\s\\p{P}]*\\{\\{', 'u');
const variableAtEnd = /* @__PURE__ */ lazyPattern('\\}\\}[^\\p{L}\\p{N}{}]*$', 'u');
const adjacentVariables = /* @__PURE__ */ lazyPattern('\\{\\{(\\w+)\\}\\}[^\\p{L}\\p{N}{}]*\\{\\{(\\w+)\\}\\}', 'u');

/**
 * Refuses a template that would not pass as utility, or that Meta would reject: promotional wording; a body over
 * 1,024 characters; a variable at the start or end of the body (trailing punctuation counts as the end); two
 * variables with only spaces or punctuation between them; fewer than {@link minimumWordsPerVariable} fixed words
 * per variable; a variable without a non-empty example, or an example for no variable; a footer over 60 characters
 * or with a variable; a button label over 25 characters; more than 10 buttons, or more than 2 URL buttons; a URL
 * button without an example for its `{{1}}`.
 *
 * @throws {@link ValidationError} listing every problem by component.
 */
export function assertUtilityTemplate(definition: WhatsAppTemplateDefinition): void {
  const issues: { path: string; message: string }[] = [];
  definition.components.forEach((component, index) => {
    const path = `components[${index}]`;
    if (component.type === 'BODY') {
      const text = component.text;
      const promotional = findPromotionalWording(text);
      if (promotional.length > 0)
        issues.push({ path: `${path}.text`, message: `reads as marketing (${promotional.join(', ')})` });
      if (text.length > 1024) issues.push({ path: `${path}.text`, message: 'is longer than 1,024 characters' });
      if (variableAtStart().test(text) || variableAtEnd().test(text))
        issues.push({ path: `${path}.text`, message: 'must not start or end with a variable' });
      const adjacent = adjacentVariables().exec(text);
      if (adjacent)
        issues.push({
          path: `${path}.text`,
          message: `has variables ${adjacent[1]} and ${adjacent[2]} with no words between them`,
        });
      const variables = templateVariables(text);
      const words = text.replace(/\{\{\w+\}\}/g, ' ').match(letterWords())?.length ?? 0;
      if (words < variables.length * minimumWordsPerVariable)
        issues.push({
          path: `${path}.text`,
          message: `has ${words} fixed words for ${variables.length} variables (at least ${minimumWordsPerVariable} each)`,
        });
      const examples = new Map(
        (component.example?.body_text_named_params ?? []).map((param) => [param.param_name, param.example]),
      );
      for (const name of variables)
        if (!examples.get(name)?.trim())
          issues.push({ path: `${path}.example`, message: `has no example for ${name}` });
      for (const name of examples.keys())
        if (!variables.includes(name))
          issues.push({ path: `${path}.example`, message: `has an example for ${name}, which the body does not use` });
    } else if (component.type === 'FOOTER') {
      if (component.text.length > 60) issues.push({ path: `${path}.text`, message: 'is longer than 60 characters' });
      if (/\{\{/.test(component.text)) issues.push({ path: `${path}.text`, message: 'must not hold a variable' });
    } else {
      if (component.buttons.length > 10) issues.push({ path: `${path}.buttons`, message: 'has more than 10 buttons' });
      if (component.buttons.filter((button) => button.type === 'URL').length > 2)
        issues.push({ path: `${path}.buttons`, message: 'has more than 2 URL buttons' });
      component.buttons.forEach((button, buttonIndex) => {
        const at = `${path}.buttons[${buttonIndex}]`;
        if (button.text.length > 25) issues.push({ path: `${at}.text`, message: 'is longer than 25 characters' });
        const promotional = findPromotionalWording(button.text);
        if (promotional.length > 0)
          issues.push({ path: `${at}.text`, message: `reads as marketing (${promotional.join(', ')})` });
        if (button.type === 'URL' && button.url.includes('{{') && !button.example?.[0])
          issues.push({ path: `${at}.example`, message: 'needs an example URL for its variable' });
      });
    }
  });
  if (issues.length > 0)
    throw new ValidationError({ subject: `template ${definition.name} (${definition.language})`, issues });
}

// Meta refuses a parameter holding a newline or a tab, or more than four spaces in a row.
const templateSafe = (value: string) => value.replace(/[\r\n\t]+/g, ' ').replace(/ {4,}/g, '   ');

/**
 * The registered template to send for a message outside the service window: its name, WhatsApp language and the
 * named parameters its body uses, taken from the same variables the free-form text was rendered with. `payment`
 * picks the twin with the "Pay now" button (`link`) or the one with the business's own ways to pay (`offline`).
 *
 * @throws {@link TemplateRenderError} when a variable the template uses is missing.
 */
export function whatsappTemplateFor({
  key,
  locale,
  variables,
  payment = 'link',
  catalogs = messageCatalogs,
  prefix = 'cobro',
}: {
  /** The catalogue key. */
  key: MessageKey;
  /** The customer's locale (with fallback, as for rendering). */
  locale: string;
  /** The formatted values. */
  variables: MessageVariables;
  /** With the "Pay now" button (`link`, the default) or the offline ways to pay (`offline`). */
  payment?: TemplatePayment;
  /** Catalogues to use instead of cobro's. */
  catalogs?: Readonly<Record<string, MessageCatalog>>;
  /** Template name prefix. */
  prefix?: string;
}): MessagingChannelV1Template {
  const catalog = catalogFor(locale, catalogs);
  const { name, variables: used } = templateShape(catalog, key, payment, prefix);
  const parameters: Record<string, string> = {};
  for (const [variable, parameter] of used) {
    const value = variables[variable];
    if (value === undefined) throw new TemplateRenderError({ messageKey: key, locale: catalog.locale, variable });
    parameters[parameter] = templateSafe(String(value));
  }
  return { name, language: catalog.whatsappLanguage, parameters };
}

// A template's name and the variables its body uses (with their parameter names) depend only on the catalogue,
// the key, the payment twin and the prefix: worked out once per catalogue, not on every send.
const shapes = new WeakMap<MessageCatalog, Map<string, { name: string; variables: [string, string][] }>>();

function templateShape(catalog: MessageCatalog, key: MessageKey, payment: TemplatePayment, prefix: string) {
  let byKey = shapes.get(catalog);
  if (!byKey) {
    byKey = new Map();
    shapes.set(catalog, byKey);
  }
  const id = `${key}|${payment}|${prefix}`;
  let shape = byKey.get(id);
  if (!shape) {
    const source = whatsappTemplateSource({ catalog, key, payment, prefix });
    shape = { name: source.name, variables: source.variables.map((name): [string, string] => [name, snake(name)]) };
    byKey.set(id, shape);
  }
  return shape;
}
