import { ValidationError } from '../errors/validation-error';
import { createPayment, createRefund } from '../model/create-payment';
import type { Invoice } from '../model/invoice';
import { applyPayment, applyRefund } from '../model/invoice-payments';
import type { PaymentProviderV1 } from '../spec/payment-provider/v1/payment-provider-v1';
import type { PaymentProviderV1Payment } from '../spec/payment-provider/v1/payment-provider-v1-payment';
import type {
  PaymentProviderV1WebhookEvent,
  PaymentProviderV1WebhookRequest,
} from '../spec/payment-provider/v1/payment-provider-v1-webhook-event';
import type { BillingContext } from './billing-context';
import { retirePaymentLinks } from './ensure-payment-links';
import { sendPaymentConfirmation } from './send-payment-confirmation';
import { updateInvoice } from './update-invoice';

/** What a payment webhook did to the books. */
export interface PaymentWebhookResult {
  /** `booked`: a payment or refund was recorded; `duplicate`: this event (or payment) was already handled; `mismatch`: the re-fetched payment did not match and nothing was booked; `noted`: nothing to book (pending, failed, expired, unsupported). */
  readonly outcome: 'booked' | 'duplicate' | 'mismatch' | 'noted';
  /** The provider's event type, normalised. */
  readonly eventType: PaymentProviderV1WebhookEvent['type'];
  /** The provider's event id. */
  readonly eventId: string;
  /** The invoice concerned, when known. */
  readonly invoiceId?: string;
}

/**
 * Verifies a provider's webhook (nothing is parsed before the signature checks out), deduplicates it on the event id,
 * re-fetches the payment from the provider, and books it only when invoice, amount and currency all match. A
 * mismatch raises `payment.mismatch` and leaves the invoice as it was; a payment reaching a paid invoice is recorded
 * and raises `invoice.overpaid`.
 *
 * @throws WebhookVerificationError when the signature is missing, wrong or expired (answer 400/401; do not retry).
 */
export async function handlePaymentWebhook(
  context: BillingContext,
  providerId: string,
  request: PaymentProviderV1WebhookRequest,
): Promise<PaymentWebhookResult> {
  const provider = context.providers.get(providerId);
  if (!provider)
    throw new ValidationError({
      subject: 'payment webhook',
      issues: [{ path: 'provider', message: `no provider "${providerId}" was given to createBilling` }],
    });
  const event = await provider.parseWebhook(request);
  const dedupeKey = `webhook:${provider.provider}:${event.eventId}`;
  const base = { eventType: event.type, eventId: event.eventId } as const;
  if (await context.store.recallIdempotencyKey(dedupeKey, context.now())) return { ...base, outcome: 'duplicate' };
  const result = await book(context, provider, event);
  // Remembered only once booked: a failure above lets the provider's retry through, and booking is idempotent.
  await context.store.rememberIdempotencyKey(dedupeKey, result.outcome, { now: context.now() });
  return { ...base, ...result };
}

async function book(
  context: BillingContext,
  provider: PaymentProviderV1,
  event: PaymentProviderV1WebhookEvent,
): Promise<Omit<PaymentWebhookResult, 'eventType' | 'eventId'>> {
  const at = context.now();
  const actor = `provider:${provider.provider}`;
  switch (event.type) {
    case 'payment-succeeded': {
      const payment = await provider.getPayment({ paymentId: event.paymentId });
      const invoice = await invoiceOf(
        context,
        provider.provider,
        payment.invoiceReference ?? event.invoiceReference,
        payment.linkId ?? event.linkId,
      );
      const problem = mismatch(event, payment, invoice);
      if (problem || !invoice) {
        const reason = problem ?? 'no invoice matches the payment';
        await context.store.appendAudit({
          at,
          actor,
          action: 'payment.mismatch',
          ...(invoice ? { invoiceId: invoice.id, customerId: invoice.customerId } : {}),
          details: { paymentId: payment.id, reason, eventId: event.eventId },
        });
        context.events.emit('payment.mismatch', {
          provider: provider.provider,
          providerPaymentId: payment.id,
          amount: payment.amount,
          ...(invoice ? { invoiceId: invoice.id } : {}),
          reason,
          at,
        });
        context.logger.warn('cobro: payment does not match its invoice; not booked', {
          provider: provider.provider,
          paymentId: payment.id,
          reason,
        });
        return { outcome: 'mismatch', ...(invoice ? { invoiceId: invoice.id } : {}) };
      }
      const record = createPayment({
        provider: provider.provider,
        providerPaymentId: payment.id,
        amount: payment.amount,
        receivedAt: payment.paidAt ?? at,
        ...(payment.method ? { method: payment.method } : {}),
      });
      const applied = await updateInvoice(context, invoice.id, (current) => applyPayment(current, record));
      if (applied.outcome === 'duplicate') return { outcome: 'duplicate', invoiceId: invoice.id };
      await bookedPayment(context, applied.invoice, applied.payment, applied.outcome, actor);
      return { outcome: 'booked', invoiceId: invoice.id };
    }
    case 'payment-refunded': {
      const invoice = await context.store.findInvoiceByPayment(provider.provider, event.paymentId);
      if (!invoice) return { outcome: 'noted' };
      const refund = createRefund({
        provider: provider.provider,
        providerRefundId: event.refundId,
        providerPaymentId: event.paymentId,
        amount: event.amountRefunded,
        refundedAt: event.occurredAt,
      });
      const applied = await updateInvoice(context, invoice.id, (current) => applyRefund(current, refund));
      if (applied.outcome === 'duplicate') return { outcome: 'duplicate', invoiceId: invoice.id };
      await context.store.appendAudit({
        at,
        actor,
        action: 'refund.recorded',
        invoiceId: invoice.id,
        customerId: invoice.customerId,
        details: {
          refundId: refund.providerRefundId,
          amountMinor: refund.amount.amountMinor,
          currency: refund.amount.currency,
        },
      });
      context.events.emit('invoice.refunded', { invoice: applied.invoice, refund, at });
      return { outcome: 'booked', invoiceId: invoice.id };
    }
    case 'link-expired': {
      const link = await context.store.findPaymentLink(provider.provider, event.linkId);
      if (link && link.state === 'active') await context.store.putPaymentLink({ ...link, state: 'expired' });
      return { outcome: 'noted', ...(link ? { invoiceId: link.invoiceId } : {}) };
    }
    default: {
      const invoiceId = 'invoiceReference' in event ? event.invoiceReference : undefined;
      await context.store.appendAudit({
        at,
        actor,
        action: `webhook.${event.type}`,
        ...(invoiceId ? { invoiceId } : {}),
        details: { eventId: event.eventId },
      });
      return { outcome: 'noted', ...(invoiceId ? { invoiceId } : {}) };
    }
  }
}

async function invoiceOf(
  context: BillingContext,
  provider: string,
  reference: string | undefined,
  linkId: string | undefined,
): Promise<Invoice | undefined> {
  if (reference) return context.store.getInvoice(reference);
  const link = linkId ? await context.store.findPaymentLink(provider, linkId) : undefined;
  return link ? context.store.getInvoice(link.invoiceId) : undefined;
}

function mismatch(
  event: Extract<PaymentProviderV1WebhookEvent, { type: 'payment-succeeded' }>,
  payment: PaymentProviderV1Payment,
  invoice: Invoice | undefined,
): string | undefined {
  if (payment.status !== 'succeeded' && payment.status !== 'partially_refunded' && payment.status !== 'refunded')
    return `the provider reports the payment as ${payment.status}`;
  if (payment.amount.currency !== event.amount.currency || payment.amount.amountMinor !== event.amount.amountMinor)
    return `the webhook says ${event.amount.amountMinor} ${event.amount.currency} but the provider reports ${payment.amount.amountMinor} ${payment.amount.currency}`;
  if (!invoice) return undefined;
  if (payment.invoiceReference !== undefined && payment.invoiceReference !== invoice.id)
    return `the payment names invoice ${payment.invoiceReference}`;
  if (payment.amount.currency !== invoice.currency)
    return `the payment is in ${payment.amount.currency} but the invoice in ${invoice.currency}`;
  return undefined;
}

/** Audit, events, link retirement and the confirmation in the chat for a payment just recorded. */
export async function bookedPayment(
  context: BillingContext,
  invoice: Invoice,
  payment: ReturnType<typeof createPayment>,
  outcome: 'applied' | 'overpaid',
  actor: string,
): Promise<void> {
  const at = context.now();
  await context.store.appendAudit({
    at,
    actor,
    action: 'payment.applied',
    invoiceId: invoice.id,
    customerId: invoice.customerId,
    details: {
      provider: payment.provider,
      paymentId: payment.providerPaymentId,
      amountMinor: payment.amount.amountMinor,
      currency: payment.amount.currency,
      status: invoice.status,
    },
  });
  context.events.emit('payment.received', { invoice, payment, outcome });
  if (outcome === 'overpaid') context.events.emit('invoice.overpaid', { invoice, overpaid: invoice.overpaid, at });
  if (invoice.status === 'paid' && outcome === 'applied') {
    await retirePaymentLinks(context, invoice.id, 'used');
    context.events.emit('invoice.paid', { invoice, at });
  }
  await sendPaymentConfirmation(context, invoice, payment);
}
