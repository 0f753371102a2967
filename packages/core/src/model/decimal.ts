/**
 * How to round an exact result to a whole number of minor units.
 *
 * - `half-up`: to the nearest, ties away from zero (commercial rounding: 0.005 → 0.01, −0.005 → −0.01).
 * - `half-even`: to the nearest, ties to the even neighbour (banker's rounding: 0.005 → 0.00, 0.015 → 0.02).
 * - `up`: away from zero. `down`: towards zero (truncation).
 * - `ceiling`: towards +∞. `floor`: towards −∞.
 */
export type RoundingMode = 'half-up' | 'half-even' | 'up' | 'down' | 'ceiling' | 'floor';

/** An exact decimal: `digits × 10^-scale`. Internal. */
export interface ExactDecimal {
  readonly digits: bigint;
  readonly scale: number;
}

const decimalPattern = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** Parses `'-12.340'` into digits and scale without ever going through a float. Returns undefined when malformed. */
export function parseExactDecimal(text: string): ExactDecimal | undefined {
  const match = decimalPattern.exec(text.trim());
  if (match === null) return undefined;
  const [, sign, whole = '', fraction = ''] = match;
  const magnitude = BigInt(whole + fraction);
  return { digits: sign === '-' ? -magnitude : magnitude, scale: fraction.length };
}

/** 10^exponent as a bigint. */
export function powerOfTen(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** Divides `numerator` by a positive `denominator` and rounds the exact quotient with `mode`. */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator <= 0n) throw new RangeError('divideRounded needs a positive denominator');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const sign = numerator < 0n ? -1n : 1n;
  const awayFromZero = quotient + sign;
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  switch (mode) {
    case 'down':
      return quotient;
    case 'up':
      return awayFromZero;
    case 'ceiling':
      return sign > 0n ? awayFromZero : quotient;
    case 'floor':
      return sign < 0n ? awayFromZero : quotient;
    case 'half-up':
      return twiceRemainder >= denominator ? awayFromZero : quotient;
    case 'half-even':
      if (twiceRemainder > denominator) return awayFromZero;
      if (twiceRemainder < denominator) return quotient;
      return quotient % 2n === 0n ? quotient : awayFromZero;
  }
}

/** Formats `digits × 10^-scale` as a plain decimal string with exactly `scale` fraction digits. */
export function formatExactDecimal(digits: bigint, scale: number): string {
  const negative = digits < 0n;
  const magnitude = (negative ? -digits : digits).toString();
  if (scale === 0) return (negative ? '-' : '') + magnitude;
  const padded = magnitude.padStart(scale + 1, '0');
  const whole = padded.slice(0, padded.length - scale);
  const fraction = padded.slice(padded.length - scale);
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}
