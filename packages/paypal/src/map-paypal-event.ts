import type { PaymentProviderV1WebhookEvent } from '@cobro/core';
import { payPalRefundCaptureId, summarizePayPalCapture } from './map-paypal-capture';
import { summarizePayPalInvoice } from './map-paypal-invoice';
import { payPalProviderId } from './paypal-error';
import { arrayAt, isPayPalJson, moneyAt, objectAt, type PayPalJson, stringAt } from './paypal-json';
import { fromPayPalMoney } from './paypal-money';

/** A PayPal webhook event envelope (spec `event`), after verification. */
export type PayPalEvent = PayPalJson & {
  /** `WH-…`, stable across redeliveries. */
  readonly id: string;
  /** e.g. `INVOICING.INVOICE.PAID`. */
  readonly event_type: string;
};

/** Fields every normalised event has, from the envelope. */
export function payPalEventBase(event: PayPalEvent, receivedAt: Date) {
  const created = stringAt(event, 'create_time');
  return {
    eventId: event.id,
    provider: payPalProviderId,
    occurredAt:
      created && !Number.isNaN(Date.parse(created)) ? new Date(created).toISOString() : receivedAt.toISOString(),
    raw: event,
  };
}

// Invoice events carry the invoice in `resource.invoice` (Invoicing v2 webhooks); older payloads put it in `resource`.
function invoiceOf(resource: PayPalJson | undefined): (PayPalJson & { id: string }) | undefined {
  const invoice = objectAt(resource, 'invoice') ?? resource;
  const id = stringAt(invoice, 'id');
  return invoice && id ? { ...invoice, id } : undefined;
}

/**
 * Maps a verified PayPal event to cobro's normalised event. Unknown types, and known types whose resource cannot be
 * read, become `unsupported` (acknowledge and move on). `CHECKOUT.ORDER.APPROVED` is handled by the parser (it
 * captures first); here it is `unsupported`.
 *
 * - `INVOICING.INVOICE.PAID` → `payment-succeeded` when the invoice is `PAID`/`MARKED_AS_PAID`, else
 *   `payment-pending` (PayPal sends it for partial and pending payments too). Payment id = link id = invoice id.
 * - `INVOICING.INVOICE.REFUNDED` → `payment-refunded` (the newest refund transaction); `INVOICING.INVOICE.CANCELLED`
 *   → `link-expired`.
 * - `PAYMENT.CAPTURE.COMPLETED`/`PENDING`/`DENIED` → succeeded/pending/failed; payment id = capture id.
 * - `PAYMENT.CAPTURE.REFUNDED` and `PAYMENT.CAPTURE.REVERSED` (a chargeback; the resource is the refund) →
 *   `payment-refunded` of the capture in its `up` link.
 *
 * The runtime books refunds from `listRefunds`, never from these bodies: PayPal's signature covers only a CRC32.
 */
export function mapPayPalEvent(event: PayPalEvent, receivedAt: Date): PaymentProviderV1WebhookEvent {
  const base = payPalEventBase(event, receivedAt);
  const unsupported: PaymentProviderV1WebhookEvent = {
    type: 'unsupported',
    ...base,
    providerEventType: event.event_type,
  };
  const resource = objectAt(event, 'resource');
  try {
    switch (event.event_type) {
      case 'INVOICING.INVOICE.PAID':
      case 'INVOICING.INVOICE.REFUNDED':
      case 'INVOICING.INVOICE.CANCELLED': {
        const invoice = invoiceOf(resource);
        if (!invoice) return unsupported;
        const payment = summarizePayPalInvoice(invoice);
        const reference = payment.invoiceReference === undefined ? {} : { invoiceReference: payment.invoiceReference };
        if (event.event_type === 'INVOICING.INVOICE.CANCELLED') {
          return { type: 'link-expired', ...base, linkId: invoice.id, ...reference };
        }
        const common = { ...base, ...reference, paymentId: invoice.id, linkId: invoice.id, amount: payment.amount };
        if (event.event_type === 'INVOICING.INVOICE.PAID') {
          return { type: payment.status === 'succeeded' ? 'payment-succeeded' : 'payment-pending', ...common };
        }
        const refunds = objectAt(invoice, 'refunds');
        const latest = arrayAt(refunds, 'transactions').at(-1);
        const latestAmount = moneyAt(latest, 'amount') ?? moneyAt(refunds, 'refund_amount');
        return {
          type: 'payment-refunded',
          ...common,
          // Without a refund transaction id, the running total identifies the refund, stable per delivery.
          refundId: stringAt(latest, 'refund_id') ?? `${invoice.id}:refunded:${payment.amountRefunded.amountMinor}`,
          amountRefunded: latestAmount ? fromPayPalMoney(latestAmount) : payment.amountRefunded,
        };
      }
      case 'PAYMENT.CAPTURE.COMPLETED':
      case 'PAYMENT.CAPTURE.PENDING':
      case 'PAYMENT.CAPTURE.DENIED':
        return mapPayPalCaptureEvent(event, resource, receivedAt) ?? unsupported;
      case 'PAYMENT.CAPTURE.REFUNDED':
      case 'PAYMENT.CAPTURE.REVERSED': {
        const refundId = stringAt(resource, 'id');
        const captureId = resource ? payPalRefundCaptureId(resource) : undefined;
        const amount = moneyAt(resource, 'amount');
        if (!resource || !refundId || !captureId || !amount) return unsupported;
        const reference = stringAt(resource, 'custom_id');
        const refunded = fromPayPalMoney(amount);
        return {
          type: 'payment-refunded',
          ...base,
          ...(reference ? { invoiceReference: reference } : {}),
          paymentId: captureId,
          amount: refunded,
          refundId,
          amountRefunded: refunded,
        };
      }
      default:
        return unsupported;
    }
  } catch {
    // An amount or currency PayPal would never send: the event is authentic but unusable.
    return unsupported;
  }
}

/**
 * Maps a capture (from a `PAYMENT.CAPTURE.*` event, or from capturing an approved order) to `payment-succeeded`,
 * `payment-pending` or `payment-failed`; `undefined` when the capture cannot be read.
 */
export function mapPayPalCaptureEvent(
  event: PayPalEvent,
  capture: PayPalJson | undefined,
  receivedAt: Date,
  linkId?: string,
): PaymentProviderV1WebhookEvent | undefined {
  const id = stringAt(capture, 'id');
  if (!isPayPalJson(capture) || !id || !moneyAt(capture, 'amount')) return undefined;
  const payment = summarizePayPalCapture({ ...capture, id });
  const common = {
    ...payPalEventBase(event, receivedAt),
    ...(payment.invoiceReference ? { invoiceReference: payment.invoiceReference } : {}),
    paymentId: id,
    ...(payment.linkId || linkId ? { linkId: payment.linkId ?? linkId } : {}),
    amount: payment.amount,
    method: 'paypal' as const,
  };
  if (payment.status === 'failed') {
    const reason = stringAt(objectAt(capture, 'status_details'), 'reason') ?? stringAt(capture, 'status');
    return { type: 'payment-failed', ...common, ...(reason ? { failureReason: reason } : {}) };
  }
  return { type: payment.status === 'pending' ? 'payment-pending' : 'payment-succeeded', ...common };
}
