import type { Money } from './money';

/** A discount on one line: a percentage of the line's gross amount, or a fixed amount. */
export type LineDiscount =
  | {
      /** A percentage of the line's gross amount. */
      readonly kind: 'percent';
      /** Percentage as a decimal string, e.g. `'10'` or `'12.5'`. */
      readonly percent: string;
    }
  | {
      /** A fixed amount. */
      readonly kind: 'amount';
      /** Fixed amount off the line, same currency. */
      readonly amount: Money;
    };

/** One line of an order or invoice. */
export interface LineItem {
  /** What was sold, as the customer should read it. */
  readonly description: string;
  /** Quantity as a decimal string (`'2'`, `'1.5'`), at most 3 decimal places, exact. */
  readonly quantity: string;
  /** Price of one unit, before tax. */
  readonly unitPrice: Money;
  /** Tax rate as a percentage decimal string, e.g. `'22'` (IVA Italia), `'16'` (IVA México), `'0'`. */
  readonly taxRate: string;
  /** Optional discount, applied before tax. */
  readonly discount?: LineDiscount;
  /** The app's SKU or product id, when it has one. */
  readonly sku?: string;
}

/** The computed amounts of one line. */
export interface LineTotals {
  /** quantity × unit price, rounded to the minor unit. */
  readonly gross: Money;
  /** The discount taken off. */
  readonly discount: Money;
  /** gross − discount. */
  readonly net: Money;
  /** Tax on net, rounded to the minor unit. */
  readonly tax: Money;
  /** net + tax. */
  readonly total: Money;
}

/** Totals of a set of lines. */
export interface Totals {
  /** Sum of line nets. */
  readonly subtotal: Money;
  /** Sum of line discounts. */
  readonly discount: Money;
  /** Sum of line taxes. */
  readonly tax: Money;
  /** subtotal + tax. */
  readonly total: Money;
  /** Per-line amounts, in line order. */
  readonly lines: readonly LineTotals[];
}

/** What the customer bought: the lines and their totals. An invoice may be issued from it. */
export interface Order {
  /** The app's id for this order. */
  readonly id: string;
  /** The customer's id. */
  readonly customerId: string;
  /** ISO 4217 currency of every line. */
  readonly currency: string;
  /** What was bought. */
  readonly lines: readonly LineItem[];
  /** Totals computed exactly from the lines. */
  readonly totals: Totals;
}
