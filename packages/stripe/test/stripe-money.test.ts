import { ValidationError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { fromStripeAmount, stripeDecimals, toStripeAmount } from '../src/stripe-money';

describe('Stripe minor units', () => {
  it('sends two-decimal, zero-decimal and three-decimal amounts exactly', () => {
    expect(toStripeAmount({ amountMinor: 123_450, currency: 'MXN' })).toBe(123_450);
    expect(toStripeAmount({ amountMinor: 500, currency: 'JPY' })).toBe(500);
    expect(toStripeAmount({ amountMinor: 15_000, currency: 'CLP' })).toBe(15_000);
    expect(toStripeAmount({ amountMinor: 50_000, currency: 'KRW' })).toBe(50_000);
    expect(toStripeAmount({ amountMinor: 5_120, currency: 'KWD' })).toBe(5_120);
    // HUF and TWD are zero-decimal for payouts only; charges keep two decimals.
    expect(toStripeAmount({ amountMinor: 1_050, currency: 'HUF' })).toBe(1_050);
    expect(toStripeAmount({ amountMinor: 1_050, currency: 'TWD' })).toBe(1_050);
  });

  it('scales ISK (ISO whole krónur) to Stripe two-decimal and MGA (ISO cents) to Stripe whole ariary', () => {
    expect(stripeDecimals('ISK')).toBe(2);
    expect(toStripeAmount({ amountMinor: 5, currency: 'ISK' })).toBe(500);
    expect(fromStripeAmount(500, 'isk')).toEqual({ amountMinor: 5, currency: 'ISK' });
    expect(stripeDecimals('MGA')).toBe(0);
    expect(toStripeAmount({ amountMinor: 10_000, currency: 'MGA' })).toBe(100);
    expect(fromStripeAmount(100, 'mga')).toEqual({ amountMinor: 10_000, currency: 'MGA' });
  });

  it('round-trips every supported shape', () => {
    for (const [amountMinor, currency] of [
      [1, 'USD'],
      [99_999_999, 'EUR'],
      [1, 'JPY'],
      [10, 'BHD'],
      [7, 'ISK'],
      [300, 'MGA'],
    ] as const) {
      const money = { amountMinor, currency };
      expect(fromStripeAmount(toStripeAmount(money), currency.toLowerCase())).toEqual(money);
    }
  });

  it('refuses what Stripe cannot represent exactly, naming the field', () => {
    const cases: [number, string, string][] = [
      [5_124, 'KWD', 'amount.amountMinor'],
      [150, 'MGA', 'amount.amountMinor'],
      [0, 'USD', 'amount.amountMinor'],
      [-5, 'USD', 'amount.amountMinor'],
      [1.5, 'USD', 'amount.amountMinor'],
      [100, 'CLF', 'amount.currency'],
      [100, 'IQD', 'amount.currency'],
      [100, 'XYZ', 'amount.currency'],
    ];
    for (const [amountMinor, currency, path] of cases) {
      let error: unknown;
      try {
        toStripeAmount({ amountMinor, currency });
      } catch (caught) {
        error = caught;
      }
      expect(ValidationError.isInstance(error), `${amountMinor} ${currency}`).toBe(true);
      expect((error as ValidationError).issues[0]?.path).toBe(path);
    }
  });

  it('refuses a Stripe amount with a fraction below the ISO minor unit (legacy fractional ISK)', () => {
    expect(() => fromStripeAmount(510, 'isk')).toThrow(/fraction/);
  });
});
