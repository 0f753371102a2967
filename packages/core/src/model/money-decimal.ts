import { ValidationError } from '../errors/validation-error';
import { currencyExponent } from './currency';
import { formatExactDecimal, parseExactDecimal, powerOfTen } from './decimal';
import { type Money, money } from './money';

/**
 * Parses a decimal string into {@link Money} exactly, never through a float: `parseMoney('1234.5', 'MXN')` is
 * 123450 centavos, `parseMoney('-3', 'EUR')` is −300 cents, `parseMoney('0.10', 'USD')` is 10 cents.
 * Accepts an optional sign, digits and a `.` with at most the currency's exponent of decimals (`'100'` JPY,
 * `'1.250'` KWD). No thousands separators, no exponent notation.
 *
 * @throws {@link ValidationError} when the text is not a plain decimal, has more decimals than the currency's minor
 * unit (`'1.234'` EUR, `'100.00'` JPY: round explicitly first), or is out of the safe-integer range.
 */
export function parseMoney(decimalString: string, currency: string): Money {
  const exponent = currencyExponent(currency);
  const decimal = typeof decimalString === 'string' ? parseExactDecimal(decimalString) : undefined;
  const fail = (message: string): never => {
    throw new ValidationError({ subject: `${currency} amount`, issues: [{ path: '', message }] });
  };
  if (decimal === undefined) {
    return fail(
      `"${String(decimalString).slice(0, 40)}" is not a decimal number such as 1234.50 (no separators or exponents)`,
    );
  }
  if (decimal.scale > exponent) {
    return fail(
      `"${decimalString}" has more decimals than ${currency} allows (${exponent}); round it explicitly before parsing`,
    );
  }
  const minor = decimal.digits * powerOfTen(exponent - decimal.scale);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) {
    return fail(`"${decimalString}" is too large to be represented exactly`);
  }
  return money(Number(minor), currency);
}

/**
 * Writes an amount as a plain decimal string with exactly the currency's number of decimals: `'1234.50'` (MXN),
 * `'1000'` (JPY), `'1.250'` (KWD), `'-3.00'`. The inverse of {@link parseMoney}; what most payment APIs expect.
 */
export function toDecimalString(amount: Money): string {
  return formatExactDecimal(BigInt(amount.amountMinor), currencyExponent(amount.currency));
}
