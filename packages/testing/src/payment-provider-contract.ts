import { afterAll, beforeAll, describe } from 'vitest';
import { createContractContext } from './payment-contract/payment-contract-context';
import { errorCases } from './payment-contract/payment-contract-error-cases';
import type {
  PaymentProviderContractHarness,
  PaymentProviderContractOptions,
} from './payment-contract/payment-contract-harness';
import { linkCases } from './payment-contract/payment-contract-link-cases';
import { refundExpiryCases } from './payment-contract/payment-contract-refund-expiry-cases';
import { webhookCases } from './payment-contract/payment-contract-webhook-cases';

/**
 * The payment provider contract: a Vitest suite every `PaymentProviderV1` adapter runs, ours and third parties'.
 * Call it at the top level of a test file. Cases a provider cannot support are skipped from its declared
 * `capabilities` (refunds, link expiry) or the harness (error injection, wrong-key signing, extra scenarios), with
 * the reason in the case name; providers that declare they cannot refund or expire are checked to refuse with
 * `UnsupportedFunctionalityError` instead.
 */
export function runPaymentProviderContract(options: PaymentProviderContractOptions): void {
  let harness: PaymentProviderContractHarness | undefined;
  const current = () => {
    if (!harness) throw new Error('The contract harness is not set up (did setup() throw?).');
    return harness;
  };
  const context = createContractContext(options, current);
  const live = options.live ?? false;

  describe(`PaymentProviderV1 contract: ${options.name}`, () => {
    beforeAll(async () => {
      harness = await options.setup();
    });
    afterAll(async () => {
      await harness?.teardown?.();
    });
    linkCases(context, live);
    webhookCases(context);
    refundExpiryCases(context);
    errorCases(context, live);
  });
}
