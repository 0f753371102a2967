import { createInMemoryPaymentProviderHarness } from '@cobro/testing';
import { runPaymentProviderContract } from '@cobro/testing/vitest';

const webhookSecret = 'whsec_in_memory_contract';

runPaymentProviderContract({
  name: 'in-memory reference provider',
  setup: async () => createInMemoryPaymentProviderHarness({ webhookSecret }),
});

// A provider that declares it cannot refund or expire links: the contract checks it refuses with
// UnsupportedFunctionalityError instead of skipping silently.
runPaymentProviderContract({
  name: 'in-memory provider without refunds or expiry',
  setup: async () =>
    createInMemoryPaymentProviderHarness({
      webhookSecret,
      provider: 'in-memory-limited',
      capabilities: { refunds: false, partialRefunds: false, expireLinks: false },
    }),
});
