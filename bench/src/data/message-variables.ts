import { formatMessageVariables, type MessageVariables, parseMoney, sampleMessageVariables } from '@cobro/core';

/** The four locales the catalogue ships, as customers' tags. */
export const benchLocales = ['en-US', 'es-MX', 'pt-BR', 'it-IT'] as const;

/** Every variable any catalogue message uses, formatted for `locale` as the runtime would (money, dates, zone). */
export function variablesFor(locale: string, invoiceNumber = 'F-2026-0042'): MessageVariables {
  return {
    ...sampleMessageVariables,
    invoiceNumber,
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
        paymentDate: { instant: '2026-12-09T03:00:00.000Z' },
      },
    }),
  };
}
