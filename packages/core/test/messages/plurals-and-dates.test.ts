import { catalogFor, formatCalendarDate, formatCount, formatInstantDate } from '@cobro/core';
import { describe, expect, it } from 'vitest';

describe('counted phrases (Intl.PluralRules)', () => {
  it.each([
    [
      'en-US',
      ['0 days', '1 day', '2 days', '5 days'],
      ['no open invoices', '1 open invoice', '2 open invoices', '5 open invoices'],
    ],
    [
      'es-MX',
      ['0 días', '1 día', '2 días', '5 días'],
      ['ninguna factura pendiente', '1 factura pendiente', '2 facturas pendientes', '5 facturas pendientes'],
    ],
    [
      'es-ES',
      ['0 días', '1 día', '2 días', '5 días'],
      ['ninguna factura pendiente', '1 factura pendiente', '2 facturas pendientes', '5 facturas pendientes'],
    ],
    // CLDR puts 0 in Portuguese "one"; Brazilians say "0 dias", so the catalogue gives 0 its own form.
    [
      'pt-BR',
      ['0 dias', '1 dia', '2 dias', '5 dias'],
      ['nenhuma fatura em aberto', '1 fatura em aberto', '2 faturas em aberto', '5 faturas em aberto'],
    ],
    [
      'it-IT',
      ['0 giorni', '1 giorno', '2 giorni', '5 giorni'],
      ['nessuna fattura aperta', '1 fattura aperta', '2 fatture aperte', '5 fatture aperte'],
    ],
  ])('%s: 0, 1, 2 and 5', (locale, days, invoices) => {
    const { counts } = catalogFor(locale);
    expect([0, 1, 2, 5].map((count) => formatCount(counts.days, count, locale))).toEqual(days);
    expect([0, 1, 2, 5].map((count) => formatCount(counts.openInvoices, count, locale))).toEqual(invoices);
  });

  it('groups large counts as the locale does', () => {
    expect(formatCount(catalogFor('it-IT').counts.days, 1200, 'it-IT')).toBe('1200 giorni');
    expect(formatCount(catalogFor('en-US').counts.days, 1200, 'en-US')).toBe('1,200 days');
  });
});

describe('dates in messages', () => {
  it('write the first of the month as Portuguese and Italian do, and other days as Intl does', () => {
    expect(formatCalendarDate('2026-12-01', 'pt-BR')).toBe('1º de dezembro de 2026');
    expect(formatCalendarDate('2026-12-01', 'it-IT')).toBe('1° dicembre 2026');
    expect(formatCalendarDate('2026-12-11', 'pt-BR')).toBe('11 de dezembro de 2026');
    expect(formatCalendarDate('2026-12-21', 'it-IT')).toBe('21 dicembre 2026');
    expect(formatCalendarDate('2026-12-01', 'es-MX')).toBe('1 de diciembre de 2026');
    expect(formatCalendarDate('2026-12-01', 'en-US')).toBe('December 1, 2026');
  });

  it('read an instant in the customer’s zone before choosing the ordinal', () => {
    // 02:30 UTC on 2 December is still 1 December in São Paulo (UTC−3).
    expect(formatInstantDate('2026-12-02T02:30:00.000Z', 'pt-BR', 'America/Sao_Paulo')).toBe('1º de dezembro de 2026');
    expect(formatInstantDate('2026-12-01T00:30:00.000Z', 'it-IT', 'Europe/Rome')).toBe('1° dicembre 2026');
  });
});
