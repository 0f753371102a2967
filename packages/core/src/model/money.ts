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
