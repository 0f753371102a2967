import { ValidationError } from '../errors/validation-error';
import { currencyExponent } from './currency';
import type { Money } from './money';
import { toDecimalString } from './money-decimal';

/**
 * Formats an amount for people in a BCP 47 locale with `Intl.NumberFormat`, always with the currency's ISO 4217
 * number of decimals and always with thousands separators (CLDR leaves 4-digit amounts ungrouped in Italian and
 * Spanish, so `1234,50 €` would sit beside `1.234.567,89 €` in one message): `it-IT` → `1.234,50 €`, `es-MX` → `$1,234.50`, `pt-BR` → `R$ 1.234,50`, `en-US` → `$1,234.50`.
 * The amount is handed to `Intl` as an exact decimal string, so large amounts keep every digit.
 *
 * @throws {@link ValidationError} when the locale is not a valid BCP 47 tag.
 */
export function formatMoney(amount: Money, locale: string): string {
  const key = `${locale}|${amount.currency}`;
  let writer = writers.get(key);
  if (!writer) {
    const exponent = currencyExponent(amount.currency);
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: amount.currency,
        minimumFractionDigits: exponent,
        maximumFractionDigits: exponent,
        useGrouping: 'always',
      });
    } catch {
      throw new ValidationError({
        subject: 'locale',
        issues: [{ path: '', message: `"${String(locale).slice(0, 40)}" is not a BCP 47 locale such as es-MX` }],
      });
    }
    if (writers.size >= 1_000) writers.clear();
    writer = { format, written: new Map() };
    writers.set(key, writer);
  }
  const known = writer.written.get(amount.amountMinor);
  if (known !== undefined) return known;
  const text = writer.format.format(toDecimalString(amount) as Intl.StringNumericLiteral);
  if (writer.written.size >= 1_000) writer.written.clear();
  writer.written.set(amount.amountMinor, text);
  return text;
}

// One formatter per locale and currency: building one costs far more than formatting with it. Each keeps its
// answers (bounded): a run writes the same few amounts for thousands of customers.
const writers = new Map<string, { format: Intl.NumberFormat; written: Map<number, string> }>();
