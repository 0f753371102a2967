/**
 * `@cobro/testing`.
 *
 * @packageDocumentation
 */

export * from './emulator/conekta/index';
export {
  type CompletedPayment,
  createInMemoryPaymentProvider,
  type InMemoryPaymentLink,
  type InMemoryPaymentProvider,
  type InMemoryPaymentProviderOptions,
  type WebhookDelivery,
} from './in-memory-payment-provider';
export {
  type PaymentProviderContractHarness,
  type PaymentProviderContractOptions,
  runPaymentProviderContract,
} from './payment-provider-contract';
