import { currencyExponent, type Money, ValidationError } from '@cobro/core';

// docs.stripe.com/currencies#zero-decimal: amounts are whole units. MGA has ISO exponent 2 but Stripe counts it whole.
const zeroDecimal = new Set('BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF'.split(' '));
// docs.stripe.com/currencies#three-decimal: thousandths, but the last digit must be 0 for Stripe's partners.
const threeDecimal = new Set('BHD JOD KWD OMR TND'.split(' '));
// ISK is whole krónur (ISO exponent 0), yet the API keeps it two-decimal for backwards compatibility: 1 króna is 100.
// HUF and TWD are two-decimal for charges (their zero-decimal rule applies to payouts only), so they need nothing.
const twoDecimalForCompatibility = new Set(['ISK']);

// Stripe's lower-case code → ISO code and the shift between Stripe's and ISO's minor units, worked out once each.
const shifts = new Map<string, { readonly code: string; readonly shift: number }>();

/** How many decimals Stripe's API uses for a currency's `amount` fields (not always the ISO 4217 exponent). */
export function stripeDecimals(currency: string): number {
  if (zeroDecimal.has(currency)) return 0;
  if (threeDecimal.has(currency)) return 3;
  if (twoDecimalForCompatibility.has(currency)) return 2;
  return currencyExponent(currency);
}

/**
 * Converts cobro `Money` (ISO 4217 minor units) to the integer `amount` Stripe expects: unchanged for USD, MXN, JPY,
 * KWD…; ×100 for ISK; ÷100 for MGA (refused unless whole ariary). Three-decimal currencies must end in 0.
 *
 * @param path - where the amount sits in the caller's input, for the error
 * @throws `ValidationError` for a non-positive or non-integer amount, a currency Stripe cannot take, or an amount
 * Stripe cannot represent exactly.
 */
export function toStripeAmount(amount: Money, path = 'amount'): number {
  const fail = (field: string, message: string): never => {
    throw new ValidationError({ subject: 'Stripe amount', issues: [{ path: `${path}.${field}`, message }] });
  };
  let iso: number;
  try {
    iso = currencyExponent(amount.currency);
  } catch {
    return fail('currency', `${amount.currency} is not an ISO 4217 currency`);
  }
  if (iso > 3 || (iso === 3 && !threeDecimal.has(amount.currency))) {
    fail('currency', `Stripe does not charge in ${amount.currency}`);
  }
  if (!Number.isSafeInteger(amount.amountMinor) || amount.amountMinor <= 0) {
    fail('amountMinor', 'must be a positive integer number of minor units');
  }
  const shift = stripeDecimals(amount.currency) - iso;
  if (shift < 0) {
    const divisor = 10 ** -shift;
    if (amount.amountMinor % divisor !== 0) {
      fail('amountMinor', `Stripe charges ${amount.currency} in whole units: must be a multiple of ${divisor}`);
    }
    return amount.amountMinor / divisor;
  }
  const stripeAmount = amount.amountMinor * 10 ** shift;
  if (!Number.isSafeInteger(stripeAmount)) fail('amountMinor', 'is too large');
  if (threeDecimal.has(amount.currency) && stripeAmount % 10 !== 0) {
    fail('amountMinor', `Stripe requires ${amount.currency} amounts to end in 0 (whole hundredths)`);
  }
  return stripeAmount;
}

/**
 * Converts a Stripe `amount` and (lower-case) `currency` back to cobro `Money` in ISO 4217 minor units.
 *
 * @throws `ValidationError` when the amount has a fraction the ISO minor unit cannot hold (e.g. legacy fractional ISK).
 */
export function fromStripeAmount(amount: number, currency: string): Money {
  let known = shifts.get(currency);
  if (!known) {
    const code = currency.toUpperCase();
    known = { code, shift: stripeDecimals(code) - currencyExponent(code) };
    // Only currencies that passed the ISO check get here, so the map stays as small as the currency list.
    shifts.set(currency, known);
  }
  const { code, shift } = known;
  if (shift <= 0) return { amountMinor: amount * 10 ** -shift, currency: code };
  const divisor = 10 ** shift;
  if (amount % divisor !== 0) {
    throw new ValidationError({
      subject: 'Stripe amount',
      issues: [{ path: 'amount', message: `${amount} ${code} has a fraction below the currency's minor unit` }],
    });
  }
  return { amountMinor: amount / divisor, currency: code };
}
