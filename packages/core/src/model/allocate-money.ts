import { ValidationError } from '../errors/validation-error';
import { parseExactDecimal, powerOfTen } from './decimal';
import type { Money } from './money';

function fail(message: string): never {
  throw new ValidationError({ subject: 'allocation', issues: [{ path: 'parts', message }] });
}

function ratioWeights(ratios: readonly number[]): bigint[] {
  if (ratios.length === 0) fail('must list at least one ratio');
  // Ratios are read as the decimals they print as (0.3 → '0.3'), then scaled to whole numbers, so the split is exact.
  const decimals = ratios.map((ratio, index) => {
    const decimal = Number.isFinite(ratio) ? parseExactDecimal(String(ratio)) : undefined;
    if (decimal === undefined || decimal.digits < 0n) {
      return fail(`ratio ${index} must be a finite, non-negative number written without an exponent`);
    }
    return decimal;
  });
  const scale = Math.max(...decimals.map((decimal) => decimal.scale));
  const weights = decimals.map((decimal) => decimal.digits * powerOfTen(scale - decimal.scale));
  if (weights.every((weight) => weight === 0n)) fail('at least one ratio must be greater than zero');
  return weights;
}

/**
 * Splits an amount into parts that sum exactly to it, using the largest-remainder method: each part gets its
 * share rounded down, and the minor units left over go one each to the parts with the largest remainders
 * (earlier parts first on ties). With `parts: 3`, MXN 100.00 becomes 33.34 + 33.33 + 33.33; equal parts never differ
 * by more than one minor unit. Negative amounts are split the same way, with every part negative.
 *
 * @param parts - a number of equal parts (a positive whole number), or ratios such as `[1, 1, 2]` or `[30, 70]`
 * @throws {@link ValidationError} for zero or fractional part counts, negative ratios or all-zero ratios.
 */
export function allocateMoney(amount: Money, parts: number | readonly number[]): Money[] {
  let weights: bigint[];
  if (typeof parts === 'number') {
    if (!Number.isSafeInteger(parts) || parts < 1) fail('must be a whole number of parts, at least 1');
    weights = Array.from({ length: parts }, () => 1n);
  } else {
    weights = ratioWeights(parts);
  }
  const sign = amount.amountMinor < 0 ? -1n : 1n;
  const total = BigInt(amount.amountMinor) * sign;
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  const shares = weights.map((weight) => (total * weight) / weightSum);
  const remainders = weights.map((weight, index) => ({ index, remainder: (total * weight) % weightSum }));
  let leftover = total - shares.reduce((sum, share) => sum + share, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return shares.map((share) => {
    const minor = Number(share * sign);
    return { amountMinor: minor === 0 ? 0 : minor, currency: amount.currency };
  });
}
