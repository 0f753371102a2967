/**
 * `@cobro/testing/vitest`: the contract suites, as Vitest suites. Vitest is a peer dependency and ESM-only at run
 * time, so this entry point is for test files (which Vitest always loads as ESM); the rest of `@cobro/testing`
 * (emulators, in-memory adapters) works anywhere.
 *
 * @packageDocumentation
 */

export {
  type MessagingChannelContractHarness,
  type MessagingChannelContractOptions,
  runMessagingChannelContract,
} from './messaging-channel-contract';
export type {
  PaymentContractScenario,
  PaymentContractScenarioContext,
  PaymentProviderContractHarness,
  PaymentProviderContractOptions,
} from './payment-contract/payment-contract-harness';
export { runPaymentProviderContract } from './payment-provider-contract';
export { runBillingStoreContract } from './store-contract';
export type { BillingStoreContractOptions } from './store-contract/store-contract-harness';
