import type { Money, PaymentMethod } from '@cobro/core';
import type { ConektaCharge, ConektaOrder } from './conekta-api';
import { fromConektaCents } from './conekta-money';
import { fromConektaChargeMethod } from './conekta-payment-methods';
import { conektaMetadataKeys } from './create-conekta-checkout-body';

/** cobro's view of a payment's state. */
export type ConektaPaymentStatus = 'succeeded' | 'pending' | 'failed' | 'canceled' | 'refunded' | 'partially_refunded';

// Order `payment_status` values (Conekta docs "order" lifecycle). Anything unknown is `pending`: an unfamiliar
// state must never count as paid.
const statusByPaymentStatus: Readonly<Record<string, ConektaPaymentStatus>> = {
  paid: 'succeeded',
  pending_payment: 'pending',
  pre_authorized: 'pending',
  partially_refunded: 'partially_refunded',
  refunded: 'refunded',
  // A chargeback returns the money to the payer: for the invoice it is as good as a refund.
  charged_back: 'refunded',
  declined: 'failed',
  expired: 'failed',
  canceled: 'canceled',
  voided: 'canceled',
};

/** Maps an order's `payment_status` to cobro's payment status. */
export function toConektaPaymentStatus(paymentStatus: string | null | undefined): ConektaPaymentStatus {
  return statusByPaymentStatus[paymentStatus ?? ''] ?? 'pending';
}

/** The charge that settled the order, else the most recent one. */
export function primaryConektaCharge(order: ConektaOrder): ConektaCharge | undefined {
  const charges = order.charges?.data ?? [];
  return charges.find((charge) => charge.status === 'paid' || (charge.paid_at ?? null) !== null) ?? charges.at(-1);
}

/** A Conekta order as the fields cobro's payments carry. */
export interface ConektaOrderSummary {
  /** The order id (`ord_…`): cobro's payment id for Conekta. */
  readonly id: string;
  /** The order's `payment_status` in cobro's terms. */
  readonly status: ConektaPaymentStatus;
  /** The order total. */
  readonly amount: Money;
  /** How much has been refunded so far. */
  readonly amountRefunded: Money;
  /** cobro's invoice reference, from the order metadata the link put there. */
  readonly invoiceReference?: string;
  /** The checkout (payment link) the order came from. */
  readonly linkId?: string;
  /** How it was paid. */
  readonly method?: PaymentMethod;
  /** When the settling charge was paid, as an ISO instant. */
  readonly paidAt?: string;
}

/** Reads an order (from `GET /orders/{id}` or a webhook) into cobro's payment fields. Amounts are exact cents. */
export function summarizeConektaOrder(order: ConektaOrder): ConektaOrderSummary {
  const charge = primaryConektaCharge(order);
  const reference = order.metadata?.[conektaMetadataKeys.invoiceReference];
  const method = fromConektaChargeMethod(charge?.payment_method);
  const paidAt = charge?.paid_at;
  const linkId = order.checkout?.id;
  return {
    id: order.id,
    status: toConektaPaymentStatus(order.payment_status),
    amount: fromConektaCents(order.amount, order.currency),
    amountRefunded: fromConektaCents(order.amount_refunded ?? 0, order.currency),
    ...(typeof reference === 'string' ? { invoiceReference: reference } : {}),
    ...(linkId ? { linkId } : {}),
    ...(method ? { method } : {}),
    ...(typeof paidAt === 'number' ? { paidAt: fromEpochSeconds(paidAt) } : {}),
  };
}

/** Epoch seconds → ISO instant (UTC). */
export function fromEpochSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
