import {
  catalogFor,
  collectionMessageKeys,
  formatCount,
  formatMessageVariables,
  formatMoney,
  messageKeys,
  parseMoney,
  renderMessage,
  sampleMessageVariables,
  TemplateRenderError,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';

const locales = ['en-US', 'es-MX', 'es-ES', 'pt-BR', 'it-IT'] as const;

function sampleFor(locale: string) {
  const { counts, references } = catalogFor(locale);
  return {
    ...sampleMessageVariables,
    paidFor: references.invoice.replace('{{number}}', 'F-2026-0042'),
    overdueDays: formatCount(counts.days, 14, locale),
    openInvoices: formatCount(counts.openInvoices, 2, locale),
    invoiceList: `F-2026-0042 · ${formatMoney(parseMoney('1234.5', 'MXN'), locale)}; F-2026-0051 · ${formatMoney(parseMoney('765.5', 'MXN'), locale)}`,
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
      variables: {
        ...sampleFor('pt-BR'),
        supplierName: 'Doceria Bela Vista Ltda',
        supplierTaxId: '12.345.678/0001-90',
        supplierAddress: 'Rua Augusta 100, São Paulo SP',
      },
      additions: { supplierIdentity: true, optOutLine: true },
    });
    expect(message.text).toContain(
      'Fornecedor: Doceria Bela Vista Ltda, CNPJ 12.345.678/0001-90, Rua Augusta 100, São Paulo SP.',
    );
    expect(message.text.endsWith('Responda SAIR para não receber mais lembretes.')).toBe(true);
    expect(message.quickReplies.map((reply) => reply.label)).toEqual([
      'Já paguei',
      'Sugerir uma data',
      'Falar com alguém',
    ]);
  });

  it('writes only the supplier fields a business gave: a name alone leaves no empty "CNPJ ," gap', () => {
    const message = renderMessage({
      key: 'reminder-upcoming',
      locale: 'pt-BR',
      variables: { ...sampleFor('pt-BR'), supplierName: 'Doceria Bela Vista', supplierTaxId: '', supplierAddress: '' },
      additions: { supplierIdentity: true },
    });
    expect(message.text.endsWith('Fornecedor: Doceria Bela Vista.')).toBe(true);
    expect(message.text).not.toMatch(/CNPJ|, ,|,\s*\./);
    // Confirmations and replies ask for nothing: no identity, whatever the preset.
    const thanks = renderMessage({
      key: 'payment-received',
      locale: 'pt-BR',
      variables: { ...sampleFor('pt-BR'), supplierName: 'Doceria Bela Vista' },
      additions: { supplierIdentity: true },
    });
    expect(thanks.text).not.toContain('Fornecedor');
  });

  it('writes the offline ways to pay instead of the link when an invoice has none', () => {
    const message = renderMessage({
      key: 'invoice-sent',
      locale: 'es-MX',
      variables: { ...sampleFor('es-MX'), paymentOptions: 'CLABE 002180700000000019, Banamex (Florería Jacaranda)' },
      additions: { payment: 'offline' },
    });
    expect(message.text).toContain('Puedes pagar así: CLABE 002180700000000019, Banamex (Florería Jacaranda).');
    expect(message.text).not.toContain('https://');
    expect(message.payNowLabel).toBeUndefined();
  });

  it('keeps Italian lock-screen previews neutral: no invoice number or amount on the first line', () => {
    const variables = sampleFor('it-IT');
    for (const key of collectionMessageKeys) {
      const firstLine = renderMessage({ key, locale: 'it-IT', variables }).text.split('\n')[0] as string;
      expect(firstLine).toMatch(
        /^Buongiorno Giulia, (le scriviamo da parte di|grazie per il suo ordine presso) Pasticceria Rossi\.$/,
      );
      for (const name of ['invoiceNumber', 'amount', 'total', 'dueDate', 'invoiceList'])
        expect(firstLine).not.toContain(String(variables[name as keyof typeof variables]));
    }
  });
});
