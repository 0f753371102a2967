import type { OfflinePaymentOption } from './billing-options';

/** The offline options that take this currency, one line each, as the business gave them. */
export function offlinePaymentLines(options: readonly OfflinePaymentOption[], currency: string): string[] {
  return options
    .filter((option) => !option.currencies || option.currencies.includes(currency))
    .map((option) => {
      switch (option.kind) {
        case 'iban':
          return `IBAN ${option.iban} (${option.accountName})`;
        case 'clabe':
          return `CLABE ${option.clabe}, ${option.bank} (${option.accountName})`;
        case 'pix':
          return `Pix: ${option.key}`;
        default:
          return option.instructions;
      }
    });
}
