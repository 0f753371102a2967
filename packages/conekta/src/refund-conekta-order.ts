import {
  CurrencyMismatchError,
  type PaymentProviderV1Refund,
  type PaymentProviderV1RefundOptions,
  ValidationError,
} from '@cobro/core';
import { type ConektaOrder, conektaOrderSchema } from './conekta-api';
import type { ConektaClient } from './conekta-client';
import { fromConektaCents, toConektaCents } from './conekta-money';

/**
 * Refunds all or part of a Conekta order (`POST /orders/{id}/refunds`, `amount` in cents and a `reason`, default
 * `requested_by_client`). Reads the order first to check the currency, to compute "the rest" when no amount is given,
 * and to tell the new refund from earlier ones. If the answer is lost after sending, the order is read again and a
 * new refund of that amount counts as done; otherwise the `ambiguous` error stands.
 *
 * @throws `ValidationError` for an amount beyond what is left; `CurrencyMismatchError`; `ApiCallError`.
 */
export async function refundConektaOrder({
  request,
  readOrder,
  options,
}: {
  /** The API client. */
  request: ConektaClient;
  /** Reads an order by id. */
  readOrder: (paymentId: string) => Promise<ConektaOrder>;
  /** What to refund. */
  options: PaymentProviderV1RefundOptions;
}): Promise<PaymentProviderV1Refund> {
  const before = await readOrder(options.paymentId);
  if (options.amount && options.amount.currency !== before.currency.toUpperCase()) {
    throw new CurrencyMismatchError({ expected: before.currency.toUpperCase(), actual: options.amount.currency });
  }
  const refundable = before.amount - (before.amount_refunded ?? 0);
  const cents = options.amount ? toConektaCents(options.amount) : refundable;
  if (cents <= 0 || cents > refundable) {
    throw new ValidationError({
      subject: 'Conekta refund',
      issues: [{ path: 'amount', message: `must be between 1 and ${refundable} cents (what is left to refund)` }],
    });
  }
  const known = new Set(
    (before.charges?.data ?? []).flatMap((charge) => (charge.refunds?.data ?? []).map((refund) => refund.id)),
  );
  const post = () =>
    request({
      method: 'POST',
      path: `/orders/${encodeURIComponent(options.paymentId)}/refunds`,
      body: { amount: cents, reason: options.reason ?? 'requested_by_client' },
      schema: conektaOrderSchema,
      operation: `refund order ${options.paymentId}`,
      idempotent: false,
    });
  const after = await post().catch(async (error: unknown) => {
    // The answer was lost after sending: if the order now shows a new refund of this amount, it took effect.
    if ((error as { kind?: string }).kind !== 'ambiguous') throw error;
    const reread = await readOrder(options.paymentId).catch(() => undefined);
    const landed = (reread?.charges?.data ?? [])
      .flatMap((charge) => charge.refunds?.data ?? [])
      .some((refund) => !known.has(refund.id) && Math.abs(refund.amount) === cents);
    if (!reread || !landed) throw error;
    return reread;
  });
  const created = (after.charges?.data ?? [])
    .flatMap((charge) => charge.refunds?.data ?? [])
    .find((refund) => !known.has(refund.id));
  const status: PaymentProviderV1Refund['status'] =
    created?.status === 'pending' ? 'pending' : created?.status === 'failed' ? 'failed' : 'succeeded';
  return {
    // Conekta always lists the refund on the charge; the fallback only covers a response that omits charges.
    id: created?.id ?? `${after.id}:refunded:${after.amount_refunded ?? cents}`,
    paymentId: after.id,
    amount: fromConektaCents(created ? created.amount : cents, after.currency, { absolute: true }),
    status,
    raw: after,
  };
}
