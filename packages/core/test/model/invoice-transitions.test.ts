import {
  applyPayment,
  applyRefund,
  CurrencyMismatchError,
  canTransitionInvoice,
  createInvoice,
  hasActivePromise,
  hasOpenDispute,
  IllegalTransitionError,
  type Invoice,
  type InvoiceStatus,
  invoiceStatusTransitions,
  isPromiseBroken,
  issueInvoice,
  money,
  openDispute,
  recordPromiseToPay,
  resolveDispute,
  ValidationError,
  voidInvoice,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { invoiceInput, openInvoice, payment } from './invoice-fixtures';

const refund = (id: string, paymentId: string, minor: number) => ({
  provider: 'stripe',
  providerRefundId: id,
  providerPaymentId: paymentId,
  amount: money(minor, 'MXN'),
  refundedAt: '2026-11-20T10:00:00Z',
});

/** An invoice in each status, reached only through the public transitions. */
function invoiceIn(status: InvoiceStatus): Invoice {
  const draft = createInvoice(invoiceInput);
  switch (status) {
    case 'draft':
      return draft;
    case 'open':
      return issueInvoice(draft);
    case 'void':
      return voidInvoice(draft);
    case 'partially_paid':
      return applyPayment(issueInvoice(draft), payment('pi_part', 50000)).invoice;
    case 'paid':
      return applyPayment(issueInvoice(draft), payment('pi_full', 145000)).invoice;
    case 'refunded':
      return applyRefund(invoiceIn('paid'), refund('re_full', 'pi_full', 145000)).invoice;
  }
}

const statuses: InvoiceStatus[] = ['draft', 'open', 'partially_paid', 'paid', 'void', 'refunded'];

type Action = { name: string; run: (invoice: Invoice) => Invoice; requested: string };
const actions: Action[] = [
  { name: 'issue', run: issueInvoice, requested: 'open' },
  { name: 'void', run: voidInvoice, requested: 'void' },
  {
    name: 'pay in part',
    run: (invoice) => applyPayment(invoice, payment('pi_new_part', 1000)).invoice,
    requested: 'partially_paid',
  },
  {
    name: 'pay in full',
    run: (invoice) => applyPayment(invoice, payment('pi_new_full', 145000)).invoice,
    requested: 'paid',
  },
  { name: 'refund everything', run: (invoice) => refundAll(invoice), requested: 'refunded' },
  {
    name: 'promise to pay',
    run: (invoice) =>
      recordPromiseToPay(invoice, { date: '2026-11-30', recordedAt: '2026-11-16T09:00:00Z', source: 'quick-reply' }),
    requested: 'promise-to-pay',
  },
  {
    name: 'open dispute',
    run: (invoice) => openDispute(invoice, { openedAt: '2026-11-16T09:00:00Z', reason: 'wrong item' }),
    requested: 'disputed',
  },
];

function refundAll(invoice: Invoice): Invoice {
  let current = invoice;
  for (const paid of invoice.payments) {
    current = applyRefund(
      current,
      refund(`re_${paid.providerPaymentId}`, paid.providerPaymentId, paid.amount.amountMinor),
    ).invoice;
  }
  if (invoice.payments.length === 0) return applyRefund(current, refund('re_none', 'pi_none', 1)).invoice;
  return current;
}

// Expected resulting status of each (status, action), or null when the move is illegal.
const expected: Record<InvoiceStatus, Record<string, InvoiceStatus | null>> = {
  draft: {
    issue: 'open',
    void: 'void',
    'pay in part': null,
    'pay in full': null,
    'refund everything': null,
    'promise to pay': null,
    'open dispute': null,
  },
  open: {
    issue: null,
    void: 'void',
    'pay in part': 'partially_paid',
    'pay in full': 'paid',
    'refund everything': null,
    'promise to pay': 'open',
    'open dispute': 'open',
  },
  partially_paid: {
    issue: null,
    void: null,
    'pay in part': 'partially_paid',
    'pay in full': 'paid',
    'refund everything': 'refunded',
    'promise to pay': 'partially_paid',
    'open dispute': 'partially_paid',
  },
  paid: {
    issue: null,
    void: null,
    'pay in part': 'paid',
    'pay in full': 'paid',
    'refund everything': 'refunded',
    'promise to pay': null,
    'open dispute': 'paid',
  },
  void: {
    issue: null,
    void: null,
    'pay in part': null,
    'pay in full': null,
    'refund everything': null,
    'promise to pay': null,
    'open dispute': null,
  },
  refunded: {
    issue: null,
    void: null,
    'pay in part': null,
    'pay in full': null,
    'refund everything': null,
    'promise to pay': null,
    'open dispute': null,
  },
};

describe('invoice status transitions (every status × every action)', () => {
  const cases = statuses.flatMap((status) =>
    actions.map((action) => ({ status, action, result: expected[status][action.name] })),
  );

  it.each(
    cases
      .filter((item) => item.result !== null)
      .map((item) => [item.status, item.action.name, item.result, item.action] as const),
  )('%s → %s gives %s', (status, _name, result, action) => {
    const before = invoiceIn(status);
    const snapshot = structuredClone(before);
    const after = action.run(before);
    expect(after.status).toBe(result);
    expect(before).toEqual(snapshot);
  });

  it.each(
    cases.filter((item) => item.result === null).map((item) => [item.status, item.action.name, item.action] as const),
  )('%s → %s is refused with an IllegalTransitionError naming both states', (status, _name, action) => {
    const before = invoiceIn(status);
    const snapshot = structuredClone(before);
    let error: unknown;
    try {
      action.run(before);
    } catch (caught) {
      error = caught;
    }
    expect(IllegalTransitionError.isInstance(error)).toBe(true);
    const illegal = error as IllegalTransitionError;
    expect(illegal.code).toBe('COBRO_ILLEGAL_TRANSITION');
    expect(illegal.from).toBe(status);
    // A refunded invoice's payments already reach the total, so any payment would make it "paid".
    const requested = status === 'refunded' && action.name === 'pay in part' ? 'paid' : action.requested;
    expect(illegal.to).toBe(requested);
    expect(illegal.message).toBe(`Cannot move invoice from "${status}" to "${requested}".`);
    expect(before).toEqual(snapshot);
  });

  it('the transition table agrees with canTransitionInvoice', () => {
    for (const from of statuses) {
      for (const to of statuses) {
        expect(canTransitionInvoice(from, to)).toBe(invoiceStatusTransitions[from].includes(to));
      }
    }
    expect(invoiceStatusTransitions.void).toEqual([]);
    expect(invoiceStatusTransitions.refunded).toEqual([]);
  });
});

describe('applyPayment', () => {
  it('is idempotent on (provider, providerPaymentId)', () => {
    const first = applyPayment(openInvoice(), payment('pi_1', 50000));
    expect(first.outcome).toBe('applied');
    expect(first.invoice.status).toBe('partially_paid');
    expect(first.invoice.balance).toEqual(money(95000, 'MXN'));
    const again = applyPayment(first.invoice, payment('pi_1', 50000));
    expect(again.outcome).toBe('duplicate');
    expect(again.invoice).toBe(first.invoice);
    expect(again.invoice.payments).toHaveLength(1);
    // The same id from another provider is a different payment.
    const other = applyPayment(first.invoice, { ...payment('pi_1', 1000), provider: 'conekta' });
    expect(other.outcome).toBe('applied');
    expect(other.invoice.payments).toHaveLength(2);
  });

  it('records an overpayment instead of losing it', () => {
    const partial = applyPayment(openInvoice(), payment('pi_1', 100000)).invoice;
    const over = applyPayment(partial, payment('pi_2', 100000));
    expect(over.outcome).toBe('overpaid');
    expect(over.invoice.status).toBe('paid');
    expect(over.invoice.balance).toEqual(money(0, 'MXN'));
    expect(over.invoice.overpaid).toEqual(money(55000, 'MXN'));
    // The customer pays twice through two links: still recorded.
    const twice = applyPayment(over.invoice, payment('pi_3', 145000));
    expect(twice.outcome).toBe('overpaid');
    expect(twice.invoice.overpaid).toEqual(money(200000, 'MXN'));
    // Refunding the excess clears it; the invoice stays paid.
    const cleared = applyRefund(twice.invoice, refund('re_1', 'pi_3', 145000)).invoice;
    expect(cleared.status).toBe('paid');
    expect(cleared.overpaid).toEqual(money(55000, 'MXN'));
  });

  it('refuses a payment in another currency, and a malformed one', () => {
    let error: unknown;
    try {
      applyPayment(openInvoice(), payment('pi_1', 100, 'USD'));
    } catch (caught) {
      error = caught;
    }
    expect(CurrencyMismatchError.isInstance(error)).toBe(true);
    try {
      applyPayment(openInvoice(), { ...payment('', -5), receivedAt: 'now' });
    } catch (caught) {
      error = caught;
    }
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      'providerPaymentId',
      'amount',
      'receivedAt',
    ]);
  });
});

describe('applyRefund', () => {
  it('is idempotent and refuses refunding more than was paid', () => {
    const paid = invoiceIn('paid');
    const first = applyRefund(paid, refund('re_1', 'pi_full', 5000));
    expect(first.outcome).toBe('applied');
    expect(first.invoice.status).toBe('paid');
    expect(first.invoice.balance).toEqual(money(0, 'MXN'));
    expect(applyRefund(first.invoice, refund('re_1', 'pi_full', 5000)).outcome).toBe('duplicate');
    expect(() => applyRefund(first.invoice, refund('re_2', 'pi_full', 140001))).toThrow(/exceeds what is left/);
    expect(() => applyRefund(first.invoice, refund('re_3', 'pi_unknown', 1))).toThrow(/names no payment/);
    const all = applyRefund(first.invoice, refund('re_4', 'pi_full', 140000)).invoice;
    expect(all.status).toBe('refunded');
    expect(all.balance).toEqual(money(0, 'MXN'));
  });
});

describe('promises and disputes', () => {
  it('tracks an active and a broken promise', () => {
    const promised = recordPromiseToPay(openInvoice(), {
      date: '2026-11-20',
      recordedAt: '2026-11-16T09:00:00Z',
      source: 'quick-reply',
    });
    expect(hasActivePromise(promised, '2026-11-20')).toBe(true);
    expect(isPromiseBroken(promised, '2026-11-20')).toBe(false);
    expect(isPromiseBroken(promised, '2026-11-21')).toBe(true);
    expect(isPromiseBroken(applyPayment(promised, payment('pi', 145000)).invoice, '2026-11-21')).toBe(false);
  });

  it('opens and resolves a dispute once', () => {
    const disputed = openDispute(openInvoice(), { openedAt: '2026-11-16T09:00:00Z', reason: 'never arrived' });
    expect(hasOpenDispute(disputed)).toBe(true);
    expect(() => openDispute(disputed, { openedAt: '2026-11-17T09:00:00Z', reason: 'again' })).toThrow(
      IllegalTransitionError,
    );
    const resolved = resolveDispute(disputed, { resolvedAt: '2026-11-18T09:00:00Z' });
    expect(hasOpenDispute(resolved)).toBe(false);
    expect(() => resolveDispute(resolved, { resolvedAt: '2026-11-19T09:00:00Z' })).toThrow(
      /from "resolved" to "resolved"/,
    );
    expect(() => resolveDispute(openInvoice(), { resolvedAt: '2026-11-19T09:00:00Z' })).toThrow(/from "none"/);
  });
});
