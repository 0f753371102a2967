import { currencyExponent, type Money, ValidationError } from '@cobro/core';

// `unit_price` and `amount` are `int32` in the spec: the largest amount one link can carry is 21,474,836.47.
const maxConektaCents = 2_147_483_647;

/**
 * Converts `Money` to the integer cents Conekta expects (`unit_price`, refund `amount`). Exact: Conekta's
 * currencies (MXN, USD…) have two decimals, so cents are the minor units unchanged; a currency with another ISO 4217
 * exponent (JPY, KWD) is refused rather than silently rescaled.
 *
 * @param path - where the amount sits in the caller's input, for the error
 * @throws `ValidationError` when the amount is not a positive integer within `int32`, or the currency's minor unit is not cents.
 */
export function toConektaCents(amount: Money, path = 'amount'): number {
  const issues: { path: string; message: string }[] = [];
  if (currencyExponent(amount.currency) !== 2) {
    issues.push({
      path: `${path}.currency`,
      message: `${amount.currency} has no cents; Conekta charges in currencies with two decimals (e.g. MXN, USD)`,
    });
  }
  if (!Number.isSafeInteger(amount.amountMinor) || amount.amountMinor <= 0) {
    issues.push({ path: `${path}.amountMinor`, message: 'must be a positive integer number of cents' });
  } else if (amount.amountMinor > maxConektaCents) {
    issues.push({
      path: `${path}.amountMinor`,
      message: `must be at most ${maxConektaCents} cents (Conekta's int32 limit)`,
    });
  }
  if (issues.length > 0) throw new ValidationError({ subject: 'Conekta amount', issues });
  return amount.amountMinor;
}

/**
 * Converts Conekta cents back to `Money`. Refund amounts arrive negative; `absolute` turns them positive.
 * The currency is upper-cased because Conekta echoes it in either case.
 */
export function fromConektaCents(
  cents: number,
  currency: string,
  { absolute = false }: { absolute?: boolean } = {},
): Money {
  return { amountMinor: absolute ? Math.abs(cents) : cents, currency: currency.toUpperCase() };
}
