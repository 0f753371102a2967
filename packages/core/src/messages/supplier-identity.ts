import type { MessageCatalog } from './message-catalog';

/** Who issues the invoice, as far as the business gave it: the registered name, and the tax id and address when known. */
export interface SupplierIdentity {
  /** Registered name (the trading name when there is none). */
  readonly name: string;
  /** Tax id (CNPJ, RFC, partita IVA…). */
  readonly taxId?: string;
  /** Postal address. */
  readonly address?: string;
}

/**
 * The supplier-identity line (Brazil, CDC art. 42-A) with only the parts given, so a business known by its name
 * alone gets `Fornecedor: Doceria Bela Vista.`, never an empty "CNPJ ," gap.
 */
export function supplierIdentityText(catalog: MessageCatalog, identity: SupplierIdentity): string {
  const taxId = identity.taxId?.trim();
  const parts = [
    identity.name.trim(),
    taxId ? `${catalog.supplierIdentity.taxIdLabel} ${taxId}` : '',
    identity.address?.trim() ?? '',
  ].filter((part) => part.length > 0);
  return `${catalog.supplierIdentity.label}: ${parts.join(', ').replace(/[.\s]+$/, '')}.`;
}
