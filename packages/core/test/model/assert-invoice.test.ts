import {
  applyPayment,
  applyRefund,
  assertInvoice,
  createInvoice,
  createOrder,
  type Invoice,
  issueInvoice,
  modelLimits,
  money,
  openDispute,
  recordPromiseToPay,
  ValidationError,
  voidInvoice,
} from '@cobro/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceInput, mxLines, openInvoice, payment } from './invoice-fixtures';

/** The ValidationError `assertInvoice(value)` throws; fails the test when it passes or throws anything else. */
function refusal(value: unknown): ValidationError {
  try {
    assertInvoice(value);
  } catch (error) {
    if (ValidationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError, but the invoice was accepted');
}

const paths = (error: ValidationError) => error.issues.map((issue) => issue.path);
const valid = openInvoice();
const withLine = (change: Record<string, unknown>) => ({ ...valid, lines: [{ ...valid.lines[0], ...change }] });

describe('assertInvoice: the stored shape the model writes', () => {
  it('accepts every invoice the model builds, also after a JSON round trip', () => {
    const paid = applyPayment(valid, payment('pi_1', 145000)).invoice;
    const invoices: Invoice[] = [
      valid,
      createInvoice(invoiceInput),
      createInvoice({ ...invoiceInput, installments: { count: 3, firstDueDate: '2026-12-01' }, dueDate: undefined }),
      createInvoice({
        id: 'inv_o',
        number: 'F-2',
        order: createOrder({ id: 'ord_1', customerId: 'cus_1', currency: 'MXN', lines: mxLines }),
        issueDate: '2026-11-01',
        dueDate: '2026-11-15',
        businessTimeZone: 'America/Mexico_City',
        metadata: { crm: '42' },
        description: 'flores',
      }),
      issueInvoice(createInvoice(invoiceInput)),
      applyPayment(valid, payment('pi_1', 50000)).invoice,
      paid,
      applyPayment(valid, payment('pi_2', 200000)).invoice,
      applyRefund(paid, {
        provider: 'stripe',
        providerRefundId: 're_1',
        providerPaymentId: 'pi_1',
        amount: money(145000, 'MXN'),
        refundedAt: '2026-11-12T10:00:00Z',
      }).invoice,
      voidInvoice(valid),
      recordPromiseToPay(valid, { date: '2026-11-20', recordedAt: '2026-11-10T10:00:00Z', source: 'quick-reply' }),
      openDispute(valid, { openedAt: '2026-11-10T10:00:00Z', reason: 'wrong amount' }),
    ];
    for (const invoice of invoices) {
      expect(() => assertInvoice(invoice)).not.toThrow();
      expect(() => assertInvoice(JSON.parse(JSON.stringify(invoice)))).not.toThrow();
    }
  });

  it.each([
    ['lines[0].quantity', withLine({ quantity: '-1' })],
    ['lines[0].quantity', withLine({ quantity: '0' })],
    ['lines[0].quantity', withLine({ quantity: 2 })],
    ['lines[0].quantity', withLine({ quantity: '1.2345' })],
    ['lines[0].unitPrice', withLine({ unitPrice: money(-100, 'MXN') })],
    ['lines[0].unitPrice.amountMinor', withLine({ unitPrice: { amountMinor: 10.5, currency: 'MXN' } })],
    ['lines[0].unitPrice.currency', withLine({ unitPrice: money(50000, 'USD') })],
    ['lines[0].taxRate', withLine({ taxRate: '160' })],
    ['lines[0].description', withLine({ description: 'd'.repeat(modelLimits.text + 1) })],
    ['balance.amountMinor', { ...valid, balance: { amountMinor: 0.5, currency: 'MXN' } }],
    ['balance', { ...valid, balance: money(0, 'MXN') }],
    ['balance', { ...valid, balance: money(145001, 'MXN') }],
    ['overpaid', { ...valid, overpaid: money(10, 'MXN') }],
    ['totals.total', { ...valid, totals: { ...valid.totals, total: money(1, 'MXN') } }],
    [
      'totals.lines[1].tax',
      {
        ...valid,
        totals: { ...valid.totals, lines: [valid.totals.lines[0], { ...valid.totals.lines[1], tax: money(0, 'MXN') }] },
      },
    ],
    ['status', { ...valid, status: 'overdue' }],
    ['dueDate', { ...valid, dueDate: '2026-02-30' }],
    ['dueDate', { ...valid, dueDate: '2026-11-15T00:00:00Z' }],
    ['dueDate', { ...valid, dueDate: '2026-10-01' }],
    ['issueDate', { ...valid, issueDate: 1_762_000_000_000 }],
    ['businessTimeZone', { ...valid, businessTimeZone: 'Mars/Olympus' }],
    ['currency', { ...valid, currency: 'mxn' }],
    ['id', { ...valid, id: '' }],
    ['id', { ...valid, id: ' inv_1' }],
    ['customerId', { ...valid, customerId: 'c'.repeat(201) }],
    ['number', { ...valid, number: undefined }],
    ['version', { ...valid, version: -1 }],
    ['version', { ...valid, version: 1.5 }],
    [
      'payments[0].amount.amountMinor',
      { ...valid, payments: [{ ...payment('pi_1', 100), amount: { amountMinor: 99.5, currency: 'MXN' } }] },
    ],
    ['payments[0].amount.currency', { ...valid, payments: [payment('pi_1', 100, 'USD')] }],
    ['payments[0].receivedAt', { ...valid, payments: [{ ...payment('pi_1', 100), receivedAt: 'yesterday' }] }],
    ['installments', { ...valid, installments: [{ id: '1', dueDate: '2026-11-15', amount: money(100, 'MXN') }] }],
    ['description', { ...valid, description: 'x'.repeat(501) }],
    ['metadata.crm', { ...valid, metadata: { crm: 42 } }],
    [
      'promiseToPay.date',
      { ...valid, promiseToPay: { date: 'soon', recordedAt: '2026-11-10T10:00:00Z', source: 'app' } },
    ],
    ['dispute.reason', { ...valid, dispute: { openedAt: '2026-11-10T10:00:00Z', reason: '' } }],
  ])('refuses a bad %s and names it', (path, value) => {
    const error = refusal(value);
    expect(error.subject).toBe('invoice');
    expect(paths(error)).toContain(path);
  });

  it('refuses a balance of half a minor unit, even when it rounds to the right amount', () => {
    const error = refusal({ ...valid, balance: { amountMinor: 144999.5, currency: 'MXN' } });
    expect(error.issues).toEqual([
      { path: 'balance.amountMinor', message: 'must be a whole number of minor units (e.g. cents), not a fraction' },
    ]);
  });

  it('refuses a 10 MB description, naming the field', () => {
    const error = refusal({ ...valid, description: 'A'.repeat(10 * 1024 * 1024) });
    expect(error.issues).toEqual([{ path: 'description', message: `must be at most ${modelLimits.text} characters` }]);
  });

  it('refuses more lines than the bound', () => {
    const lines = Array.from({ length: modelLimits.list + 1 }, () => valid.lines[0]);
    expect(paths(refusal({ ...valid, lines }))).toEqual(['lines']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses an own %s key anywhere (top, metadata, a line)',
    (key) => {
      const json = JSON.stringify({ ...valid, metadata: { crm: '1' } });
      const top = JSON.parse(json.replace('{', `{"${key}":{"polluted":"yes"},`));
      expect(paths(refusal(top))).toContain(key);
      const inMetadata = JSON.parse(json.replace('"metadata":{', `"metadata":{"${key}":"x",`));
      expect(paths(refusal(inMetadata))).toContain(`metadata.${key}`);
      const inLine = JSON.parse(json.replace('"lines":[{', `"lines":[{"${key}":{"polluted":"yes"},`));
      expect(paths(refusal(inLine))).toContain(`lines[0].${key}`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('refuses fields an invoice does not have, at any level', () => {
    expect(refusal({ ...valid, secret: 'x' }).issues).toEqual([{ path: '', message: 'has unknown field(s): secret' }]);
    expect(paths(refusal(withLine({ note: 'x' })))).toEqual(['lines[0]']);
    expect(paths(refusal({ ...valid, balance: { ...valid.balance, extra: 1 } }))).toEqual(['balance']);
  });

  it('refuses what is not a plain record', () => {
    for (const value of [null, undefined, 'inv_1', 7, [valid], Object.create(valid)]) {
      expect(refusal(value).subject).toBe('invoice');
    }
  });
});

describe('assertInvoice under random input (fast-check)', () => {
  const fields = Object.keys(valid) as (keyof Invoice)[];

  it('throws nothing but a ValidationError, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }), (value) => {
        try {
          assertInvoice(value);
        } catch (error) {
          expect(ValidationError.isInstance(error)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a field replaced by a random value is refused by a named path, or the invoice still adds up', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything({ maxDepth: 2 }), (field, replacement) => {
        const candidate = { ...valid, [field]: replacement };
        try {
          assertInvoice(candidate);
        } catch (error) {
          if (!ValidationError.isInstance(error)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
          return;
        }
        const stored = JSON.parse(JSON.stringify(candidate)) as Invoice;
        expect(() => assertInvoice(stored)).not.toThrow();
        expect(stored.balance).toEqual(valid.balance);
      }),
      { numRuns: 1000 },
    );
  });

  it('any integer amounts: a payment is accepted exactly when the balance is the model’s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300000 }), fc.integer({ min: 0, max: 300000 }), (paid, balance) => {
        const withPayment = applyPayment(valid, payment('pi_1', paid)).invoice;
        const candidate = { ...withPayment, balance: money(balance, 'MXN') };
        const right = balance === Math.max(0, 145000 - paid);
        if (right) expect(() => assertInvoice(candidate)).not.toThrow();
        else expect(paths(refusal(candidate))).toEqual(['balance']);
      }),
      { numRuns: 300 },
    );
  });
});
