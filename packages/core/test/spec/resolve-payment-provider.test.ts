import type { PaymentProviderV1 } from '@cobro/core';
import {
  resolvePaymentProvider,
  UnsupportedFunctionalityError,
  UnsupportedSpecificationVersionError,
  ValidationError,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';

describe('resolvePaymentProvider', () => {
  // Only the identity fields matter to resolution; the methods are never called here.
  const provider = {
    specificationVersion: 'v1',
    provider: 'acme-pay',
    capabilities: {
      methodsByCurrency: { EUR: ['card'] },
      reusableLinks: false,
      expireLinks: false,
      refunds: false,
      partialRefunds: false,
      partialPayments: false,
    },
  } as unknown as PaymentProviderV1;

  it('returns a v1 adapter as is', () => {
    expect(resolvePaymentProvider(provider)).toBe(provider);
  });

  it('names the adapter and the supported versions when the version is unknown', () => {
    let caught: unknown;
    try {
      resolvePaymentProvider({ ...provider, specificationVersion: 'v2' });
    } catch (error) {
      caught = error;
    }
    expect(UnsupportedSpecificationVersionError.isInstance(caught)).toBe(true);
    expect(caught).toMatchObject({ specification: 'PaymentProvider', version: 'v2', supportedVersions: ['v1'] });
    expect((caught as Error).message).toContain('acme-pay');
    expect((caught as Error).message).toContain('@cobro/core');
  });

  it('refuses something that is not an adapter with a ValidationError', () => {
    for (const value of [null, 'stripe', {}, { provider: 42 }]) {
      expect(() => resolvePaymentProvider(value)).toThrow(ValidationError);
    }
  });
});

describe('UnsupportedFunctionalityError', () => {
  it('carries the provider and what was asked, with a stable code and marker', () => {
    const error = new UnsupportedFunctionalityError({ provider: 'acme-pay', functionality: 'refund' });
    expect(UnsupportedFunctionalityError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'COBRO_UNSUPPORTED_FUNCTIONALITY',
      provider: 'acme-pay',
      functionality: 'refund',
      message: 'acme-pay does not support refund.',
    });
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('cobro.error')]: true,
      [Symbol.for('cobro.error.unsupported-functionality')]: true,
    });
    expect(UnsupportedFunctionalityError.isInstance(foreign)).toBe(true);
    expect(UnsupportedFunctionalityError.isInstance(new Error('x'))).toBe(false);
  });
});
