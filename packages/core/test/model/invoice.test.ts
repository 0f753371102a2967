import {
  applyPayment,
  computeTotals,
  createInvoice,
  createOrder,
  daysOverdue,
  installmentStatuses,
  invoiceBalance,
  isOverdue,
  type LineItem,
  money,
  sumMoney,
  ValidationError,
} from '@cobro/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceInput, mxLines, openInvoice, payment } from './invoice-fixtures';

function validationError(action: () => unknown): ValidationError {
  try {
    action();
  } catch (error) {
    if (ValidationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('computeTotals', () => {
  it('computes per-line amounts and sums', () => {
    const totals = computeTotals(mxLines, 'MXN');
    expect(totals.subtotal).toEqual(money(125000, 'MXN'));
    expect(totals.tax).toEqual(money(20000, 'MXN'));
    expect(totals.total).toEqual(money(145000, 'MXN'));
    expect(totals.lines[0]).toEqual({
      gross: money(100000, 'MXN'),
      discount: money(0, 'MXN'),
      net: money(100000, 'MXN'),
      tax: money(16000, 'MXN'),
      total: money(116000, 'MXN'),
    });
  });

  it('rounds each line half-up, after the discount, before summing', () => {
    const lines: LineItem[] = [
      // 1.5 × 0.33 = 0.495 → 0.50; 10 % off = 0.05 → net 0.45; 22 % tax = 0.099 → 0.10.
      {
        description: 'a',
        quantity: '1.5',
        unitPrice: money(33, 'EUR'),
        taxRate: '22',
        discount: { kind: 'percent', percent: '10' },
      },
      // 3 × 0.10 = 0.30, 1.00 off would exceed it below; here 0.05 off → 0.25; 22 % = 0.055 → 0.06.
      {
        description: 'b',
        quantity: '3',
        unitPrice: money(10, 'EUR'),
        taxRate: '22',
        discount: { kind: 'amount', amount: money(5, 'EUR') },
      },
    ];
    const totals = computeTotals(lines, 'EUR');
    expect(
      totals.lines.map((line) => [
        line.gross.amountMinor,
        line.discount.amountMinor,
        line.net.amountMinor,
        line.tax.amountMinor,
      ]),
    ).toEqual([
      [50, 5, 45, 10],
      [30, 5, 25, 6],
    ]);
    expect(totals.total).toEqual(money(86, 'EUR'));
  });

  it('names each bad line field by path', () => {
    const error = validationError(() =>
      computeTotals(
        [
          mxLines[0]!,
          { description: '', quantity: '1.2345', unitPrice: money(100, 'MXN'), taxRate: '116' },
          {
            description: 'x',
            quantity: '1',
            unitPrice: money(100, 'USD'),
            taxRate: '16',
            discount: { kind: 'amount', amount: money(200, 'MXN') },
          },
        ],
        'MXN',
      ),
    );
    expect(error.issues).toEqual([
      { path: 'lines[1].description', message: 'must describe what was sold' },
      { path: 'lines[1].quantity', message: 'must have at most 3 decimal places' },
      { path: 'lines[1].taxRate', message: 'must be at most 100' },
      { path: 'lines[2].unitPrice.currency', message: 'must be MXN, like the document' },
    ]);
  });

  it('refuses a discount larger than the line', () => {
    const error = validationError(() =>
      computeTotals(
        [
          {
            description: 'x',
            quantity: '1',
            unitPrice: money(100, 'MXN'),
            taxRate: '0',
            discount: { kind: 'amount', amount: money(200, 'MXN') },
          },
        ],
        'MXN',
      ),
    );
    expect(error.issues).toEqual([{ path: 'lines[0].discount', message: expect.stringContaining('must not exceed') }]);
  });

  const arbitraryLine = fc.record({
    description: fc.constant('item'),
    quantity: fc
      .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }))
      .filter(([w, f]) => w + f > 0)
      .map(([w, f]) => `${w}.${String(f).padStart(3, '0')}`),
    unitPrice: fc.integer({ min: 0, max: 10_000_000 }).map((minor) => money(minor, 'BRL')),
    taxRate: fc.constantFrom('0', '4', '10', '16', '17.5', '21', '22', '8.875'),
    discount: fc.option(
      fc.constantFrom('0', '5', '12.5', '100').map((percent) => ({ kind: 'percent' as const, percent })),
      { nil: undefined },
    ),
  });

  it('totals are integers and equal the sum of the line totals (property)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryLine, { minLength: 1, maxLength: 20 }), (rawLines) => {
        const lines = rawLines.map(({ discount, ...line }) => (discount === undefined ? line : { ...line, discount }));
        const totals = computeTotals(lines, 'BRL');
        for (const amount of [totals.subtotal, totals.tax, totals.total, totals.discount]) {
          expect(Number.isSafeInteger(amount.amountMinor)).toBe(true);
        }
        expect(totals.total).toEqual(
          sumMoney(
            totals.lines.map((line) => line.total),
            'BRL',
          ),
        );
        expect(totals.tax).toEqual(
          sumMoney(
            totals.lines.map((line) => line.tax),
            'BRL',
          ),
        );
        expect(totals.total.amountMinor).toBe(totals.subtotal.amountMinor + totals.tax.amountMinor);
        for (const line of totals.lines) {
          expect(line.net.amountMinor).toBe(line.gross.amountMinor - line.discount.amountMinor);
          expect(line.net.amountMinor).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('createInvoice', () => {
  it("words zod's own checks in English, without changing zod's global configuration", async () => {
    const error = validationError(() =>
      createInvoice({
        ...invoiceInput,
        dueDate: undefined,
        installments: { count: 3, firstDueDate: '2026-12-15', intervalMonths: 0 },
      }),
    );
    expect(error.issues).toEqual([
      { path: 'installments.intervalMonths', message: 'Too small: expected number to be >=1' },
    ]);
    // The wording is passed to each parse: an app's own zod/mini schemas keep zod's default (no locale).
    const z = await import('zod/mini');
    const result = z.safeParse(z.number().check(z.gte(1)), 0);
    expect(result.error?.issues[0]?.message).toBe('Invalid input');
  });

  it('builds a draft with totals, balance and version 0', () => {
    const invoice = createInvoice(invoiceInput);
    expect(invoice.status).toBe('draft');
    expect(invoice.totals.total).toEqual(money(145000, 'MXN'));
    expect(invoice.balance).toEqual(money(145000, 'MXN'));
    expect(invoice.overpaid).toEqual(money(0, 'MXN'));
    expect(invoice.version).toBe(0);
    expect(invoice.installments).toEqual([]);
  });

  it('bills an order', () => {
    const order = createOrder({ id: 'ord_1', customerId: 'cus_1', currency: 'MXN', lines: mxLines });
    const invoice = createInvoice({
      id: 'inv_2',
      number: 'F-2',
      order,
      issueDate: '2026-11-01',
      dueDate: '2026-11-30',
      businessTimeZone: 'America/Mexico_City',
    });
    expect(invoice.orderId).toBe('ord_1');
    expect(invoice.customerId).toBe('cus_1');
    expect(invoice.totals).toEqual(order.totals);
  });

  it('splits a plan into installments that sum exactly, month ends clamped', () => {
    const invoice = createInvoice({
      ...invoiceInput,
      lines: [{ description: 'Curso', quantity: '1', unitPrice: money(100000, 'MXN'), taxRate: '0' }],
      dueDate: undefined,
      installments: { count: 3, firstDueDate: '2027-01-31' },
    });
    expect(invoice.installments).toEqual([
      { id: '1', dueDate: '2027-01-31', amount: money(33334, 'MXN') },
      { id: '2', dueDate: '2027-02-28', amount: money(33333, 'MXN') },
      { id: '3', dueDate: '2027-03-31', amount: money(33333, 'MXN') },
    ]);
    expect(invoice.dueDate).toBe('2027-03-31');
  });

  it('installment plans always sum to the total (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 10 }),
        fc.integer({ min: 2, max: 24 }),
        fc.integer({ min: 1, max: 3 }),
        (minor, count, intervalMonths) => {
          const invoice = createInvoice({
            ...invoiceInput,
            lines: [{ description: 'x', quantity: '1', unitPrice: money(minor, 'MXN'), taxRate: '0' }],
            dueDate: undefined,
            installments: { count, firstDueDate: '2026-12-15', intervalMonths },
          });
          expect(
            sumMoney(
              invoice.installments.map((item) => item.amount),
              'MXN',
            ),
          ).toEqual(invoice.totals.total);
          expect(invoice.dueDate).toBe(invoice.installments.at(-1)?.dueDate);
        },
      ),
    );
  });

  it('refuses explicit installments that do not add up, are out of order or contradict dueDate', () => {
    const error = validationError(() =>
      createInvoice({
        ...invoiceInput,
        installments: [
          { dueDate: '2026-12-01', amount: money(100000, 'MXN') },
          { dueDate: '2026-11-20', amount: money(40000, 'MXN') },
        ],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['installments[1].dueDate', 'installments', 'dueDate']);
    expect(error.message).toContain('must add up to the invoice total (145000 minor units); they add up to 140000');
  });

  it('lists every missing or malformed field in one error', () => {
    const error = validationError(() =>
      createInvoice({ id: 'inv', number: '', issueDate: '2026-02-30', businessTimeZone: 'CET' } as never),
    );
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'number', message: 'must not be empty' },
        { path: 'issueDate', message: 'must be a real calendar date written YYYY-MM-DD' },
        { path: 'businessTimeZone', message: expect.stringContaining('IANA time zone') },
        { path: 'lines', message: 'is required (or give an order)' },
        { path: 'customerId', message: 'is required' },
        { path: 'dueDate', message: 'is required' },
      ]),
    );
  });

  it('words type errors for people', () => {
    const error = validationError(() =>
      createInvoice({
        ...invoiceInput,
        lines: [{ description: 'x', quantity: 2, unitPrice: { amountMinor: '100', currency: 'MXN' }, taxRate: '16' }],
        metadata: { orderRef: 42 },
      } as never),
    );
    expect(error.issues).toEqual([
      { path: 'lines[0].quantity', message: "must be a quantity written as a decimal string, e.g. '2' or '1.5'" },
      { path: 'lines[0].unitPrice.amountMinor', message: 'must be a number' },
      { path: 'metadata.orderRef', message: 'must be text (metadata values are strings)' },
    ]);
  });

  it('refuses a due date before the issue date', () => {
    const error = validationError(() => createInvoice({ ...invoiceInput, dueDate: '2026-10-01' }));
    expect(error.issues).toEqual([{ path: 'dueDate', message: 'must be on or after the issue date' }]);
  });
});

describe('overdue and balance are derived', () => {
  it('is overdue only after the due date while unpaid', () => {
    const invoice = openInvoice();
    expect(isOverdue(invoice, '2026-11-15')).toBe(false);
    expect(isOverdue(invoice, '2026-11-16')).toBe(true);
    expect(daysOverdue(invoice, '2026-11-25')).toBe(10);
    const paid = applyPayment(invoice, payment('pi_1', 145000)).invoice;
    expect(isOverdue(paid, '2026-12-01')).toBe(false);
    expect(isOverdue(createInvoice(invoiceInput), '2026-12-01')).toBe(false);
  });

  it('counts installments oldest first', () => {
    const invoice = openInvoice({ dueDate: undefined, installments: { count: 2, firstDueDate: '2026-11-15' } });
    const afterFirst = applyPayment(invoice, payment('pi_1', 72500)).invoice;
    expect(installmentStatuses(afterFirst).map((status) => status.balance.amountMinor)).toEqual([0, 72500]);
    expect(isOverdue(afterFirst, '2026-12-01')).toBe(false);
    expect(isOverdue(afterFirst, '2026-12-16')).toBe(true);
    expect(isOverdue(invoice, '2026-11-16')).toBe(true);
    expect(invoiceBalance(afterFirst)).toEqual(money(72500, 'MXN'));
  });
});
