import { englishCatalog } from './catalog/en';
import { spanishCatalog } from './catalog/es';
import { italianCatalog } from './catalog/it';
import { brazilianPortugueseCatalog } from './catalog/pt-br';
import type { MessageCatalog } from './message-catalog';

/** The catalogues cobro ships, by locale. */
export const messageCatalogs: Readonly<Record<string, MessageCatalog>> = {
  en: englishCatalog,
  es: spanishCatalog,
  'pt-BR': brazilianPortugueseCatalog,
  it: italianCatalog,
};

/**
 * The catalogue for a locale, falling back from the full tag to its language and then to English:
 * `es-MX` → `es` → `en`; `pt-PT` → `pt-BR` (the only Portuguese); `it-IT` → `it`; `fr-FR` → `en`.
 */
export function catalogFor(
  locale: string,
  catalogs: Readonly<Record<string, MessageCatalog>> = messageCatalogs,
): MessageCatalog {
  const exact = catalogs[locale];
  if (exact) return exact;
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  const byLanguage =
    catalogs[language] ?? Object.values(catalogs).find((catalog) => catalog.locale.split('-')[0] === language);
  return byLanguage ?? (catalogs.en as MessageCatalog);
}
