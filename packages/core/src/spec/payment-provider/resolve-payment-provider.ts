import { UnsupportedSpecificationVersionError } from '../../errors/unsupported-specification-version-error';
import { ValidationError } from '../../errors/validation-error';
import type { PaymentProviderV1 } from './v1/payment-provider-v1';

const supportedVersions = ['v1'] as const;

/**
 * Checks that an adapter implements a payment provider spec version this core knows, and returns it as the current
 * version. An adapter built for a newer core gets an error naming the package to upgrade.
 *
 * @throws UnsupportedSpecificationVersionError for an unknown version; ValidationError for something that is not a provider.
 */
export function resolvePaymentProvider(provider: unknown): PaymentProviderV1 {
  if (
    provider === null ||
    typeof provider !== 'object' ||
    typeof (provider as { provider?: unknown }).provider !== 'string'
  ) {
    throw new ValidationError({
      subject: 'payment provider',
      issues: [{ path: 'provider', message: 'must be a payment provider adapter' }],
    });
  }
  const { specificationVersion, provider: id } = provider as { specificationVersion?: unknown; provider: string };
  if (specificationVersion === 'v1') return provider as PaymentProviderV1;
  throw new UnsupportedSpecificationVersionError({
    specification: 'PaymentProvider',
    version: String(specificationVersion),
    supportedVersions,
    adapter: id,
  });
}
