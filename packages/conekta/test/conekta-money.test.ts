import { ValidationError } from '@cobro/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromConektaCents, toConektaCents } from '../src/conekta-money';
import {
  fromConektaAllowedMethods,
  fromConektaChargeMethod,
  toConektaAllowedMethods,
} from '../src/conekta-payment-methods';

describe('Conekta cents', () => {
  it('round-trips every MXN and USD amount up to the int32 limit exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_147_483_647 }),
        fc.constantFrom('MXN', 'USD'),
        (amountMinor, currency) => {
          const cents = toConektaCents({ amountMinor, currency });
          expect(Number.isInteger(cents)).toBe(true);
          expect(fromConektaCents(cents, currency.toLowerCase())).toEqual({ amountMinor, currency });
        },
      ),
    );
  });

  it('keeps amounts that floats would garble (0.1 + 0.2) exact', () => {
    expect(toConektaCents({ amountMinor: 30, currency: 'MXN' })).toBe(30);
    expect(toConektaCents({ amountMinor: 123_456_789, currency: 'MXN' })).toBe(123_456_789);
  });

  it('refund amounts arrive negative and are made positive', () => {
    expect(fromConektaCents(-15_000, 'MXN', { absolute: true })).toEqual({ amountMinor: 15_000, currency: 'MXN' });
  });

  it.each([
    [{ amountMinor: 0, currency: 'MXN' }, 'amount.amountMinor'],
    [{ amountMinor: -5, currency: 'MXN' }, 'amount.amountMinor'],
    [{ amountMinor: 1.5, currency: 'MXN' }, 'amount.amountMinor'],
    [{ amountMinor: 2_147_483_648, currency: 'MXN' }, 'amount.amountMinor'],
    [{ amountMinor: 500, currency: 'JPY' }, 'amount.currency'],
    [{ amountMinor: 500, currency: 'KWD' }, 'amount.currency'],
  ])('refuses %j at %s', (amount, path) => {
    const error = (() => {
      try {
        toConektaCents(amount);
      } catch (caught) {
        return caught;
      }
    })();
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([path]);
  });
});

describe('payment methods', () => {
  it('maps cobro methods to Conekta names and back', () => {
    expect(toConektaAllowedMethods(['card', 'oxxo', 'spei', 'cash', 'bank-transfer'])).toEqual([
      'card',
      'cash',
      'bank_transfer',
    ]);
    expect(fromConektaAllowedMethods(['card', 'cash', 'bank_transfer', 'bnpl', 'pay_by_bank'])).toEqual([
      'card',
      'oxxo',
      'spei',
    ]);
  });

  it('refuses methods Conekta cannot take, by index', () => {
    const error = (() => {
      try {
        toConektaAllowedMethods(['card', 'pix', 'paypal']);
      } catch (caught) {
        return caught as ValidationError;
      }
    })();
    expect(error?.issues.map((issue) => issue.path)).toEqual(['allowedMethods[1]', 'allowedMethods[2]']);
  });

  it('reads how a charge was paid from the spec payment_method shapes', () => {
    expect(fromConektaChargeMethod({ object: 'card_payment', type: 'credit' })).toBe('card');
    expect(fromConektaChargeMethod({ object: 'cash_payment', type: 'oxxo' })).toBe('oxxo');
    expect(fromConektaChargeMethod({ object: 'cash_payment', type: 'cash', service_name: 'OxxoPay' })).toBe('oxxo');
    expect(fromConektaChargeMethod({ object: 'cash_payment', type: 'cash', service_name: 'store' })).toBe('cash');
    expect(fromConektaChargeMethod({ object: 'bank_transfer_payment', type: 'spei' })).toBe('spei');
    expect(fromConektaChargeMethod({ object: 'bnpl_payment' })).toBe('other');
    expect(fromConektaChargeMethod(undefined)).toBeUndefined();
  });
});
