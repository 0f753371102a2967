import { CurrencyMismatchError } from '../errors/currency-mismatch-error';
import { IllegalTransitionError } from '../errors/illegal-transition-error';
import { ValidationError } from '../errors/validation-error';
import { createPayment, createRefund } from './create-payment';
import type { Invoice, InvoiceStatus } from './invoice';
import { sumMinor, withDerivedAmounts } from './invoice-amounts';
import { assertInvoiceTransition } from './invoice-transitions';
import type { Payment, Refund } from './payment';

/**
 * What {@link applyPayment} did:
 * - `applied`: the payment was recorded (the invoice is now partially paid or paid);
 * - `overpaid`: recorded, and the invoice has received more than its total (see `invoice.overpaid`);
 * - `duplicate`: a payment with the same provider and provider payment id was already recorded; nothing changed.
 */
export type ApplyPaymentOutcome = 'applied' | 'overpaid' | 'duplicate';

/** The result of {@link applyPayment}. */
export interface ApplyPaymentResult {
  /** The invoice after the payment (the same object when the payment was a duplicate). */
  readonly invoice: Invoice;
  /** What happened. */
  readonly outcome: ApplyPaymentOutcome;
  /** The payment as recorded on the invoice (for a duplicate, the one recorded first). */
  readonly payment: Payment;
}

/**
 * Applies a payment to an invoice, idempotently on `(provider, providerPaymentId)`: applying the same webhook twice
 * records one payment. The status moves to `partially_paid` or `paid`; money beyond the total is kept in
 * `overpaid`, never dropped. A payment reaching an already paid invoice (the customer paid twice) is recorded as an
 * overpayment.
 *
 * @throws {@link IllegalTransitionError} when the invoice is draft, void or refunded (naming its status and the
 * status the payment would have led to).
 * @throws {@link CurrencyMismatchError} when the payment is in another currency.
 * @throws {@link ValidationError} for a malformed payment or an installment id the invoice does not have.
 */
export function applyPayment(invoice: Invoice, payment: Payment): ApplyPaymentResult {
  const data = createPayment(payment);
  const existing = invoice.payments.find(
    (recorded) => recorded.provider === data.provider && recorded.providerPaymentId === data.providerPaymentId,
  );
  if (existing !== undefined) return { invoice, outcome: 'duplicate', payment: existing };
  if (data.amount.currency !== invoice.currency) {
    throw new CurrencyMismatchError({ expected: invoice.currency, actual: data.amount.currency });
  }
  if (data.installmentId !== undefined && !invoice.installments.some((item) => item.id === data.installmentId)) {
    throw new ValidationError({
      subject: 'payment',
      issues: [{ path: 'installmentId', message: `names an installment invoice ${invoice.id} does not have` }],
    });
  }
  const paid = sumMinor(invoice.payments.map((recorded) => recorded.amount)) + data.amount.amountMinor;
  const total = invoice.totals.total.amountMinor;
  const target: InvoiceStatus = paid >= total ? 'paid' : 'partially_paid';
  // A paid invoice stays paid and records the extra money as an overpayment; others follow the state machine.
  if (invoice.status !== target) assertInvoiceTransition(invoice, target);
  const next = withDerivedAmounts({ ...invoice, status: target, payments: [...invoice.payments, data] });
  const outcome: ApplyPaymentOutcome =
    next.overpaid.amountMinor > invoice.overpaid.amountMinor ? 'overpaid' : 'applied';
  return { invoice: next, outcome, payment: data };
}

/** What {@link applyRefund} did: `applied`, or `duplicate` when the provider refund id was already recorded. */
export type ApplyRefundOutcome = 'applied' | 'duplicate';

/** The result of {@link applyRefund}. */
export interface ApplyRefundResult {
  /** The invoice after the refund. */
  readonly invoice: Invoice;
  /** What happened. */
  readonly outcome: ApplyRefundOutcome;
}

/**
 * Records a refund of (part of) a recorded payment, idempotently on `(provider, providerRefundId)`. When every
 * payment has been refunded in full the invoice moves to `refunded`; otherwise its status stays and the debt is
 * not reopened (a partial refund is the business's choice). Refunding an overpayment reduces `overpaid`.
 *
 * @throws {@link IllegalTransitionError} when the invoice has no payments to refund (draft, open, void).
 * @throws {@link ValidationError} when the refund names an unknown payment or exceeds what is left of it.
 * @throws {@link CurrencyMismatchError} when the refund is in another currency.
 */
export function applyRefund(invoice: Invoice, refund: Refund): ApplyRefundResult {
  const data = createRefund(refund);
  const duplicate = invoice.refunds.some(
    (recorded) => recorded.provider === data.provider && recorded.providerRefundId === data.providerRefundId,
  );
  if (duplicate) return { invoice, outcome: 'duplicate' };
  if (invoice.status !== 'paid' && invoice.status !== 'partially_paid') {
    throw new IllegalTransitionError({ entity: 'invoice', from: invoice.status, to: 'refunded' });
  }
  if (data.amount.currency !== invoice.currency) {
    throw new CurrencyMismatchError({ expected: invoice.currency, actual: data.amount.currency });
  }
  const payment = invoice.payments.find(
    (recorded) => recorded.provider === data.provider && recorded.providerPaymentId === data.providerPaymentId,
  );
  const fail = (path: string, message: string): never => {
    throw new ValidationError({ subject: 'refund', issues: [{ path, message }] });
  };
  if (payment === undefined) return fail('providerPaymentId', `names no payment recorded on invoice ${invoice.id}`);
  const alreadyRefunded = sumMinor(
    invoice.refunds
      .filter(
        (recorded) => recorded.provider === data.provider && recorded.providerPaymentId === data.providerPaymentId,
      )
      .map((recorded) => recorded.amount),
  );
  if (alreadyRefunded + data.amount.amountMinor > payment.amount.amountMinor) {
    fail('amount', `exceeds what is left of the payment (${payment.amount.amountMinor - alreadyRefunded} minor units)`);
  }
  const refunds = [...invoice.refunds, data];
  const everythingRefunded =
    sumMinor(refunds.map((recorded) => recorded.amount)) ===
    sumMinor(invoice.payments.map((recorded) => recorded.amount));
  const status: InvoiceStatus = everythingRefunded ? 'refunded' : invoice.status;
  if (status !== invoice.status) assertInvoiceTransition(invoice, status);
  return { invoice: withDerivedAmounts({ ...invoice, status, refunds }), outcome: 'applied' };
}
