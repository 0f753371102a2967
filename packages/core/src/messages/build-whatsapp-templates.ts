import { TemplateRenderError } from '../errors/template-render-error';
import { ValidationError } from '../errors/validation-error';
import type { MessagingChannelV1Template } from '../spec/messaging-channel/v1/messaging-channel-v1-outbound-message';
import { catalogFor, messageCatalogs } from './catalogs';
import type { MessageCatalog } from './message-catalog';
import { type MessageKey, messageKeys } from './message-key';
import { findPromotionalWording } from './promotional-wording';
import type { MessageAdditions, MessageVariables } from './render-message';
import type { WhatsAppTemplateDefinition } from './whatsapp-template-definition';

/** Example values shown to Meta's reviewers, one per variable the catalogue uses. */
export const sampleMessageVariables: Readonly<Record<string, string>> = {
  name: 'Giulia',
  business: 'Pasticceria Rossi',
  invoiceNumber: 'F-2026-0042',
  orderNumber: 'ORD-1187',
  amount: '€45.00',
  total: '€120.00',
  balance: '€20.00',
  description: 'birthday cake',
  dueDate: '7 December 2026',
  deadline: '21 December 2026',
  daysOverdue: '14',
  paymentDate: '9 December 2026',
  promiseDate: '15 December 2026',
  exampleDate: '15/12',
  installmentNumber: '2',
  installmentCount: '3',
  invoiceCount: '2',
  invoiceList: 'F-2026-0042 (€45.00, due 7 December 2026); F-2026-0051 (€75.00, due 14 December 2026)',
  paymentUrl: 'https://pay.example.com/i/F-2026-0042',
  supplierName: 'Pasticceria Rossi Ltda',
  supplierTaxId: '12.345.678/0001-90',
  supplierAddress: 'Rua Augusta 100, São Paulo SP',
};

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The WhatsApp template name of a catalogue key, e.g. `reminder-upcoming` → `cobro_reminder_upcoming`. */
export function whatsappTemplateName(key: MessageKey, prefix = 'cobro'): string {
  return `${prefix}_${key.replace(/-/g, '_')}`;
}

/**
 * The catalogue as WhatsApp utility template definitions, one per key and locale, ready to submit for approval.
 * The payment line becomes a "Pay now" URL button on `paymentUrlBase` + a per-message suffix, quick replies become
 * quick-reply buttons, and lines a jurisdiction requires are appended to the body. Each definition passes
 * {@link assertUtilityTemplate}.
 *
 * @throws {@link ValidationError} when a definition would read as marketing or break WhatsApp's limits.
 */
export function buildWhatsAppTemplates({
  paymentUrlBase,
  additions = {},
  catalogs = messageCatalogs,
  prefix = 'cobro',
}: {
  /** The fixed part of payment URLs, e.g. `https://pay.example.com/i/`; the message supplies the rest. */
  paymentUrlBase: string;
  /** Lines every template must carry (opt-out line, supplier identity). */
  additions?: MessageAdditions;
  /** Catalogues to use instead of cobro's. */
  catalogs?: Readonly<Record<string, MessageCatalog>>;
  /** Template name prefix. */
  prefix?: string;
}): WhatsAppTemplateDefinition[] {
  const definitions: WhatsAppTemplateDefinition[] = [];
  for (const catalog of Object.values(catalogs)) {
    for (const key of messageKeys) {
      const entry = catalog.messages[key];
      const paragraphs = [entry.body];
      if (additions.supplierIdentity) paragraphs.push(catalog.supplierIdentityLine);
      if (additions.optOutLine) paragraphs.push(catalog.optOutLine);
      const source = paragraphs.join('\n\n');
      const names = [...new Set([...source.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] as string))];
      const buttons = [
        ...(entry.action
          ? [
              {
                type: 'URL' as const,
                text: catalog.payNowLabel,
                url: `${paymentUrlBase}{{1}}`,
                example: [`${paymentUrlBase}F-2026-0042`],
              },
            ]
          : []),
        ...(entry.quickReplies ?? []).map((id) => ({
          type: 'QUICK_REPLY' as const,
          text: catalog.quickReplyLabels[id],
        })),
      ];
      const definition: WhatsAppTemplateDefinition = {
        name: whatsappTemplateName(key, prefix),
        language: catalog.whatsappLanguage,
        category: 'UTILITY',
        parameter_format: 'NAMED',
        components: [
          {
            type: 'BODY',
            text: source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => `{{${snake(name)}}}`),
            ...(names.length > 0
              ? {
                  example: {
                    body_text_named_params: names.map((name) => ({
                      param_name: snake(name),
                      example: sampleMessageVariables[name] ?? name,
                    })),
                  },
                }
              : {}),
          },
          ...(buttons.length > 0 ? [{ type: 'BUTTONS' as const, buttons }] : []),
        ],
      };
      assertUtilityTemplate(definition);
      definitions.push(definition);
    }
  }
  return definitions;
}

/**
 * Refuses a template that would not pass as utility: promotional wording, a body over 1,024 characters, a
 * parameter at the very start or end of the body, a button label over 25 characters, or more than 10 buttons.
 *
 * @throws {@link ValidationError} listing every problem by component.
 */
export function assertUtilityTemplate(definition: WhatsAppTemplateDefinition): void {
  const issues: { path: string; message: string }[] = [];
  definition.components.forEach((component, index) => {
    if (component.type === 'BODY') {
      const promotional = findPromotionalWording(component.text);
      if (promotional.length > 0) {
        issues.push({ path: `components[${index}].text`, message: `reads as marketing (${promotional.join(', ')})` });
      }
      if (component.text.length > 1024)
        issues.push({ path: `components[${index}].text`, message: 'is longer than 1,024 characters' });
      if (/^\{\{|\}\}$/.test(component.text.trim())) {
        issues.push({ path: `components[${index}].text`, message: 'must not start or end with a parameter' });
      }
    } else {
      if (component.buttons.length > 10)
        issues.push({ path: `components[${index}].buttons`, message: 'has more than 10 buttons' });
      component.buttons.forEach((button, buttonIndex) => {
        if (button.text.length > 25) {
          issues.push({
            path: `components[${index}].buttons[${buttonIndex}].text`,
            message: 'is longer than 25 characters',
          });
        }
        const promotional = findPromotionalWording(button.text);
        if (promotional.length > 0) {
          issues.push({
            path: `components[${index}].buttons[${buttonIndex}].text`,
            message: `reads as marketing (${promotional.join(', ')})`,
          });
        }
      });
    }
  });
  if (issues.length > 0)
    throw new ValidationError({ subject: `template ${definition.name} (${definition.language})`, issues });
}

/**
 * The approved template to send for a rendered message outside the service window: its name, WhatsApp language
 * and the named parameters its body uses, taken from the same variables the free-form text was rendered with.
 *
 * @throws {@link TemplateRenderError} when a variable the template uses is missing.
 */
export function whatsappTemplateFor({
  key,
  locale,
  variables,
  additions = {},
  catalogs = messageCatalogs,
  prefix = 'cobro',
}: {
  /** The catalogue key. */
  key: MessageKey;
  /** The customer's locale (with fallback, as for rendering). */
  locale: string;
  /** The formatted values. */
  variables: MessageVariables;
  /** Lines the jurisdiction requires (they are part of the approved body). */
  additions?: MessageAdditions;
  /** Catalogues to use instead of cobro's. */
  catalogs?: Readonly<Record<string, MessageCatalog>>;
  /** Template name prefix. */
  prefix?: string;
}): MessagingChannelV1Template {
  const catalog = catalogFor(locale, catalogs);
  const entry = catalog.messages[key];
  const source = [
    entry.body,
    additions.supplierIdentity ? catalog.supplierIdentityLine : '',
    additions.optOutLine ? catalog.optOutLine : '',
  ].join('\n');
  const parameters: Record<string, string> = {};
  for (const [, name] of source.matchAll(/\{\{(\w+)\}\}/g)) {
    const value = variables[name as string];
    if (value === undefined)
      throw new TemplateRenderError({ messageKey: key, locale: catalog.locale, variable: name as string });
    parameters[snake(name as string)] = String(value);
  }
  return { name: whatsappTemplateName(key, prefix), language: catalog.whatsappLanguage, parameters };
}
