import { describe, expect, it } from 'vitest';
import { summarizeConektaOrder, toConektaPaymentStatus } from '../src/map-conekta-order';

describe('order payment_status → cobro payment status', () => {
  it.each([
    ['paid', 'succeeded'],
    ['pending_payment', 'pending'],
    ['pre_authorized', 'pending'],
    ['partially_refunded', 'partially_refunded'],
    ['refunded', 'refunded'],
    ['charged_back', 'refunded'],
    ['declined', 'failed'],
    ['expired', 'failed'],
    ['canceled', 'canceled'],
    ['voided', 'canceled'],
    ['something_new', 'pending'],
    [undefined, 'pending'],
  ] as const)('%s → %s (an unknown state never counts as paid)', (paymentStatus, status) => {
    expect(toConektaPaymentStatus(paymentStatus)).toBe(status);
  });

  it('reads an order without charges, metadata or checkout', () => {
    expect(
      summarizeConektaOrder({ id: 'ord_1', amount: 5_000, currency: 'mxn', payment_status: 'pending_payment' }),
    ).toEqual({
      id: 'ord_1',
      status: 'pending',
      amount: { amountMinor: 5_000, currency: 'MXN' },
      amountRefunded: { amountMinor: 0, currency: 'MXN' },
    });
  });

  it('takes method and paid time from the charge that paid, not a later failed one', () => {
    const summary = summarizeConektaOrder({
      id: 'ord_2',
      amount: 10_000,
      currency: 'MXN',
      payment_status: 'paid',
      charges: {
        data: [
          {
            id: 'c1',
            status: 'paid',
            paid_at: 1_700_000_000,
            payment_method: { object: 'bank_transfer_payment', type: 'spei' },
          },
          { id: 'c2', status: 'declined', paid_at: null, payment_method: { object: 'card_payment', type: 'credit' } },
        ],
      },
    });
    expect([summary.method, summary.paidAt]).toEqual(['spei', '2023-11-14T22:13:20.000Z']);
  });
});
