import { type PaymentProviderV1CreateLinkOptions, ValidationError } from '@cobro/core';

/** The metadata keys cobro writes on Stripe objects, so webhooks and payments map back to the invoice. */
export const stripeMetadataKeys = {
  invoiceReference: 'cobro_invoice_reference',
  attempt: 'cobro_attempt',
} as const;

/**
 * The metadata of a link: the caller's, then cobro's invoice reference and attempt. Stripe allows 50 keys of at
 * most 40 characters with values of at most 500.
 *
 * @throws `ValidationError` when the caller's metadata uses a `cobro_` key or breaks Stripe's limits.
 */
export function stripeLinkMetadata(options: PaymentProviderV1CreateLinkOptions): Record<string, string> {
  const metadata: Record<string, string> = {
    ...(options.metadata ?? {}),
    [stripeMetadataKeys.invoiceReference]: options.invoiceReference,
    [stripeMetadataKeys.attempt]: String(options.attempt),
  };
  const issues = [
    ...Object.keys(options.metadata ?? {})
      .filter((key) => key.startsWith('cobro_'))
      .map((key) => ({ path: `metadata.${key}`, message: 'keys starting with cobro_ are reserved' })),
    ...Object.entries(metadata).flatMap(([key, value]) =>
      key.length > 40 || value.length > 500
        ? [{ path: `metadata.${key}`, message: 'Stripe takes keys up to 40 and values up to 500 characters' }]
        : [],
    ),
    ...(Object.keys(metadata).length > 50 ? [{ path: 'metadata', message: 'Stripe takes at most 50 keys' }] : []),
  ];
  if (issues.length > 0) throw new ValidationError({ subject: 'Stripe payment link', issues });
  return metadata;
}
