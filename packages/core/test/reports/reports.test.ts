import {
  agingReport,
  applyPayment,
  applyRefund,
  collectionStats,
  createInvoice,
  createPayment,
  createRefund,
  exportInvoicesCsv,
  exportPaymentsCsv,
  type Invoice,
  parseMoney,
  recordPromiseToPay,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';

const invoice = (
  id: string,
  currency: string,
  total: string,
  issueDate: string,
  dueDate: string,
  description = 'Servizi',
) =>
  createInvoice({
    id,
    number: id.toUpperCase(),
    customerId: 'c-1',
    currency,
    status: 'open',
    issueDate,
    dueDate,
    businessTimeZone: 'Europe/Rome',
    description,
    lines: [{ description, quantity: '1', unitPrice: parseMoney(total, currency), taxRate: '0' }],
  });
const pay = (target: Invoice, amount: string, receivedAt: string, id = `p-${target.id}-${receivedAt}`) =>
  applyPayment(
    target,
    createPayment({
      provider: 'manual',
      providerPaymentId: id,
      amount: parseMoney(amount, target.currency),
      receivedAt,
    }),
  ).invoice;

describe('reports', () => {
  const book = [
    invoice('a', 'EUR', '100.00', '2026-09-01', '2026-12-01'), // current on 1 Dec
    invoice('b', 'EUR', '50.00', '2026-09-01', '2026-11-20'), // 11 days
    invoice('c', 'EUR', '30.00', '2026-09-01', '2026-10-15'), // 47 days
    invoice('d', 'EUR', '20.00', '2026-08-01', '2026-09-15'), // 77 days
    invoice('e', 'EUR', '10.00', '2026-06-01', '2026-07-01'), // 153 days
    pay(invoice('f', 'MXN', '1234.50', '2026-10-01', '2026-11-01'), '234.50', '2026-11-05T12:00:00.000Z'),
    pay(invoice('g', 'EUR', '99.00', '2026-10-01', '2026-10-31'), '99.00', '2026-11-03T10:00:00.000Z'),
  ];

  it('ages receivables per currency, exactly, from the oldest unpaid installment', () => {
    expect(agingReport({ invoices: book, asOf: '2026-12-01' })).toEqual([
      {
        currency: 'EUR',
        buckets: {
          current: { amountMinor: 10000, currency: 'EUR' },
          '1-30': { amountMinor: 5000, currency: 'EUR' },
          '31-60': { amountMinor: 3000, currency: 'EUR' },
          '61-90': { amountMinor: 2000, currency: 'EUR' },
          '90+': { amountMinor: 1000, currency: 'EUR' },
        },
        counts: { current: 1, '1-30': 1, '31-60': 1, '61-90': 1, '90+': 1 },
        total: { amountMinor: 21000, currency: 'EUR' },
      },
      {
        currency: 'MXN',
        buckets: {
          current: { amountMinor: 0, currency: 'MXN' },
          '1-30': { amountMinor: 100000, currency: 'MXN' },
          '31-60': { amountMinor: 0, currency: 'MXN' },
          '61-90': { amountMinor: 0, currency: 'MXN' },
          '90+': { amountMinor: 0, currency: 'MXN' },
        },
        counts: { current: 0, '1-30': 1, '31-60': 0, '61-90': 0, '90+': 0 },
        total: { amountMinor: 100000, currency: 'MXN' },
      },
    ]);
  });

  it('computes collection rate, days to pay, DSO and promises kept', () => {
    const promised = recordPromiseToPay(invoice('h', 'EUR', '40.00', '2026-10-01', '2026-10-20'), {
      date: '2026-10-25',
      recordedAt: '2026-10-21T09:00:00.000Z',
      source: 'whatsapp-reply',
    });
    const kept = pay(promised, '40.00', '2026-10-24T09:00:00.000Z');
    const [eur] = collectionStats({ invoices: [...book, kept], from: '2026-10-01', to: '2026-10-31' });
    // Issued in October: g (99.00, paid 3 days late) and h (40.00, paid 4 days late, promise kept).
    expect(eur).toEqual({
      currency: 'EUR',
      billed: { amountMinor: 13900, currency: 'EUR' },
      collected: { amountMinor: 13900, currency: 'EUR' },
      collectionRate: 1,
      averageDaysToPay: 3.5,
      daysSalesOutstanding: 0,
      promises: { due: 1, kept: 1 },
    });
  });

  it('exports invoices and payments as RFC 4180 CSV with exact decimal amounts', () => {
    const quoted = invoice('q', 'EUR', '12.30', '2026-10-01', '2026-10-31', 'Torta "della nonna", grande');
    const refunded = applyRefund(
      pay(invoice('r', 'JPY', '1500', '2026-10-01', '2026-10-31'), '1500', '2026-10-02T00:00:00.000Z', 'pi_1'),
      createRefund({
        provider: 'manual',
        providerRefundId: 're_1',
        providerPaymentId: 'pi_1',
        amount: parseMoney('500', 'JPY'),
        refundedAt: '2026-10-03T00:00:00.000Z',
      }),
    ).invoice;
    expect(exportInvoicesCsv([quoted]).split('\r\n')).toEqual([
      'number,customer_id,status,currency,issue_date,due_date,subtotal,tax,total,balance,description',
      'Q,c-1,open,EUR,2026-10-01,2026-10-31,12.30,0.00,12.30,12.30,"Torta ""della nonna"", grande"',
      '',
    ]);
    expect(exportPaymentsCsv([refunded]).split('\r\n')).toEqual([
      'invoice_number,kind,provider,provider_id,received_at,currency,amount,method',
      'R,payment,manual,pi_1,2026-10-02T00:00:00.000Z,JPY,1500,',
      'R,refund,manual,re_1,2026-10-03T00:00:00.000Z,JPY,-500,',
      '',
    ]);
  });
});
