/**
 * `@cobro/testing`.
 *
 * @packageDocumentation
 */

export * from './emulator/conekta/index';
export {
  createInMemoryPaymentProvider,
  type InMemoryPaymentProvider,
  type InMemoryPaymentProviderOptions,
  type WebhookDelivery,
} from './in-memory-payment-provider';
export {
  type PaymentProviderContractHarness,
  type PaymentProviderContractOptions,
  runPaymentProviderContract,
} from './payment-provider-contract';
