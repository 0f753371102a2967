// Exact decimal arithmetic for the emulator's totals: PayPal values are decimal strings, kept as integer units of the
// currency's smallest PayPal decimal (BigInt), never floats.

const zeroDecimalCurrencies = new Set(['HUF', 'JPY', 'TWD']);

/** How many decimals PayPal accepts for `currency` (0 for HUF, JPY, TWD; 2 otherwise). */
export function emulatorDecimals(currency: string): number {
  return zeroDecimalCurrencies.has(currency) ? 0 : 2;
}

/** Parses a PayPal value into units of its smallest decimal, or `undefined` when it has too many decimals. */
export function toUnits(value: string, currency: string): bigint | undefined {
  const decimals = emulatorDecimals(currency);
  const match = /^(-?)(\d*)(?:\.(\d+))?$/.exec(value);
  if (!match) return undefined;
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) return undefined;
  const units = BigInt(`${match[2] || '0'}${fraction.padEnd(decimals, '0')}`);
  return match[1] === '-' ? -units : units;
}

/** Formats units back into PayPal's decimal string. */
export function fromUnits(units: bigint, currency: string): string {
  const decimals = emulatorDecimals(currency);
  if (decimals === 0) return units.toString();
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  return `${negative ? '-' : ''}${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/** A PayPal money object. */
export function emulatorMoney(units: bigint, currency: string): { currency_code: string; value: string } {
  return { currency_code: currency, value: fromUnits(units, currency) };
}
