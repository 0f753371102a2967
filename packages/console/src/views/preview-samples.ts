import { formatMessageVariables, type MessageVariables, sampleMessageVariables } from '@cobro/core';

/**
 * Core's sample values with amounts and dates formatted for `locale`, as the runtime formats a real customer's, so
 * the preview reads as that customer would read it (not with English dates in a Portuguese message).
 */
export function localizedSamples(locale: string): MessageVariables {
  const euros = (amountMinor: number) => ({ money: { amountMinor, currency: 'EUR' } });
  const formatted = formatMessageVariables({
    locale,
    timeZone: 'UTC',
    values: {
      amount: euros(4500),
      total: euros(12000),
      balance: euros(2000),
      dueDate: { date: '2026-12-07' },
      deadline: { date: '2026-12-21' },
      paymentDate: { date: '2026-12-09' },
      promiseDate: { date: '2026-12-15' },
      secondAmount: euros(7500),
      secondDueDate: { date: '2026-12-14' },
    },
  });
  const { secondAmount, secondDueDate, ...values } = formatted;
  return {
    ...sampleMessageVariables,
    ...values,
    invoiceList: `F-2026-0042 (${values.amount}, ${values.dueDate}); F-2026-0051 (${secondAmount}, ${secondDueDate})`,
  };
}
