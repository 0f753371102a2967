import {
  applyPayment,
  applyRefund,
  CobroError,
  IllegalTransitionError,
  type Invoice,
  issueInvoice,
  money,
  openDispute,
  recordPromiseToPay,
  ValidationError,
  voidInvoice,
} from '@cobro/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openInvoice, payment } from './invoice-fixtures';

type Step =
  | { kind: 'issue' }
  | { kind: 'void' }
  | { kind: 'pay'; id: number; minor: number }
  | { kind: 'refund'; paymentIndex: number; minor: number; id: number }
  | { kind: 'promise' }
  | { kind: 'dispute' };

const arbitraryStep: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'issue' as const }),
  fc.constant({ kind: 'void' as const }),
  fc.record({
    kind: fc.constant('pay' as const),
    id: fc.integer({ min: 0, max: 5 }),
    minor: fc.integer({ min: 1, max: 200_000 }),
  }),
  fc.record({
    kind: fc.constant('refund' as const),
    paymentIndex: fc.nat(4),
    minor: fc.integer({ min: 1, max: 200_000 }),
    id: fc.integer({ min: 0, max: 5 }),
  }),
  fc.constant({ kind: 'promise' as const }),
  fc.constant({ kind: 'dispute' as const }),
);

function run(invoice: Invoice, step: Step): Invoice {
  switch (step.kind) {
    case 'issue':
      return issueInvoice(invoice);
    case 'void':
      return voidInvoice(invoice);
    case 'pay':
      return applyPayment(invoice, payment(`pi_${step.id}`, step.minor)).invoice;
    case 'refund': {
      const paid = invoice.payments[step.paymentIndex % Math.max(1, invoice.payments.length)];
      return applyRefund(invoice, {
        provider: 'stripe',
        providerRefundId: `re_${step.id}`,
        providerPaymentId: paid?.providerPaymentId ?? 'pi_none',
        amount: money(step.minor, 'MXN'),
        refundedAt: '2026-11-20T00:00:00Z',
      }).invoice;
    }
    case 'promise':
      return recordPromiseToPay(invoice, { date: '2026-12-01', recordedAt: '2026-11-20T00:00:00Z', source: 'reply' });
    case 'dispute':
      return openDispute(invoice, { openedAt: '2026-11-20T00:00:00Z', reason: 'why' });
  }
}

const sum = (amounts: readonly { amountMinor: number }[]) =>
  amounts.reduce((total, amount) => total + amount.amountMinor, 0);

function checkInvariants(invoice: Invoice): void {
  const total = invoice.totals.total.amountMinor;
  const paid = sum(invoice.payments.map((p) => p.amount));
  const refunded = sum(invoice.refunds.map((r) => r.amount));
  const closed = invoice.status === 'void' || invoice.status === 'refunded';
  expect(invoice.balance.amountMinor).toBe(closed ? 0 : Math.max(0, total - paid));
  expect(invoice.overpaid.amountMinor).toBe(Math.max(0, paid - refunded - total));
  expect(refunded).toBeLessThanOrEqual(paid);
  if (invoice.status === 'paid') expect(paid).toBeGreaterThanOrEqual(total);
  if (invoice.status === 'partially_paid') expect(paid > 0 && paid < total).toBe(true);
  if (invoice.status === 'draft' || invoice.status === 'open') expect(paid).toBe(0);
  if (invoice.status === 'refunded') expect(refunded).toBe(paid);
  const ids = invoice.payments.map((p) => `${p.provider}/${p.providerPaymentId}`);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('invoice state machine (property)', () => {
  it('keeps amounts and status consistent through any sequence of actions, failing only with typed errors', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(arbitraryStep, { maxLength: 25 }), (startDraft, steps) => {
        let invoice = openInvoice(startDraft ? { status: 'draft' } : {});
        for (const step of steps) {
          const before = invoice;
          try {
            invoice = run(invoice, step);
          } catch (error) {
            expect(IllegalTransitionError.isInstance(error) || ValidationError.isInstance(error)).toBe(true);
            expect(CobroError.isInstance(error)).toBe(true);
            expect(invoice).toBe(before);
          }
          checkInvariants(invoice);
        }
      }),
    );
  });
});
