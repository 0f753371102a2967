import { type Money, parseMoney, toDecimalString, ValidationError } from '@cobro/core';

/**
 * Mercado Pago's request amount (`unit_price`, refund `amount`) for exact minor units. The API takes a JSON number,
 * so the decimal string (`"1234.50"`) becomes the number whose shortest text is that decimal (`1234.5`); the
 * conversion is checked to round-trip to the same minor units and refused when it would not.
 *
 * @throws `ValidationError` when the amount cannot be written exactly as a JSON number.
 */
export function toMercadoPagoAmount(amount: Money): number {
  const value = Number(toDecimalString(amount));
  if (fromMercadoPagoAmount(value, amount.currency).amountMinor !== amount.amountMinor) {
    throw new ValidationError({
      subject: 'mercadopago amount',
      issues: [{ path: 'amount', message: `${amount.amountMinor} ${amount.currency} has no exact JSON number form` }],
    });
  }
  return value;
}

/**
 * Exact minor units from an amount Mercado Pago returned (`transaction_amount: 1234.5`). The number is read back
 * through its shortest decimal text (`"1234.5"`), which is exactly what the JSON carried, and parsed as a decimal:
 * never multiplied by 100 as a float.
 *
 * @throws `ValidationError` for a value with more decimals than the currency has, or in exponent form.
 */
export function fromMercadoPagoAmount(value: number | string, currency: string): Money {
  return parseMoney(typeof value === 'number' ? String(value) : value, currency);
}
