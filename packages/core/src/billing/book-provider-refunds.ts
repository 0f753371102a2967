import { CurrencyMismatchError } from '../errors/currency-mismatch-error';
import { IllegalTransitionError } from '../errors/illegal-transition-error';
import { ValidationError } from '../errors/validation-error';
import { createRefund } from '../model/create-payment';
import type { Invoice } from '../model/invoice';
import { applyRefund } from '../model/invoice-payments';
import type { Refund } from '../model/payment';
import type { PaymentProviderV1 } from '../spec/payment-provider/v1/payment-provider-v1';
import type { PaymentProviderV1Payment } from '../spec/payment-provider/v1/payment-provider-v1-payment';
import type { BillingContext } from './billing-context';
import { updateInvoice } from './update-invoice';

/** What booking a payment's refunds did. */
export interface RefundBooking {
  /** `booked`: at least one refund recorded; `duplicate`: all already recorded; `noted`: nothing settled yet; `mismatch`: the provider does not confirm the refund, or it cannot apply. */
  readonly outcome: 'booked' | 'duplicate' | 'noted' | 'mismatch';
  /** The refunds recorded by this call. */
  readonly recorded: readonly Refund[];
}

/**
 * Books the refunds of one payment from the provider's word, never the webhook's: each settled refund that
 * `listRefunds` reports and cobro has not recorded yet (by the provider's refund id), or, for a provider without
 * `listRefunds`, the difference between the refunded total the re-fetched payment reports and what cobro recorded.
 * Decided inside the optimistic write, so concurrent deliveries (or `refundPayment` racing a webhook) record each
 * refund once.
 */
export async function bookProviderRefunds(
  context: BillingContext,
  provider: PaymentProviderV1,
  payment: PaymentProviderV1Payment,
  invoice: Invoice,
  hint: {
    /** The webhook's refund id, used for the difference when the provider cannot list refunds. */
    readonly refundId?: string;
    /** For the audit trail. */
    readonly eventId?: string;
  },
): Promise<RefundBooking> {
  const at = context.now();
  const settled = await settledRefunds(provider, payment, hint.refundId, at);
  if (settled.length === 0) {
    const pending = provider.capabilities.refundLookup === true && payment.amountRefunded.amountMinor > 0;
    if (pending) return { outcome: 'noted', recorded: [] };
    await review(context, provider, invoice, 'refund.unconfirmed', {
      paymentId: payment.id,
      reason: 'the provider reports no refund of this payment',
      ...(hint.eventId ? { eventId: hint.eventId } : {}),
    });
    return { outcome: 'mismatch', recorded: [] };
  }
  let recorded: Refund[] = [];
  try {
    await updateInvoice(context, invoice.id, (current) => {
      recorded = [];
      let next = current;
      for (const refund of settled) {
        const candidate = 'fallback' in refund ? refund.fallback(next) : asRefund(provider, payment, refund);
        if (!candidate) continue;
        const applied = applyRefund(next, candidate);
        if (applied.outcome === 'applied') {
          next = applied.invoice;
          recorded.push(applied.invoice.refunds.at(-1) as Refund);
        }
      }
      return { invoice: next };
    });
  } catch (error) {
    // More refunded than paid, a currency that differs, an invoice voided meanwhile: a person has to look.
    const unapplicable =
      ValidationError.isInstance(error) ||
      IllegalTransitionError.isInstance(error) ||
      CurrencyMismatchError.isInstance(error);
    if (!unapplicable) throw error;
    await review(context, provider, invoice, 'refund.unapplied', {
      paymentId: payment.id,
      reason: error.message,
      ...(hint.eventId ? { eventId: hint.eventId } : {}),
    });
    return { outcome: 'mismatch', recorded: [] };
  }
  if (recorded.length === 0) return { outcome: 'duplicate', recorded };
  const latest = await context.store.getInvoice(invoice.id);
  for (const refund of recorded) {
    await context.store.appendAudit({
      at,
      actor: `provider:${provider.provider}`,
      action: 'refund.recorded',
      invoiceId: invoice.id,
      customerId: invoice.customerId,
      details: {
        refundId: refund.providerRefundId,
        paymentId: refund.providerPaymentId,
        amountMinor: refund.amount.amountMinor,
        currency: refund.amount.currency,
      },
    });
    context.events.emit('invoice.refunded', { invoice: latest ?? invoice, refund, at });
  }
  return { outcome: 'booked', recorded };
}

type Settled =
  | { readonly id: string; readonly amountMinor: number; readonly currency: string; readonly refundedAt: string }
  | { readonly fallback: (invoice: Invoice) => Refund | undefined };

async function settledRefunds(
  provider: PaymentProviderV1,
  payment: PaymentProviderV1Payment,
  refundId: string | undefined,
  at: string,
): Promise<readonly Settled[]> {
  if (provider.capabilities.refundLookup === true && provider.listRefunds) {
    const refunds = await provider.listRefunds({ paymentId: payment.id });
    return refunds
      .filter((refund) => refund.status === 'succeeded' && refund.paymentId === payment.id)
      .map((refund) => ({
        id: refund.id,
        amountMinor: refund.amount.amountMinor,
        currency: refund.amount.currency,
        refundedAt: refund.refundedAt ?? at,
      }));
  }
  if (payment.amountRefunded.amountMinor <= 0) return [];
  // No list to book from: the refunded total the provider reports, less what is recorded, is what is new.
  return [
    {
      fallback: (invoice) => {
        const recorded = invoice.refunds
          .filter((each) => each.provider === provider.provider && each.providerPaymentId === payment.id)
          .reduce((sum, each) => sum + each.amount.amountMinor, 0);
        const missing = payment.amountRefunded.amountMinor - recorded;
        if (missing <= 0) return undefined;
        return createRefund({
          provider: provider.provider,
          // Stable per refunded total, so a redelivery finds it recorded; a later refund gets its own.
          providerRefundId:
            refundId && !invoice.refunds.some((each) => each.providerRefundId === refundId)
              ? refundId
              : `${payment.id}:refunded:${payment.amountRefunded.amountMinor}`,
          providerPaymentId: payment.id,
          amount: { amountMinor: missing, currency: payment.amountRefunded.currency },
          refundedAt: at,
        });
      },
    },
  ];
}

function asRefund(
  provider: PaymentProviderV1,
  payment: PaymentProviderV1Payment,
  refund: Exclude<Settled, { fallback: unknown }>,
): Refund {
  return createRefund({
    provider: provider.provider,
    providerRefundId: refund.id,
    providerPaymentId: payment.id,
    amount: { amountMinor: refund.amountMinor, currency: refund.currency },
    refundedAt: refund.refundedAt,
  });
}

async function review(
  context: BillingContext,
  provider: PaymentProviderV1,
  invoice: Invoice,
  action: string,
  details: Record<string, string>,
): Promise<void> {
  await context.store.appendAudit({
    at: context.now(),
    actor: `provider:${provider.provider}`,
    action,
    invoiceId: invoice.id,
    customerId: invoice.customerId,
    details,
  });
  context.logger.warn(`cobro: ${action}; nothing booked`, {
    provider: provider.provider,
    paymentId: details.paymentId,
  });
}
