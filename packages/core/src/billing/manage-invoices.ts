import { ValidationError } from '../errors/validation-error';
import { createPayment, createRefund } from '../model/create-payment';
import type { Invoice } from '../model/invoice';
import { applyPayment, applyRefund } from '../model/invoice-payments';
import { voidInvoice as voidInvoiceModel } from '../model/invoice-transitions';
import type { Money } from '../model/money';
import type { PaymentMethod } from '../model/payment';
import type { BillingContext } from './billing-context';
import { retirePaymentLinks } from './ensure-payment-links';
import { bookedPayment } from './handle-payment-webhook';
import { updateInvoice } from './update-invoice';

/** A payment the business received outside any provider ("mark as paid"). */
export interface ManualPaymentInput {
  /** The amount received: all of the balance or part of it. */
  readonly amount: Money;
  /** How it was paid. */
  readonly method: Extract<PaymentMethod, 'cash' | 'bank-transfer' | 'pix' | 'spei' | 'other'>;
  /** Your reference (transfer id, receipt number): recording the same reference twice records one payment. */
  readonly reference: string;
  /** When the money arrived; now when absent. */
  readonly receivedAt?: string;
  /** A note for the books. */
  readonly note?: string;
  /** Thank the customer in the chat; true when absent. */
  readonly notify?: boolean;
}

/** Records a payment received by hand, idempotently on its reference, and confirms it in the chat. */
export async function recordManualPayment(
  context: BillingContext,
  invoiceId: string,
  input: ManualPaymentInput,
): Promise<Invoice> {
  const payment = createPayment({
    provider: 'manual',
    providerPaymentId: input.reference,
    amount: input.amount,
    receivedAt: input.receivedAt ?? context.now(),
    method: input.method,
    ...(input.note ? { note: input.note } : {}),
  });
  const applied = await updateInvoice(context, invoiceId, (current) => applyPayment(current, payment));
  if (applied.outcome !== 'duplicate') {
    if (input.notify === false) {
      context.events.emit('payment.received', {
        invoice: applied.invoice,
        payment: applied.payment,
        outcome: applied.outcome,
      });
    } else await bookedPayment(context, applied.invoice, applied.payment, applied.outcome, 'app');
  }
  return applied.invoice;
}

/** Voids an invoice: no more reminders, and its payment links are expired at the providers. */
export async function voidInvoice(context: BillingContext, invoiceId: string, reason: string): Promise<Invoice> {
  const { invoice } = await updateInvoice(context, invoiceId, (current) => ({ invoice: voidInvoiceModel(current) }));
  await retirePaymentLinks(context, invoiceId, 'expired');
  await context.store.appendAudit({
    at: context.now(),
    actor: 'app',
    action: 'invoice.voided',
    invoiceId,
    customerId: invoice.customerId,
    details: { reason },
  });
  context.events.emit('invoice.voided', { invoice, at: context.now() });
  return invoice;
}

/** What to refund. */
export interface RefundInput {
  /** The provider payment id recorded on the invoice. */
  readonly providerPaymentId: string;
  /** Part of the payment; all of it when absent. */
  readonly amount?: Money;
  /** Why, for the provider and the audit log. */
  readonly reason?: string;
}

/**
 * Refunds a provider payment through its provider and records the refund. The provider call is idempotent per
 * (payment, amount, refunds so far), so a retried call never refunds twice. Manual payments are refunded by hand
 * and recorded with the provider `manual`.
 */
export async function refundPayment(context: BillingContext, invoiceId: string, input: RefundInput): Promise<Invoice> {
  const invoice = await context.store.getInvoice(invoiceId);
  const payment = invoice?.payments.find((each) => each.providerPaymentId === input.providerPaymentId);
  if (!invoice || !payment)
    throw new ValidationError({
      subject: 'refund',
      issues: [
        { path: 'providerPaymentId', message: `invoice "${invoiceId}" has no payment "${input.providerPaymentId}"` },
      ],
    });
  const amount = input.amount ?? payment.amount;
  const earlier = invoice.refunds.filter((each) => each.providerPaymentId === payment.providerPaymentId).length;
  const provider = context.providers.get(payment.provider);
  const refundId =
    payment.provider === 'manual'
      ? `manual-refund:${payment.providerPaymentId}:${earlier + 1}`
      : await (async () => {
          if (!provider)
            throw new ValidationError({
              subject: 'refund',
              issues: [{ path: 'provider', message: `no provider "${payment.provider}" was given to createBilling` }],
            });
          const refund = await provider.refund({
            paymentId: payment.providerPaymentId,
            amount,
            idempotencyKey: `cobro:refund:${invoiceId}:${payment.providerPaymentId}:${earlier + 1}:${amount.amountMinor}`,
            ...(input.reason ? { reason: input.reason } : {}),
          });
          return refund.id;
        })();
  const refund = createRefund({
    provider: payment.provider,
    providerRefundId: refundId,
    providerPaymentId: payment.providerPaymentId,
    amount,
    refundedAt: context.now(),
  });
  const applied = await updateInvoice(context, invoiceId, (current) => applyRefund(current, refund));
  if (applied.outcome !== 'duplicate') {
    await context.store.appendAudit({
      at: context.now(),
      actor: 'app',
      action: 'refund.recorded',
      invoiceId,
      customerId: invoice.customerId,
      details: { refundId, amountMinor: amount.amountMinor, currency: amount.currency, reason: input.reason ?? '' },
    });
    context.events.emit('invoice.refunded', { invoice: applied.invoice, refund, at: context.now() });
  }
  return applied.invoice;
}
