import type { PluralForms } from './message-catalog';

// Per locale: the rules and the number format (costly to build), and the counts written so far (bounded).
const formats = new Map<
  string,
  { rules: Intl.PluralRules; numbers: Intl.NumberFormat; written: Map<number, string> }
>();

function numberIn(format: { numbers: Intl.NumberFormat; written: Map<number, string> }, count: number): string {
  let text = format.written.get(count);
  if (text === undefined) {
    text = format.numbers.format(count);
    if (format.written.size >= 1_000) format.written.clear();
    format.written.set(count, text);
  }
  return text;
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
  const form = (count === 0 ? forms.zero : undefined) ?? forms[format.rules.select(count)] ?? forms.other;
  return form.replace('#', numberIn(format, count));
}
