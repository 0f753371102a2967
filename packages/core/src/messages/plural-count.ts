import type { PluralForms } from './message-catalog';

// Per locale: the rules and the number format (costly to build), and for each count met so far its plural
// category and how the number is written (bounded): a run counts the same few numbers for every customer.
interface CountWriter {
  readonly rules: Intl.PluralRules;
  readonly numbers: Intl.NumberFormat;
  readonly written: Map<number, { readonly category: Intl.LDMLPluralRule; readonly text: string }>;
}

const formats = new Map<string, CountWriter>();

function written(
  format: CountWriter,
  count: number,
): { readonly category: Intl.LDMLPluralRule; readonly text: string } {
  let known = format.written.get(count);
  if (known === undefined) {
    known = { category: format.rules.select(count), text: format.numbers.format(count) };
    if (format.written.size >= 1_000) format.written.clear();
    format.written.set(count, known);
  }
  return known;
}

/**
 * A counted phrase in the customer's locale: `zero` for exactly 0 when the catalogue has it, otherwise the form
 * `Intl.PluralRules` selects (falling back to `other`), with `#` replaced by the number.
 */
export function formatCount(forms: PluralForms, count: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale), written: new Map() };
    formats.set(locale, format);
  }
  const { category, text } = written(format, count);
  const form = (count === 0 ? forms.zero : undefined) ?? forms[category] ?? forms.other;
  return form.replace('#', text);
}
