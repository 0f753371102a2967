import { currencyExponent, type Money, ValidationError } from '@cobro/core';

/** A PayPal money object: ISO 4217 code and an exact decimal string, e.g. `{ currency_code: 'MXN', value: '1234.50' }`. */
export interface PayPalMoney {
  /** ISO 4217 currency code. */
  readonly currency_code: string;
  /** Decimal string with the currency's PayPal decimals, e.g. `10.00`, or `1500` for JPY/HUF/TWD. */
  readonly value: string;
}

// PayPal's currency-codes reference: HUF, JPY and TWD "do not support decimals" on PayPal even though ISO 4217 gives
// HUF and TWD two; every other PayPal currency uses its ISO exponent (two).
const payPalDecimalsByCurrency: Readonly<Record<string, number>> = { HUF: 0, JPY: 0, TWD: 0 };

/** The number of decimals PayPal accepts in `value` for `currency`. */
export function payPalDecimals(currency: string): number {
  return payPalDecimalsByCurrency[currency] ?? currencyExponent(currency);
}

/**
 * Converts `Money` (integer ISO minor units) to PayPal's decimal string, exactly: digits are moved, never multiplied
 * through a float. For a currency PayPal takes without decimals although ISO gives it some (HUF, TWD), the minor
 * units must be whole units (e.g. HUF 150000 fillér → `"1500"`); anything else is refused, never rounded.
 *
 * @param path - where the amount sits in the caller's input, for the error
 * @throws `ValidationError` for a non-positive or non-integer amount, or one PayPal cannot express.
 */
export function toPayPalMoney(amount: Money, path = 'amount'): PayPalMoney {
  const isoExponent = currencyExponent(amount.currency);
  const decimals = payPalDecimals(amount.currency);
  const issues: { path: string; message: string }[] = [];
  if (!Number.isSafeInteger(amount.amountMinor) || amount.amountMinor <= 0) {
    issues.push({ path: `${path}.amountMinor`, message: 'must be a positive integer number of minor units' });
  } else if (isoExponent > decimals && amount.amountMinor % 10 ** (isoExponent - decimals) !== 0) {
    issues.push({
      path: `${path}.amountMinor`,
      message: `PayPal takes ${amount.currency} in whole units only; ${amount.amountMinor} minor units is not a whole amount`,
    });
  }
  if (issues.length > 0) throw new ValidationError({ subject: 'PayPal amount', issues });
  const units = BigInt(amount.amountMinor) / 10n ** BigInt(isoExponent - Math.min(decimals, isoExponent));
  return { currency_code: amount.currency, value: formatDecimal(units, decimals) };
}

/**
 * Converts a PayPal money object back to `Money`, exactly. Accepts fewer decimals than the currency has (`"10"`,
 * `"10.5"`), refuses more, and refuses anything that is not a plain decimal.
 *
 * @throws `ValidationError` when the value is not a decimal PayPal would send for the currency.
 */
export function fromPayPalMoney(money: { readonly currency_code: string; readonly value: string }): Money {
  const currency = money.currency_code.toUpperCase();
  const isoExponent = currencyExponent(currency);
  const decimals = payPalDecimals(currency);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(money.value.trim());
  const fraction = match?.[3] ?? '';
  // PayPal sometimes writes zero-decimal currencies as "1500.00"; only zeros may follow the point then.
  const significant = fraction.replace(/0+$/, '');
  if (!match || significant.length > Math.max(decimals, 0)) {
    throw new ValidationError({
      subject: 'PayPal amount',
      issues: [
        { path: 'value', message: `"${money.value.slice(0, 40)}" is not a ${currency} amount PayPal would send` },
      ],
    });
  }
  const digits = `${match[2]}${significant.padEnd(isoExponent, '0')}`;
  const minor = BigInt(digits) * (match[1] === '-' ? -1n : 1n);
  return { amountMinor: Number(minor), currency };
}

function formatDecimal(units: bigint, decimals: number): string {
  if (decimals === 0) return units.toString();
  const text = units.toString().padStart(decimals + 1, '0');
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}
