import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from '../errors/validation-error';
import { divideRounded, parseExactDecimal, powerOfTen } from './decimal';
import { lazySchema } from './lazy-schema';
import { checkLineCurrencies, documentLinesShape, type ParsedLines } from './model-schemas';
import type { LineItem, LineTotals, Totals } from './order';
import { parseOrThrow } from './to-validation-issues';

const documentLinesSchema = /* @__PURE__ */ lazySchema(() =>
  z.object(documentLinesShape()).check(z.superRefine(checkLineCurrencies)),
);

/** `amountMinor × decimal` (÷ 100 for a percentage), rounded half-up, in bigint. */
function scaleBy(amountMinor: bigint, decimalText: string, percent: boolean): bigint {
  const decimal = parseExactDecimal(decimalText);
  if (decimal === undefined) throw new RangeError(`not a decimal: ${decimalText}`);
  const divisor = powerOfTen(decimal.scale) * (percent ? 100n : 1n);
  return divideRounded(amountMinor * decimal.digits, divisor, 'half-up');
}

interface ExactLine {
  readonly gross: bigint;
  readonly discount: bigint;
  readonly net: bigint;
  readonly tax: bigint;
  readonly total: bigint;
}

function exactLine(line: ParsedLines[number]): ExactLine {
  const gross = scaleBy(BigInt(line.unitPrice.amountMinor), line.quantity, false);
  let discount = 0n;
  if (line.discount?.kind === 'percent') discount = scaleBy(gross, line.discount.percent, true);
  if (line.discount?.kind === 'amount') discount = BigInt(line.discount.amount.amountMinor);
  const net = gross - discount;
  const tax = scaleBy(net, line.taxRate, true);
  return { gross, discount, net, tax, total: net + tax };
}

/**
 * @internal Totals of lines already validated by the lines schema (shared with the order and invoice constructors,
 * which validate their whole input in one pass).
 */
export function totalsOfParsedLines(lines: ParsedLines, currency: string): Totals {
  const exact = lines.map(exactLine);
  const issues: ValidationIssue[] = [];
  exact.forEach((line, index) => {
    if (line.discount > line.gross) {
      issues.push({
        path: `lines[${index}].discount`,
        message: 'must not exceed the line amount (quantity × unit price)',
      });
    }
  });
  const sum = (key: keyof ExactLine) => exact.reduce((total, line) => total + line[key], 0n);
  const [subtotal, discount, tax] = [sum('net'), sum('discount'), sum('tax')];
  const total = subtotal + tax;
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    issues.push({ path: 'lines', message: 'add up to more than can be represented exactly' });
  }
  if (issues.length > 0) throw new ValidationError({ subject: 'lines', issues });
  const money = (value: bigint) => ({ amountMinor: Number(value), currency });
  return {
    subtotal: money(subtotal),
    discount: money(discount),
    tax: money(tax),
    total: money(total),
    lines: exact.map(
      (line): LineTotals => ({
        gross: money(line.gross),
        discount: money(line.discount),
        net: money(line.net),
        tax: money(line.tax),
        total: money(line.total),
      }),
    ),
  };
}

/**
 * Computes line and document totals exactly, in integer minor units.
 *
 * Rounding rule (one rounding per line and per amount, half-up = ties away from zero):
 * 1. `gross = quantity × unitPrice`, rounded half-up to the minor unit;
 * 2. `discount` = the fixed amount, or `gross × percent / 100` rounded half-up; it may not exceed `gross`;
 * 3. `net = gross − discount` (exact);
 * 4. `tax = net × taxRate / 100`, rounded half-up, **per line**;
 * 5. line `total = net + tax` (exact).
 *
 * Document totals are exact sums of the line amounts: `subtotal = Σ net`, `discount = Σ discount`, `tax = Σ tax`,
 * `total = subtotal + tax`. So a document's total always equals the sum of its line totals, to the minor unit.
 *
 * @throws {@link ValidationError} for malformed lines, a line in another currency, a discount above the line's
 * gross amount, or totals beyond the safe-integer range; each issue names the line, e.g. `lines[2].quantity`.
 */
export function computeTotals(lines: readonly LineItem[], currency: string): Totals {
  const data = parseOrThrow(documentLinesSchema(), { currency, lines }, 'lines');
  return totalsOfParsedLines(data.lines, data.currency);
}
