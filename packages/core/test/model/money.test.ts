import {
  addMoney,
  allocateMoney,
  CurrencyMismatchError,
  compareMoney,
  currencyExponent,
  formatMoney,
  isZeroMoney,
  type Money,
  money,
  multiplyMoney,
  parseMoney,
  subtractMoney,
  sumMoney,
  toDecimalString,
  ValidationError,
} from '@cobro/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const currencies = ['EUR', 'MXN', 'BRL', 'USD', 'JPY', 'KWD', 'CLP', 'BHD', 'CLF'] as const;
const arbitraryCurrency = fc.constantFrom(...currencies);
const arbitraryMinor = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
const arbitraryMoney = fc.tuple(arbitraryMinor, arbitraryCurrency).map(([minor, currency]) => money(minor, currency));

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('currencyExponent', () => {
  it.each([
    ['JPY', 0],
    ['CLP', 0],
    ['KRW', 0],
    ['VND', 0],
    ['EUR', 2],
    ['MXN', 2],
    ['BRL', 2],
    ['USD', 2],
    ['KWD', 3],
    ['BHD', 3],
    ['JOD', 3],
    ['OMR', 3],
    ['TND', 3],
    ['CLF', 4],
  ])('%s has exponent %i', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it('refuses unknown and lower-case codes with a ValidationError', () => {
    expect(ValidationError.isInstance(thrown(() => currencyExponent('XYZ')))).toBe(true);
    expect(ValidationError.isInstance(thrown(() => currencyExponent('eur')))).toBe(true);
  });
});

describe('money', () => {
  it('refuses fractions, unsafe integers and unknown currencies, naming the field', () => {
    const error = thrown(() => money(10.5, 'EUR')) as ValidationError;
    expect(error.issues).toEqual([{ path: 'amountMinor', message: expect.stringContaining('whole number') }]);
    expect(ValidationError.isInstance(thrown(() => money(2 ** 53, 'EUR')))).toBe(true);
    const currencyError = thrown(() => money(1, 'EURO')) as ValidationError;
    expect(currencyError.issues[0]?.path).toBe('currency');
  });
});

describe('parseMoney and toDecimalString', () => {
  it.each([
    ['1234.5', 'MXN', 123450],
    ['-3', 'EUR', -300],
    ['0.10', 'USD', 10],
    ['1000', 'JPY', 1000],
    ['1.234', 'KWD', 1234],
    ['+7.5', 'BRL', 750],
  ])('parses %s %s exactly', (text, currency, minor) => {
    expect(parseMoney(text, currency)).toEqual({ amountMinor: minor, currency });
  });

  it('refuses more significant decimals than the currency has', () => {
    const error = thrown(() => parseMoney('1.234', 'EUR')) as ValidationError;
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error.message).toContain('more decimals than EUR allows (2)');
    expect(() => parseMoney('10.5', 'JPY')).toThrow(/more decimals than JPY allows \(0\)/);
    expect(() => parseMoney('100.00', 'JPY')).toThrow(/more decimals than JPY allows \(0\)/);
    expect(() => parseMoney('1.2345', 'KWD')).toThrow(/more decimals than KWD allows \(3\)/);
  });

  it.each(['', '1,234.50', '1e3', '12.', '.5', 'abc', '1 000'])('refuses malformed text %j', (text) => {
    expect(ValidationError.isInstance(thrown(() => parseMoney(text, 'EUR')))).toBe(true);
  });

  it('writes the currency exponent exactly', () => {
    expect(toDecimalString(money(123450, 'MXN'))).toBe('1234.50');
    expect(toDecimalString(money(1000, 'JPY'))).toBe('1000');
    expect(toDecimalString(money(1250, 'KWD'))).toBe('1.250');
    expect(toDecimalString(money(-5, 'EUR'))).toBe('-0.05');
    expect(toDecimalString(money(Number.MAX_SAFE_INTEGER, 'USD'))).toBe('90071992547409.91');
  });

  it('round-trips every amount exactly (property)', () => {
    fc.assert(
      fc.property(arbitraryMoney, (amount) => {
        expect(parseMoney(toDecimalString(amount), amount.currency)).toEqual(amount);
      }),
    );
  });

  it('0.1 + 0.2 is exactly 0.3', () => {
    const sum = addMoney(parseMoney('0.1', 'EUR'), parseMoney('0.2', 'EUR'));
    expect(sum).toEqual(parseMoney('0.3', 'EUR'));
    expect(toDecimalString(sum)).toBe('0.30');
  });

  it('adds decimal strings exactly, as integer arithmetic on their digits would (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 99 }),
        (wholeA, centsA, wholeB, centsB) => {
          const a = parseMoney(`${wholeA}.${String(centsA).padStart(2, '0')}`, 'MXN');
          const b = parseMoney(`${wholeB}.${String(centsB).padStart(2, '0')}`, 'MXN');
          expect(addMoney(a, b).amountMinor).toBe((wholeA + wholeB) * 100 + centsA + centsB);
          expect(subtractMoney(addMoney(a, b), b)).toEqual(a);
        },
      ),
    );
  });
});

describe('arithmetic', () => {
  it('refuses mixed currencies everywhere (property)', () => {
    fc.assert(
      fc.property(arbitraryMoney, arbitraryMoney, (a, b) => {
        fc.pre(a.currency !== b.currency);
        for (const action of [() => addMoney(a, b), () => subtractMoney(a, b), () => compareMoney(a, b)]) {
          const error = thrown(action);
          expect(CurrencyMismatchError.isInstance(error)).toBe(true);
          expect((error as CurrencyMismatchError).expected).toBe(a.currency);
          expect((error as CurrencyMismatchError).actual).toBe(b.currency);
        }
        expect(CurrencyMismatchError.isInstance(thrown(() => sumMoney([a, b], a.currency)))).toBe(true);
      }),
    );
  });

  it('sums lists and compares amounts', () => {
    expect(sumMoney([], 'EUR')).toEqual(money(0, 'EUR'));
    expect(sumMoney([money(1, 'EUR'), money(2, 'EUR'), money(-4, 'EUR')], 'EUR')).toEqual(money(-1, 'EUR'));
    expect(compareMoney(money(1, 'EUR'), money(2, 'EUR'))).toBe(-1);
    expect(compareMoney(money(2, 'EUR'), money(2, 'EUR'))).toBe(0);
    expect(isZeroMoney(money(0, 'JPY'))).toBe(true);
  });

  it('refuses results beyond the safe-integer range instead of losing precision', () => {
    expect(() => addMoney(money(Number.MAX_SAFE_INTEGER, 'EUR'), money(1, 'EUR'))).toThrow(/beyond/);
  });

  it('multiplies by exact decimals with the chosen rounding', () => {
    expect(multiplyMoney(money(1000, 'EUR'), '0.22')).toEqual(money(220, 'EUR'));
    expect(multiplyMoney(money(5, 'EUR'), '0.5')).toEqual(money(3, 'EUR'));
    expect(multiplyMoney(money(5, 'EUR'), '0.5', 'half-even')).toEqual(money(2, 'EUR'));
    expect(multiplyMoney(money(15, 'EUR'), '0.1', 'half-even')).toEqual(money(2, 'EUR'));
    expect(multiplyMoney(money(-5, 'EUR'), '0.5')).toEqual(money(-3, 'EUR'));
    expect(multiplyMoney(money(-5, 'EUR'), '0.5', 'floor')).toEqual(money(-3, 'EUR'));
    expect(multiplyMoney(money(-5, 'EUR'), '0.5', 'ceiling')).toEqual(money(-2, 'EUR'));
    expect(multiplyMoney(money(19, 'EUR'), '0.1', 'down')).toEqual(money(1, 'EUR'));
    expect(multiplyMoney(money(11, 'EUR'), '0.1', 'up')).toEqual(money(2, 'EUR'));
    // 2^53-1 × 0.5 would lose the half in float arithmetic; bigint keeps it until the one rounding.
    expect(multiplyMoney(money(Number.MAX_SAFE_INTEGER, 'EUR'), '0.5', 'down').amountMinor).toBe(4503599627370495);
    expect(ValidationError.isInstance(thrown(() => multiplyMoney(money(1, 'EUR'), '1/3')))).toBe(true);
  });
});

describe('allocateMoney', () => {
  it('splits MXN 100.00 in three as 33.34 + 33.33 + 33.33', () => {
    expect(allocateMoney(money(10000, 'MXN'), 3).map((part) => part.amountMinor)).toEqual([3334, 3333, 3333]);
  });

  it('splits by ratios with the largest remainder', () => {
    expect(allocateMoney(money(100, 'EUR'), [1, 1, 1]).map((part) => part.amountMinor)).toEqual([34, 33, 33]);
    expect(allocateMoney(money(1000, 'EUR'), [30, 70]).map((part) => part.amountMinor)).toEqual([300, 700]);
    expect(allocateMoney(money(5, 'EUR'), [0.3, 0.7]).map((part) => part.amountMinor)).toEqual([2, 3]);
    expect(allocateMoney(money(-10, 'EUR'), 3).map((part) => part.amountMinor)).toEqual([-4, -3, -3]);
  });

  it('refuses zero parts and bad ratios', () => {
    expect(ValidationError.isInstance(thrown(() => allocateMoney(money(1, 'EUR'), 0)))).toBe(true);
    expect(ValidationError.isInstance(thrown(() => allocateMoney(money(1, 'EUR'), 1.5)))).toBe(true);
    expect(ValidationError.isInstance(thrown(() => allocateMoney(money(1, 'EUR'), [0, 0])))).toBe(true);
    expect(ValidationError.isInstance(thrown(() => allocateMoney(money(1, 'EUR'), [-1, 2])))).toBe(true);
  });

  it('equal parts sum exactly and differ by at most one minor unit (property)', () => {
    fc.assert(
      fc.property(arbitraryMoney, fc.integer({ min: 1, max: 60 }), (amount, parts) => {
        const shares = allocateMoney(amount, parts);
        expect(shares).toHaveLength(parts);
        expect(sumMoney(shares, amount.currency)).toEqual(amount);
        const minors = shares.map((share) => share.amountMinor);
        expect(Math.max(...minors) - Math.min(...minors)).toBeLessThanOrEqual(1);
        for (const share of shares) expect(Number.isSafeInteger(share.amountMinor)).toBe(true);
      }),
    );
  });

  it('ratio parts sum exactly and stay within one unit of the exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (minor, ratios) => {
          fc.pre(ratios.some((ratio) => ratio > 0));
          const amount = money(minor, 'BRL');
          const shares = allocateMoney(amount, ratios);
          expect(sumMoney(shares, 'BRL')).toEqual(amount);
          const ratioSum = ratios.reduce((sum, ratio) => sum + ratio, 0);
          shares.forEach((share, index) => {
            const exact = (minor * (ratios[index] ?? 0)) / ratioSum;
            expect(Math.abs(share.amountMinor - exact)).toBeLessThan(1 + 1e-6 * Math.max(1, exact));
          });
        },
      ),
    );
  });
});

describe('formatMoney', () => {
  const amount: Money = money(123450, 'EUR');
  it.each([
    // Grouped at four digits too, as at seven: CLDR's minimum grouping would print 1234,50 € beside 1.234.567,89 €.
    ['it-IT', money(123450, 'EUR'), '1.234,50\u00a0€'],
    ['it-IT', money(123456789, 'EUR'), '1.234.567,89\u00a0€'],
    ['es-ES', money(123450, 'EUR'), '1.234,50\u00a0€'],
    ['es-MX', money(123450, 'MXN'), '$1,234.50'],
    ['pt-BR', money(123450, 'BRL'), 'R$\u00a01.234,50'],
    ['en-US', money(123450, 'USD'), '$1,234.50'],
    ['en-US', money(1234, 'JPY'), '¥1,234'],
    ['en-US', money(1234, 'KWD'), 'KWD\u00a01.234'],
  ])('formats in %s', (locale, value, expected) => {
    expect(formatMoney(value, locale)).toBe(expected);
  });

  it('keeps every digit of large amounts', () => {
    expect(formatMoney(money(Number.MAX_SAFE_INTEGER, 'USD'), 'en-US')).toBe('$90,071,992,547,409.91');
  });

  it('refuses a malformed locale', () => {
    expect(ValidationError.isInstance(thrown(() => formatMoney(amount, 'not a locale!')))).toBe(true);
  });
});
