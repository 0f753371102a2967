import { CurrencyMismatchError } from '../errors/currency-mismatch-error';
import { ValidationError } from '../errors/validation-error';
import { currencyExponent } from './currency';
import { divideRounded, parseExactDecimal, powerOfTen, type RoundingMode } from './decimal';
import { moneySchema } from './model-schemas';
import { parseOrThrow } from './to-validation-issues';

/**
 * An amount of money: an integer number of minor units (cents, centavos; yen for JPY, fils for KWD) plus an
 * ISO 4217 currency code. Never a float: `{ amountMinor: 123450, currency: 'MXN' }` is MXN 1,234.50.
 */
export interface Money {
  /** Integer amount in the currency's minor unit (ISO 4217 exponent). A safe integer; may be negative for credits. */
  readonly amountMinor: number;
  /** ISO 4217 alphabetic code, upper case, e.g. `EUR`, `MXN`, `BRL`, `USD`, `JPY`, `KWD`. */
  readonly currency: string;
}

/**
 * Builds a {@link Money} from minor units: `money(123450, 'MXN')` is MXN 1,234.50.
 *
 * @throws {@link ValidationError} when the amount is not a safe integer or the currency is not an ISO 4217 code.
 */
export function money(amountMinor: number, currency: string): Money {
  const parsed = parseOrThrow(moneySchema(), { amountMinor, currency }, 'money');
  // -0 and 0 are the same amount; keep one representation so equality checks agree.
  return { amountMinor: parsed.amountMinor === 0 ? 0 : parsed.amountMinor, currency: parsed.currency };
}

/** Zero in `currency`. */
export function zeroMoney(currency: string): Money {
  return money(0, currency);
}

function fromBigInt(amountMinor: bigint, currency: string): Money {
  if (amountMinor > BigInt(Number.MAX_SAFE_INTEGER) || amountMinor < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new ValidationError({
      subject: 'money',
      issues: [
        {
          path: 'amountMinor',
          message: `the result is beyond ±${Number.MAX_SAFE_INTEGER} minor units and cannot be exact`,
        },
      ],
    });
  }
  return { amountMinor: Number(amountMinor), currency };
}

function assertSameCurrency(expected: string, actual: string): void {
  if (expected !== actual) throw new CurrencyMismatchError({ expected, actual });
}

/**
 * `a + b`. @throws {@link CurrencyMismatchError} when the currencies differ.
 * @throws {@link ValidationError} when the result leaves the safe-integer range.
 */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a.currency, b.currency);
  return fromBigInt(BigInt(a.amountMinor) + BigInt(b.amountMinor), a.currency);
}

/** `a − b`. @throws {@link CurrencyMismatchError} when the currencies differ. */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a.currency, b.currency);
  return fromBigInt(BigInt(a.amountMinor) - BigInt(b.amountMinor), a.currency);
}

/** `−a`. */
export function negateMoney(a: Money): Money {
  return { amountMinor: a.amountMinor === 0 ? 0 : -a.amountMinor, currency: a.currency };
}

/**
 * Sum of `list` in `currency`; an empty list sums to zero.
 *
 * @throws {@link CurrencyMismatchError} when an item is in another currency.
 */
export function sumMoney(list: readonly Money[], currency: string): Money {
  currencyExponent(currency);
  let total = 0n;
  for (const item of list) {
    assertSameCurrency(currency, item.currency);
    total += BigInt(item.amountMinor);
  }
  return fromBigInt(total, currency);
}

/**
 * Multiplies an amount by an exact decimal factor (`'1.5'`, `'0.22'`, `'-1'`) and rounds to the minor unit.
 * Computed in bigint, so `amount × factor` never loses precision before the single rounding step.
 *
 * @param rounding - how to round the exact product (default `half-up`: ties away from zero)
 * @throws {@link ValidationError} when `factor` is not a decimal string.
 */
export function multiplyMoney(amount: Money, factor: string, rounding: RoundingMode = 'half-up'): Money {
  const decimal = parseExactDecimal(factor);
  if (decimal === undefined) {
    throw new ValidationError({
      subject: 'multiplier',
      issues: [{ path: 'factor', message: "must be a decimal string such as '1.5' or '0.22'" }],
    });
  }
  const product = BigInt(amount.amountMinor) * decimal.digits;
  return fromBigInt(divideRounded(product, powerOfTen(decimal.scale), rounding), amount.currency);
}

/**
 * Compares two amounts: negative when `a < b`, 0 when equal, positive when `a > b`.
 *
 * @throws {@link CurrencyMismatchError} when the currencies differ.
 */
export function compareMoney(a: Money, b: Money): number {
  assertSameCurrency(a.currency, b.currency);
  return Math.sign(a.amountMinor - b.amountMinor);
}

/** True when the amount is zero. */
export function isZeroMoney(a: Money): boolean {
  return a.amountMinor === 0;
}

/** True when the amount is below zero (a credit). */
export function isNegativeMoney(a: Money): boolean {
  return a.amountMinor < 0;
}

/** True when both amounts have the same currency and the same minor units. */
export function equalsMoney(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amountMinor === b.amountMinor;
}
