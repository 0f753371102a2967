import type { PluralForms } from './message-catalog';

const formats = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

/**
 * A counted phrase in the customer's locale: `zero` for exactly 0 when the catalogue has it, otherwise the form
 * `Intl.PluralRules` selects (falling back to `other`), with `#` replaced by the number.
 */
export function formatCount(forms: PluralForms, count: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    formats.set(locale, format);
  }
  const form = (count === 0 ? forms.zero : undefined) ?? forms[format.rules.select(count)] ?? forms.other;
  return form.replace('#', format.numbers.format(count));
}
