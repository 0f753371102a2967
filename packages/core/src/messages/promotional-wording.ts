// Words that make Meta recategorise a utility template as marketing (a promotion, an offer, an upsell). Payment
// reminders must stay utility: marketing templates are billed, capped per user and blocked to US numbers.
const promotionalTerms: readonly string[] = [
  // en
  'discount',
  'offer',
  'sale',
  'promo',
  'promotion',
  'deal',
  'coupon',
  'free',
  'buy now',
  'shop now',
  'limited time',
  'special price',
  'new arrivals',
  'exclusive',
  'subscribe',
  '% off',
  'voucher',
  'gift',
  // es
  'descuento',
  'oferta',
  'rebaja',
  'promoción',
  'gratis',
  'cupón',
  'compra ya',
  'tiempo limitado',
  'exclusivo',
  'regalo',
  // pt-BR
  'desconto',
  'promoção',
  'grátis',
  'cupom',
  'compre já',
  'liquidação',
  'imperdível',
  'brinde',
  'presente',
  // it
  'sconto',
  'offerta',
  'saldi',
  'promozione',
  'gratuito',
  'omaggio',
  'acquista ora',
  'imperdibile',
  'regalo',
];

// Compiled on the first check rather than at import: most processes never check copy.
let patterns: readonly { readonly term: string; readonly pattern: RegExp }[] | undefined;

function compiledPatterns() {
  patterns ??= promotionalTerms.map((term) => ({
    term,
    // Whole words only, so "offerta" does not flag "offertory" and "sale" does not flag "salespersons" or "saldo".
    pattern: new RegExp(`(^|[^\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}])`, 'iu'),
  }));
  return patterns;
}

/** The promotional terms found in a text (case-insensitive, whole words), empty when it reads as utility copy. */
export function findPromotionalWording(text: string): string[] {
  return compiledPatterns()
    .filter(({ pattern }) => pattern.test(text))
    .map(({ term }) => term);
}
