import { createInvoice, parseMoney, statutoryLateCharges } from '@cobro/core';
import { describe, expect, it } from 'vitest';

const invoice = (currency: 'EUR' | 'GBP', amount: string, dueDate: string) =>
  createInvoice({
    id: 'inv-1',
    number: 'F-1',
    customerId: 'c-1',
    currency,
    status: 'open',
    issueDate: '2025-05-01',
    dueDate,
    businessTimeZone: 'Europe/Rome',
    lines: [{ description: 'Servizi', quantity: '1', unitPrice: parseMoney(amount, currency), taxRate: '0' }],
  });

describe('statutoryLateCharges', () => {
  it('computes Italian B2B interest across two semesters, exactly, plus €40', () => {
    const result = statutoryLateCharges({
      invoice: invoice('EUR', '1000.00', '2025-06-20'),
      customer: { kind: 'business' },
      jurisdiction: 'IT',
      asOf: '2025-07-10',
      claimed: true,
    });
    // 10 days at 11.15 % and 10 days at 10.15 % on €1,000: 1000 × 2.13 / 365 = €5.8356… → €5.84
    expect(
      result.charges.map((charge) => [
        charge.kind,
        charge.amount.amountMinor,
        charge.rates.map((rate) => rate.ratePercent ?? 'fixed'),
      ]),
    ).toEqual([
      ['late-interest', 584, ['11.15', '10.15']],
      ['fixed-compensation', 4000, ['fixed']],
    ]);
    expect(result.unpricedDays).toEqual([]);
  });

  it('never guesses a rate it does not have', () => {
    const result = statutoryLateCharges({
      invoice: invoice('EUR', '1000.00', '2025-12-30'),
      customer: { kind: 'business' },
      jurisdiction: 'IT',
      asOf: '2026-01-02',
      claimed: true,
    });
    expect(result.charges[0]).toMatchObject({ kind: 'late-interest', amount: { amountMinor: 28 } }); // 31 Dec only
    expect(result.unpricedDays).toEqual(['2026-01-01', '2026-01-02']);
  });

  it('applies only when claimed and to the debtor kind the law covers', () => {
    const base = { invoice: invoice('EUR', '1000.00', '2025-06-20'), jurisdiction: 'IT' as const, asOf: '2025-07-10' };
    expect(statutoryLateCharges({ ...base, customer: { kind: 'business' }, claimed: false }).charges).toEqual([]);
    expect(statutoryLateCharges({ ...base, customer: { kind: 'consumer' }, claimed: true }).charges).toEqual([]);
  });

  it('picks the UK fixed sum by invoice size', () => {
    const sum = (amount: string) =>
      statutoryLateCharges({
        invoice: invoice('GBP', amount, '2025-06-20'),
        customer: { kind: 'business' },
        jurisdiction: 'UK-B2B',
        asOf: '2025-07-10',
        claimed: true,
      }).charges.map((charge) => charge.amount.amountMinor);
    expect([sum('999.99'), sum('1000.00'), sum('9999.99'), sum('10000.00')]).toEqual([[4000], [7000], [7000], [10000]]);
  });
});
