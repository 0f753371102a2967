import { readFileSync } from 'node:fs';
import { type MessageCatalog, messageCatalogs, renderMessage, TemplateRenderError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { generatePrecompiledTemplates, precompiledTemplatesPath } from '../../scripts/precompile-templates';

describe('precompiled catalogue templates', () => {
  it('match the catalogues as they are now (run `pnpm --filter @cobro/core precompile` when this fails)', () => {
    expect(readFileSync(precompiledTemplatesPath, 'utf8')).toBe(generatePrecompiledTemplates(messageCatalogs));
  });

  it('render with code generation forbidden, as in edge runtimes', () => {
    const original = globalThis.Function;
    // What workerd and edge-runtime do: `new Function(...)` throws EvalError.
    const forbidden = new Proxy(original, {
      construct() {
        throw new EvalError('Code generation from strings disallowed for this context');
      },
      apply() {
        throw new EvalError('Code generation from strings disallowed for this context');
      },
    });
    globalThis.Function = forbidden;
    try {
      const variables = {
        name: 'Ana',
        invoiceNumber: 'F-7',
        business: 'Rossi',
        amount: '$10.00',
        description: 'cake',
        dueDate: '7 Dec',
        paymentUrl: 'https://pay.example/x',
      };
      const rendered = renderMessage({ key: 'invoice-sent', locale: 'en', variables });
      expect(rendered.text).toContain('Hi Ana, here is invoice F-7');
      const { paymentUrl: _, ...withoutUrl } = variables;
      const error = (() => {
        try {
          renderMessage({ key: 'invoice-sent', locale: 'es-MX', variables: withoutUrl });
        } catch (caught) {
          return caught;
        }
      })();
      expect(TemplateRenderError.isInstance(error)).toBe(true);
      expect((error as TemplateRenderError).variable).toBe('paymentUrl');
    } finally {
      globalThis.Function = original;
    }
  });

  it('render a catalogue given at run time with the same strictness, without compiling it', () => {
    const englishCatalog = messageCatalogs.en as MessageCatalog;
    const reworded = {
      ...englishCatalog,
      messages: {
        ...englishCatalog.messages,
        'invoice-sent': { body: 'Hello {{ name }}, {{amount}} please.', action: 'Pay: {{paymentUrl}}' },
      },
    };
    const catalogs = { en: reworded };
    const variables = { name: 'Ana', amount: '$10.00', paymentUrl: 'https://pay.example/x' };
    expect(renderMessage({ key: 'invoice-sent', locale: 'en', variables, catalogs }).text).toBe(
      'Hello Ana, $10.00 please.\n\nPay: https://pay.example/x',
    );
    expect(() =>
      renderMessage({ key: 'invoice-sent', locale: 'en', variables: { name: 'Ana', amount: '1' }, catalogs }),
    ).toThrow(/needs the variable "paymentUrl"/);
    const withHelper = {
      en: { ...reworded, messages: { ...reworded.messages, 'invoice-sent': { body: '{{#if x}}y{{/if}}' } } },
    };
    expect(() => renderMessage({ key: 'invoice-sent', locale: 'en', variables, catalogs: withHelper })).toThrow(
      TemplateRenderError,
    );
  });
});
