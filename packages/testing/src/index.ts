/**
 * `@cobro/testing`: local emulators of the providers' APIs and in-memory reference adapters for tests. The contract
 * suites that adapters run are in `@cobro/testing/vitest`.
 *
 * @packageDocumentation
 */

export * from './emulator/conekta/index';
export * from './emulator/whatsapp/index';
export {
  type CompletedPayment,
  createInMemoryPaymentProvider,
  type InMemoryPaymentLink,
  type InMemoryPaymentProvider,
  type InMemoryPaymentProviderOptions,
  type WebhookDelivery,
} from './in-memory-payment-provider';
