/**
 * `@cobro/testing/vitest`: the contract suites, as Vitest suites. Vitest is a peer dependency and ESM-only at run
 * time, so this entry point is for test files (which Vitest always loads as ESM); the rest of `@cobro/testing`
 * (emulators, in-memory adapters) works anywhere.
 *
 * @packageDocumentation
 */
export {
  type PaymentProviderContractHarness,
  type PaymentProviderContractOptions,
  runPaymentProviderContract,
} from './payment-provider-contract';
