import {
  assertUtilityTemplate,
  buildWhatsAppTemplates,
  catalogFor,
  findPromotionalWording,
  formatMessageVariables,
  messageCatalogs,
  messageKeys,
  parseMoney,
  renderMessage,
  sampleMessageVariables,
  TemplateRenderError,
  ValidationError,
  whatsappTemplateFor,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';

const locales = ['en-US', 'es-MX', 'pt-BR', 'it-IT'] as const;

function sampleFor(locale: string) {
  return {
    ...sampleMessageVariables,
    ...formatMessageVariables({
      locale,
      timeZone: 'America/Mexico_City',
      values: {
        amount: { money: parseMoney('1234.5', 'MXN') },
        total: { money: parseMoney('2000', 'MXN') },
        balance: { money: parseMoney('765.5', 'MXN') },
        dueDate: { date: '2026-12-07' },
        deadline: { date: '2026-12-21' },
        promiseDate: { date: '2026-12-15' },
        paymentDate: { instant: '2026-12-09T03:00:00.000Z' }, // still 8 December in Mexico City
      },
    }),
  };
}

describe('message catalogue', () => {
  it('renders every key in every locale, with amounts and dates in the customer’s locale and zone', () => {
    for (const locale of locales) {
      const rendered = messageKeys.map((key) => renderMessage({ key, locale, variables: sampleFor(locale) }));
      for (const message of rendered) {
        expect(message.text).not.toMatch(/\{\{|\}\}|undefined/);
        expect(message.text.length).toBeLessThan(1024);
      }
      expect(rendered.map((message) => `[${message.key}]\n${message.text}`).join('\n\n')).toMatchSnapshot(locale);
    }
    expect(renderMessage({ key: 'payment-received', locale: 'it-IT', variables: sampleFor('it-IT') }).text).toContain(
      '8 dicembre 2026',
    );
    expect(renderMessage({ key: 'reminder-upcoming', locale: 'es-MX', variables: sampleFor('es-MX') }).text).toContain(
      '$1,234.50',
    );
    expect(renderMessage({ key: 'reminder-upcoming', locale: 'pt-BR', variables: sampleFor('pt-BR') }).text).toMatch(
      /MX\$\s1\.234,50/,
    );
  });

  it('falls back es-MX → es → en, pt-PT → pt-BR, and to English for other languages', () => {
    expect(catalogFor('es-MX').locale).toBe('es');
    expect(catalogFor('pt-PT').locale).toBe('pt-BR');
    expect(catalogFor('it-CH').locale).toBe('it');
    expect(catalogFor('fr-FR').locale).toBe('en');
  });

  it('throws a typed error naming the missing variable and the key', () => {
    const { paymentUrl: _, ...variables } = sampleMessageVariables;
    try {
      renderMessage({ key: 'reminder-overdue-gentle', locale: 'es-MX', variables });
      expect.unreachable();
    } catch (error) {
      expect(TemplateRenderError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ messageKey: 'reminder-overdue-gentle', variable: 'paymentUrl', locale: 'es' });
      expect((error as Error).message).toBe(
        'Message "reminder-overdue-gentle" (es) needs the variable "paymentUrl", which was not given.',
      );
    }
  });

  it('adds the lines a jurisdiction requires', () => {
    const message = renderMessage({
      key: 'reminder-overdue-firm',
      locale: 'pt-BR',
      variables: sampleFor('pt-BR'),
      additions: { supplierIdentity: true, optOutLine: true },
    });
    expect(message.text).toContain('Pasticceria Rossi Ltda, CNPJ 12.345.678/0001-90, Rua Augusta 100, São Paulo SP.');
    expect(message.text.endsWith('Responda SAIR para não receber mais estes lembretes no WhatsApp.')).toBe(true);
    expect(message.quickReplies.map((reply) => reply.label)).toEqual([
      'Já paguei',
      'Pagar em uma data',
      'Falar com alguém',
    ]);
  });
});

describe('WhatsApp utility templates', () => {
  it('exist for every key in every locale and pass the utility check', () => {
    const templates = buildWhatsAppTemplates({
      paymentUrlBase: 'https://pay.example.com/i/',
      additions: { optOutLine: true, supplierIdentity: true },
    });
    expect(templates).toHaveLength(messageKeys.length * Object.keys(messageCatalogs).length);
    for (const template of templates) {
      expect(template.name).toMatch(/^cobro_[a-z_]+$/);
      expect(template.category).toBe('UTILITY');
      const body = template.components.find((component) => component.type === 'BODY');
      expect(body?.type === 'BODY' && body.text).not.toMatch(/\{\{[a-z]*[A-Z]/); // named params are snake_case
    }
    const upcoming = templates.find(
      (template) => template.name === 'cobro_reminder_upcoming' && template.language === 'pt_BR',
    );
    expect(upcoming).toMatchSnapshot();
  });

  it('gives the template and its named parameters for a rendered message', () => {
    const variables = sampleFor('pt-BR');
    expect(whatsappTemplateFor({ key: 'payment-received', locale: 'pt-BR', variables })).toEqual({
      name: 'cobro_payment_received',
      language: 'pt_BR',
      parameters: {
        name: 'Giulia',
        amount: variables.amount,
        invoice_number: 'F-2026-0042',
        payment_date: variables.paymentDate,
      },
    });
    const { name: _, ...withoutName } = variables;
    expect(() => whatsappTemplateFor({ key: 'payment-received', locale: 'it-IT', variables: withoutName })).toThrow(
      'Message "payment-received" (it) needs the variable "name", which was not given.',
    );
  });

  it('refuses promotional wording', () => {
    expect(findPromotionalWording('Pay now and get 10% off with this coupon!')).toEqual(['coupon', '% off']);
    expect(findPromotionalWording('Aproveite o desconto!')).toEqual(['desconto']);
    expect(findPromotionalWording('Le ricordiamo il saldo della fattura')).toEqual([]);
    expect(() =>
      assertUtilityTemplate({
        name: 'cobro_x',
        language: 'it',
        category: 'UTILITY',
        parameter_format: 'NAMED',
        components: [{ type: 'BODY', text: 'Paghi oggi con uno sconto del 10%, {{name}}.' }],
      }),
    ).toThrow(ValidationError);
  });

  it('has no promotional wording anywhere in the catalogue', () => {
    for (const catalog of Object.values(messageCatalogs)) {
      for (const entry of Object.values(catalog.messages)) {
        expect(findPromotionalWording(`${entry.body} ${entry.action ?? ''}`)).toEqual([]);
      }
    }
  });
});
