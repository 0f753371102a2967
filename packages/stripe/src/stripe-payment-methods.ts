import { type PaymentMethod, ValidationError } from '@cobro/core';

// Presentment currencies cobro offers cards in (Stripe charges cards in 135+; these are the ones cobro's markets and
// common settlement currencies need). Add a currency here when a market needs it.
const cardCurrencies =
  'USD EUR GBP CAD AUD NZD CHF SEK NOK DKK PLN CZK HUF RON BGN ISK MXN BRL CLP COP PEN UYU ARS JPY KRW SGD HKD TWD INR IDR MYR PHP THB VND ZAR AED SAR ILS TRY KWD BHD JOD OMR UGX'.split(
    ' ',
  );

// OXXO is Mexican cash and settles only in MXN; boleto and Pix are Brazilian and settle only in BRL (Stripe's
// payment method pages). Everything else is card only.
const localMethods: Readonly<Record<string, readonly PaymentMethod[]>> = {
  MXN: ['oxxo'],
  BRL: ['boleto', 'pix'],
};

/** The methods cobro can offer through Stripe, per currency: card everywhere, plus OXXO for MXN and boleto/Pix for BRL. */
export const stripeMethodsByCurrency: Readonly<Record<string, readonly PaymentMethod[]>> = Object.fromEntries(
  cardCurrencies.map((currency) => [currency, ['card', ...(localMethods[currency] ?? [])]]),
);

// cobro method → Stripe `payment_method_types[]` value (spec enum of /v1/payment_links and /v1/checkout/sessions).
const stripeNames: Partial<Record<PaymentMethod, string>> = {
  card: 'card',
  oxxo: 'oxxo',
  boleto: 'boleto',
  pix: 'pix',
};

/**
 * The Stripe `payment_method_types` for a link: the requested methods, else every method of the currency.
 *
 * @throws `ValidationError` naming the currency and each method it does not allow (e.g. OXXO in USD).
 */
export function toStripePaymentMethodTypes(
  currency: string,
  requested: readonly PaymentMethod[] | undefined,
): { readonly methods: readonly PaymentMethod[]; readonly types: readonly string[] } {
  const offered = stripeMethodsByCurrency[currency];
  if (!offered) {
    throw new ValidationError({
      subject: 'Stripe payment link',
      issues: [{ path: 'amount.currency', message: `cobro's Stripe adapter does not charge in ${currency}` }],
    });
  }
  const methods = requested ?? offered;
  const issues = methods.flatMap((method, index) =>
    offered.includes(method)
      ? []
      : [
          {
            path: `allowedMethods[${index}]`,
            message: `${method} is not available in ${currency} through Stripe (available: ${offered.join(', ')})`,
          },
        ],
  );
  if (methods.length === 0) issues.push({ path: 'allowedMethods', message: 'must name at least one method' });
  if (issues.length > 0) throw new ValidationError({ subject: 'Stripe payment link', issues });
  return { methods, types: methods.map((method) => stripeNames[method] as string) };
}

/** The cobro method of a Stripe payment method type, when cobro has one. */
export function fromStripePaymentMethodType(type: string | null | undefined): PaymentMethod | undefined {
  if (type === 'card' || type === 'oxxo' || type === 'boleto' || type === 'pix') return type;
  if (type === 'customer_balance') return 'bank-transfer';
  if (typeof type === 'string' && type.length > 0) return 'other';
  return undefined;
}
