import { ValidationError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { fromPayPalMoney, payPalDecimals, toPayPalMoney } from '../src/paypal-money';

describe('PayPal money', () => {
  it.each([
    [
      { amountMinor: 123_450, currency: 'MXN' },
      { currency_code: 'MXN', value: '1234.50' },
    ],
    [
      { amountMinor: 1, currency: 'USD' },
      { currency_code: 'USD', value: '0.01' },
    ],
    [
      { amountMinor: 100, currency: 'EUR' },
      { currency_code: 'EUR', value: '1.00' },
    ],
    [
      { amountMinor: 1500, currency: 'JPY' },
      { currency_code: 'JPY', value: '1500' },
    ],
    [
      { amountMinor: 150_000, currency: 'HUF' },
      { currency_code: 'HUF', value: '1500' },
    ],
    [
      { amountMinor: 9_900, currency: 'TWD' },
      { currency_code: 'TWD', value: '99' },
    ],
    [
      { amountMinor: 900_719_925_474_099, currency: 'USD' },
      { currency_code: 'USD', value: '9007199254740.99' },
    ],
  ])('converts %o to %o and back, exactly', (money, payPal) => {
    expect(toPayPalMoney(money)).toEqual(payPal);
    expect(fromPayPalMoney(payPal)).toEqual(money);
  });

  it('reads what PayPal may send: fewer decimals, trailing zeros on zero-decimal currencies, lower-case codes', () => {
    expect(fromPayPalMoney({ currency_code: 'USD', value: '10' })).toEqual({ amountMinor: 1000, currency: 'USD' });
    expect(fromPayPalMoney({ currency_code: 'USD', value: '10.5' })).toEqual({ amountMinor: 1050, currency: 'USD' });
    expect(fromPayPalMoney({ currency_code: 'JPY', value: '1500.00' })).toEqual({ amountMinor: 1500, currency: 'JPY' });
    expect(fromPayPalMoney({ currency_code: 'mxn', value: '0.10' })).toEqual({ amountMinor: 10, currency: 'MXN' });
  });

  it('round-trips every amount of a large range without floats', () => {
    for (let minor = 1; minor < 20_000; minor += 7) {
      for (const currency of ['USD', 'MXN', 'JPY']) {
        expect(fromPayPalMoney(toPayPalMoney({ amountMinor: minor, currency }))).toEqual({
          amountMinor: minor,
          currency,
        });
      }
    }
    // 0.1 + 0.2 style float errors cannot happen: 30 cents is "0.30", not "0.30000000000000004".
    expect(toPayPalMoney({ amountMinor: 30, currency: 'USD' }).value).toBe('0.30');
  });

  it('refuses what PayPal cannot take or would never send', () => {
    expect(() => toPayPalMoney({ amountMinor: 150_050, currency: 'HUF' })).toThrow(ValidationError);
    expect(() => toPayPalMoney({ amountMinor: 0, currency: 'USD' })).toThrow(ValidationError);
    expect(() => toPayPalMoney({ amountMinor: 1.5, currency: 'USD' })).toThrow(ValidationError);
    expect(() => fromPayPalMoney({ currency_code: 'USD', value: '1.234' })).toThrow(ValidationError);
    expect(() => fromPayPalMoney({ currency_code: 'JPY', value: '10.5' })).toThrow(ValidationError);
    expect(() => fromPayPalMoney({ currency_code: 'USD', value: '1e3' })).toThrow(ValidationError);
  });

  it('knows PayPal decimals (0 for HUF, JPY, TWD even where ISO 4217 has 2)', () => {
    expect([payPalDecimals('HUF'), payPalDecimals('JPY'), payPalDecimals('TWD'), payPalDecimals('USD')]).toEqual([
      0, 0, 0, 2,
    ]);
  });
});
