import {
  assertUtilityTemplate,
  buildWhatsAppTemplates,
  collectionMessageKeys,
  findPromotionalWording,
  messageCatalogs,
  messageKeys,
  sampleMessageVariables,
  ValidationError,
  type WhatsAppTemplateDefinition,
  whatsappTemplateFor,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';

const business = {
  name: 'Doceria Bela Vista',
  legalName: 'Doceria Bela Vista Ltda',
  taxId: '12.345.678/0001-90',
  address: 'Rua Augusta 100, São Paulo SP',
};
const paymentUrlBase = 'https://pay.example.com/i/';

function problems(definition: WhatsAppTemplateDefinition): string[] {
  try {
    assertUtilityTemplate(definition);
    return [];
  } catch (error) {
    expect(ValidationError.isInstance(error)).toBe(true);
    return (error as ValidationError).issues.map((issue) => `${issue.path} ${issue.message}`);
  }
}

const body = (text: string, examples: Record<string, string> = {}): WhatsAppTemplateDefinition => ({
  name: 'cobro_x',
  language: 'en',
  category: 'UTILITY',
  parameter_format: 'NAMED',
  components: [
    {
      type: 'BODY',
      text,
      example: {
        body_text_named_params: Object.entries(examples).map(([param_name, example]) => ({ param_name, example })),
      },
    },
  ],
});

describe('WhatsApp utility templates', () => {
  const templates = buildWhatsAppTemplates({ business, paymentUrlBase, supplierIdentity: true });
  const find = (name: string, language: string) =>
    templates.find((template) => template.name === name && template.language === language);

  it('exist for every key in every language, with an _offline twin for each message that has a payment line', () => {
    for (const catalog of Object.values(messageCatalogs)) {
      for (const key of messageKeys) {
        const name = `cobro_${key.replace(/-/g, '_')}`;
        expect(find(name, catalog.whatsappLanguage), name).toBeDefined();
        expect(find(`${name}_offline`, catalog.whatsappLanguage) !== undefined).toBe(
          catalog.messages[key].action !== undefined,
        );
      }
    }
    expect(templates).toHaveLength(4 * (16 + 10));
    expect(find('cobro_reminder_upcoming', 'pt_BR')).toMatchSnapshot();
    expect(find('cobro_reminder_upcoming_offline', 'it')).toMatchSnapshot();
  });

  it('put the opt-out line in the footer of messages that ask for money, and nowhere else', () => {
    for (const template of templates) {
      const key = template.name
        .replace(/^cobro_/, '')
        .replace(/_offline$/, '')
        .replace(/_/g, '-');
      const footer = template.components.find((component) => component.type === 'FOOTER');
      const catalog = Object.values(messageCatalogs).find((each) => each.whatsappLanguage === template.language);
      if (collectionMessageKeys.has(key as never))
        expect(footer).toEqual({ type: 'FOOTER', text: catalog?.optOutLine });
      else expect(footer).toBeUndefined();
    }
    const optOut = find('cobro_opt_out_confirmed', 'en');
    expect(JSON.stringify(optOut)).not.toContain('STOP');
  });

  it('write the supplier identity into the bodies as fixed text, with only the parts the business gave', () => {
    const body = (definition: WhatsAppTemplateDefinition | undefined) =>
      definition?.components.find((component) => component.type === 'BODY')?.text ?? '';
    expect(body(find('cobro_reminder_overdue_gentle', 'pt_BR'))).toMatch(
      /\n\nFornecedor: Doceria Bela Vista Ltda, CNPJ 12\.345\.678\/0001-90, Rua Augusta 100, São Paulo SP\.$/,
    );
    expect(body(find('cobro_payment_received', 'pt_BR'))).not.toContain('Fornecedor');
    const nameOnly = buildWhatsAppTemplates({ business: { name: 'Doceria' }, paymentUrlBase, supplierIdentity: true });
    const upcoming = nameOnly.find((each) => each.name === 'cobro_reminder_upcoming' && each.language === 'pt_BR');
    expect(body(upcoming)).toMatch(/\n\nFornecedor: Doceria\.$/);
    const without = buildWhatsAppTemplates({ business, paymentUrlBase });
    expect(JSON.stringify(without)).not.toContain('12.345.678/0001-90');
    expect(() =>
      buildWhatsAppTemplates({ business: { name: 'Acme {{x}}' }, paymentUrlBase, supplierIdentity: true }),
    ).toThrow(ValidationError);
  });

  it('give examples in the template’s own language for every variable', () => {
    const examples = (name: string, language: string) => {
      const component = find(name, language)?.components.find((each) => each.type === 'BODY');
      return Object.fromEntries(
        (component?.type === 'BODY' ? (component.example?.body_text_named_params ?? []) : []).map((param) => [
          param.param_name,
          param.example,
        ]),
      );
    };
    expect(examples('cobro_invoice_sent', 'en')).toMatchObject({
      description: 'birthday cake',
      amount: '$45.00',
      due_date: 'December 7, 2026',
    });
    expect(examples('cobro_invoice_sent', 'es')).toMatchObject({
      description: 'arreglo floral',
      amount: '$45.00',
      due_date: '7 de diciembre de 2026',
    });
    expect(examples('cobro_invoice_sent', 'pt_BR')).toMatchObject({
      description: 'bolo de aniversário',
      amount: 'R$\u00a045,00',
      due_date: '7 de dezembro de 2026',
    });
    expect(examples('cobro_reminder_overdue_firm', 'it')).toMatchObject({ overdue_days: '14 giorni' });
    expect(examples('cobro_statement', 'it').invoice_list).toBe(
      'F-2026-0042 di 45,00\u00a0€ (scadenza 7 dicembre 2026); F-2026-0051 di 75,00\u00a0€ (scadenza 14 dicembre 2026)',
    );
    expect(examples('cobro_statement', 'es').open_invoices).toBe('2 facturas pendientes');
  });

  it('all pass the utility check, and none reads as marketing', () => {
    for (const template of templates) expect(problems(template), `${template.name} ${template.language}`).toEqual([]);
    for (const catalog of Object.values(messageCatalogs))
      for (const entry of Object.values(catalog.messages))
        expect(findPromotionalWording(`${entry.body} ${entry.action ?? ''}`)).toEqual([]);
  });
});

describe('assertUtilityTemplate', () => {
  it('refuses a variable at the start or the end of the body, trailing punctuation included', () => {
    expect(problems(body('{{name}}, your invoice is ready to view and pay today.', { name: 'Emma' }))).toEqual([
      'components[0].text must not start or end with a variable',
    ]);
    expect(
      problems(body('Thank you for your payment. The remaining balance is {{balance}}.', { balance: '$5.00' })),
    ).toEqual(['components[0].text must not start or end with a variable']);
    expect(
      problems(body('Thank you for your payment. The remaining balance is {{balance}}!)', { balance: '$5.00' })),
    ).toEqual(['components[0].text must not start or end with a variable']);
  });

  it('refuses two variables with only spaces or punctuation between them', () => {
    expect(
      problems(
        body('Hello, thank you for your order with us: {{description}}, {{amount}} in total, we will ship it soon.', {
          description: 'cake',
          amount: '$5.00',
        }),
      ),
    ).toEqual(['components[0].text has variables description and amount with no words between them']);
  });

  it('refuses a body with fewer than three fixed words per variable', () => {
    expect(
      problems(
        body('Hi {{name}}, invoice {{number}} for {{amount}} due {{date}}. Thanks!', {
          name: 'Emma',
          number: 'F-1',
          amount: '$5.00',
          date: 'December 7',
        }),
      ),
    ).toEqual(['components[0].text has 5 fixed words for 4 variables (at least 3 each)']);
  });

  it('refuses a variable without an example, and an example for no variable', () => {
    expect(problems(body('Hello {{name}}, thank you very much for your payment today.', { amount: '$5.00' }))).toEqual([
      'components[0].example has no example for name',
      'components[0].example has an example for amount, which the body does not use',
    ]);
  });

  it('refuses a footer over 60 characters or with a variable, and long button labels', () => {
    const definition: WhatsAppTemplateDefinition = {
      ...body('Hello, thank you very much for your payment today.'),
      components: [
        { type: 'BODY', text: 'Hello, thank you very much for your payment today.' },
        { type: 'FOOTER', text: 'Responde BAJA para dejar de recibir estos recordatorios por WhatsApp.' },
        { type: 'FOOTER', text: 'Reply {{word}} to stop.' },
        { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Pay on a date of your own choosing' }] },
      ],
    };
    expect(problems(definition)).toEqual([
      'components[1].text is longer than 60 characters',
      'components[2].text must not hold a variable',
      'components[3].buttons[0].text is longer than 25 characters',
    ]);
  });

  it('refuses promotional wording', () => {
    expect(findPromotionalWording('Pay now and get 10% off with this coupon!')).toEqual(['coupon', '% off']);
    expect(findPromotionalWording('Aproveite o desconto!')).toEqual(['desconto']);
    expect(findPromotionalWording('Le ricordiamo il saldo della fattura')).toEqual([]);
    expect(
      problems(body('Paghi oggi con uno sconto del 10%, {{name}}, grazie mille a lei.', { name: 'Giulia' })),
    ).toEqual(['components[0].text reads as marketing (sconto)']);
  });
});

describe('whatsappTemplateFor', () => {
  it('gives the registered template and its named parameters, in the body’s order', () => {
    const variables: Record<string, string> = { ...sampleMessageVariables, paymentDate: '9 de dezembro de 2026' };
    expect(whatsappTemplateFor({ key: 'payment-received', locale: 'pt-BR', variables })).toEqual({
      name: 'cobro_payment_received',
      language: 'pt_BR',
      parameters: {
        name: 'Giulia',
        amount: '€45.00',
        paid_for: 'invoice F-2026-0042',
        payment_date: '9 de dezembro de 2026',
      },
    });
    const { name: _, ...withoutName } = variables;
    expect(() => whatsappTemplateFor({ key: 'payment-received', locale: 'it-IT', variables: withoutName })).toThrow(
      'Message "payment-received" (it) needs the variable "name", which was not given.',
    );
  });

  it('picks the _offline twin with the ways to pay as a parameter, never holding a line break', () => {
    const template = whatsappTemplateFor({
      key: 'invoice-sent',
      locale: 'es-MX',
      payment: 'offline',
      variables: { ...sampleMessageVariables, paymentOptions: 'Efectivo en tienda,\nlunes a sábado' },
    });
    expect(template.name).toBe('cobro_invoice_sent_offline');
    expect(template.parameters.payment_options).toBe('Efectivo en tienda, lunes a sábado');
  });
});
