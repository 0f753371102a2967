import * as z from 'zod/mini';
import { totalsOfParsedLines } from './compute-totals';
import { lazySchema } from './lazy-schema';
import { checkLineCurrencies, documentLinesShape, idSchema } from './model-schemas';
import type { LineItem, Order } from './order';
import { assertPlainData } from './plain-data';
import { parseOrThrow } from './to-validation-issues';

/** Input of {@link createOrder}. */
export interface CreateOrderInput {
  /** The app's id for this order. */
  readonly id: string;
  /** The customer's id. */
  readonly customerId: string;
  /** ISO 4217 currency of every line. */
  readonly currency: string;
  /** What was bought; at least one line. */
  readonly lines: readonly LineItem[];
}

const orderSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({ id: idSchema(), customerId: idSchema(), ...documentLinesShape() })
    .check(z.superRefine(checkLineCurrencies)),
);

/**
 * Validates an order and computes its totals exactly (see {@link computeTotals} for the rounding rule).
 *
 * @throws {@link ValidationError} listing every bad field, e.g. `lines[1].taxRate: must be at most 100`.
 */
export function createOrder(input: CreateOrderInput): Order {
  assertPlainData(input, 'order');
  const data = parseOrThrow(orderSchema(), input, 'order');
  return {
    id: data.id,
    customerId: data.customerId,
    currency: data.currency,
    lines: data.lines,
    totals: totalsOfParsedLines(data.lines, data.currency),
  };
}
