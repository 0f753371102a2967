import { ApiCallError } from '../errors/api-call-error';
import { ValidationError } from '../errors/validation-error';
import { WebhookVerificationError } from '../errors/webhook-verification-error';
import { createPayment } from '../model/create-payment';
import type { Invoice } from '../model/invoice';
import { applyPayment } from '../model/invoice-payments';
import type { PaymentProviderV1 } from '../spec/payment-provider/v1/payment-provider-v1';
import type { PaymentProviderV1Payment } from '../spec/payment-provider/v1/payment-provider-v1-payment';
import type {
  PaymentProviderV1WebhookEvent,
  PaymentProviderV1WebhookRequest,
} from '../spec/payment-provider/v1/payment-provider-v1-webhook-event';
import type { BillingContext } from './billing-context';
import { bookProviderRefunds } from './book-provider-refunds';
import { retirePaymentLinks } from './ensure-payment-links';
import { sendPaymentConfirmation } from './send-payment-confirmation';
import { updateInvoice } from './update-invoice';

/** What a payment webhook did to the books. */
export interface PaymentWebhookResult {
  /**
   * `booked`: a payment or refund was recorded; `duplicate`: this event (or payment, or refund) was already handled;
   * `mismatch`: the re-fetched payment or refund did not match (or the provider does not confirm it) and nothing was
   * booked; `not-found`: the provider does not have what the signed event names (kept in the audit log for review);
   * `noted`: nothing to book (pending, failed, expired, unsupported). Every outcome is answered 2xx.
   */
  readonly outcome: 'booked' | 'duplicate' | 'mismatch' | 'not-found' | 'noted';
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
 * and raises `invoice.overpaid`. Refunds and reversals are booked from the provider's re-fetched refunds, never the
 * webhook's body; a refund that arrives before its payment books the (re-fetched) payment first. A signed event
 * naming an object the provider does not have is kept in the audit log (`webhook.not-found`) and answered 2xx.
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
  if (event.deliveryId !== undefined) await refuseReplayedDelivery(context, provider.provider, event);
  const dedupeKey = `webhook:${provider.provider}:${event.eventId}`;
  const base = { eventType: event.type, eventId: event.eventId } as const;
  if (await context.store.recallIdempotencyKey(dedupeKey, context.now())) return { ...base, outcome: 'duplicate' };
  const result = await book(context, provider, event);
  // Remembered only once booked: a failure above lets the provider's retry through, and booking is idempotent.
  await context.store.rememberIdempotencyKey(dedupeKey, result.outcome, { now: context.now() });
  return { ...base, ...result };
}

// Long enough to outlast every redelivery schedule (PayPal: 25 tries over 3 days), bounded so the store does not grow.
const deliveryMemoryMs = 7 * 24 * 3_600_000;

/**
 * Remembers a signed delivery id with the event it carried. The same id again with the same event is a harmless
 * repeat (deduplicated on the event id next); with another event it is a signature lifted onto a new body, refused.
 */
async function refuseReplayedDelivery(
  context: BillingContext,
  provider: string,
  event: PaymentProviderV1WebhookEvent,
): Promise<void> {
  const remembered = await context.store.rememberIdempotencyKey(
    `webhook-delivery:${provider}:${event.deliveryId}`,
    event.eventId,
    { now: context.now(), ttlMs: deliveryMemoryMs },
  );
  if (remembered.stored || remembered.record.result === event.eventId) return;
  await context.store.appendAudit({
    at: context.now(),
    actor: `provider:${provider}`,
    action: 'webhook.replayed',
    details: { deliveryId: event.deliveryId ?? '', eventId: event.eventId },
  });
  throw new WebhookVerificationError({
    provider,
    reason: 'replayed',
    message: 'this delivery id was already used for another event.',
  });
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
      const payment = await refetch(context, provider, event, () =>
        provider.getPayment({ paymentId: event.paymentId }),
      );
      if (!payment) return { outcome: 'not-found' };
      return bookPayment(context, provider, payment, event, event.amount);
    }
    case 'payment-refunded': {
      const payment = await refetch(context, provider, event, () =>
        provider.getPayment({ paymentId: event.paymentId }),
      );
      if (!payment) return { outcome: 'not-found' };
      let invoice = await context.store.findInvoiceByPayment(provider.provider, payment.id);
      if (!invoice) {
        const owner = await invoiceOf(
          context,
          provider.provider,
          payment.invoiceReference ?? event.invoiceReference,
          payment.linkId ?? event.linkId,
        );
        if (!owner) {
          // Not a payment of cobro's (or one another event books, e.g. a PayPal invoice's capture): nothing to do.
          await context.store.appendAudit({
            at,
            actor,
            action: 'refund.unmatched',
            details: { eventId: event.eventId, paymentId: payment.id },
          });
          return { outcome: 'noted' };
        }
        // The refund came before its payment: book the payment now, from the provider's word, then the refund; so
        // the event is never remembered as handled with nothing booked.
        const paid = await bookPayment(context, provider, payment, event, undefined);
        if (paid.outcome === 'mismatch') return paid;
        invoice = await context.store.findInvoiceByPayment(provider.provider, payment.id);
        if (!invoice) return { outcome: 'mismatch' };
      }
      const found = invoice;
      const refunds = await refetch(context, provider, event, () =>
        bookProviderRefunds(context, provider, payment, found, { refundId: event.refundId, eventId: event.eventId }),
      );
      if (!refunds) return { outcome: 'not-found', invoiceId: invoice.id };
      return { outcome: refunds.outcome, invoiceId: invoice.id };
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

/**
 * Runs a re-fetch from the provider. A genuinely signed event naming something the provider does not have (404) is
 * kept in the audit log for a person to review and answered 2xx: redelivering it would only fail again, for days.
 */
async function refetch<T>(
  context: BillingContext,
  provider: PaymentProviderV1,
  event: PaymentProviderV1WebhookEvent,
  call: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (!ApiCallError.isInstance(error) || error.kind !== 'not-found') throw error;
    const paymentId = 'paymentId' in event ? event.paymentId : '';
    await context.store.appendAudit({
      at: context.now(),
      actor: `provider:${provider.provider}`,
      action: 'webhook.not-found',
      details: { eventId: event.eventId, eventType: event.type, paymentId, reason: error.message },
    });
    context.logger.warn('cobro: a signed webhook names something the provider does not have; kept for review', {
      provider: provider.provider,
      eventId: event.eventId,
    });
    return undefined;
  }
}

/** Books a re-fetched payment on its invoice when invoice, amount and currency all match. */
async function bookPayment(
  context: BillingContext,
  provider: PaymentProviderV1,
  payment: PaymentProviderV1Payment,
  event: Extract<PaymentProviderV1WebhookEvent, { paymentId: string }>,
  statedAmount: PaymentProviderV1Payment['amount'] | undefined,
): Promise<Omit<PaymentWebhookResult, 'eventType' | 'eventId'>> {
  const at = context.now();
  const actor = `provider:${provider.provider}`;
  const invoice = await invoiceOf(
    context,
    provider.provider,
    payment.invoiceReference ?? event.invoiceReference,
    payment.linkId ?? event.linkId,
  );
  const problem = mismatch(statedAmount, payment, invoice);
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
  statedAmount: PaymentProviderV1Payment['amount'] | undefined,
  payment: PaymentProviderV1Payment,
  invoice: Invoice | undefined,
): string | undefined {
  if (payment.status !== 'succeeded' && payment.status !== 'partially_refunded' && payment.status !== 'refunded')
    return `the provider reports the payment as ${payment.status}`;
  if (
    statedAmount &&
    (payment.amount.currency !== statedAmount.currency || payment.amount.amountMinor !== statedAmount.amountMinor)
  )
    return `the webhook says ${statedAmount.amountMinor} ${statedAmount.currency} but the provider reports ${payment.amount.amountMinor} ${payment.amount.currency}`;
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
