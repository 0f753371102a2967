/**
 * `@cobro/testing`: local emulators of the providers' APIs and in-memory reference adapters for tests. The contract
 * suites that adapters run are in `@cobro/testing/vitest`.
 *
 * @packageDocumentation
 */

export {
  createTestServer,
  type TestServer,
  type TestServerFault,
  type TestServerHandler,
  type TestServerRequest,
  type TestServerResponse,
} from './create-test-server';
export * from './emulator/conekta/index';
export * from './emulator/paypal/index';
export * from './emulator/stripe/index';
export * from './emulator/whatsapp/index';
export {
  createInMemoryMessagingChannel,
  type InMemoryMessagingChannel,
  type InMemorySentMessage,
} from './in-memory-messaging-channel';
export {
  type CompletedPayment,
  createInMemoryPaymentProvider,
  type InMemoryPaymentLink,
  type InMemoryPaymentProvider,
  type InMemoryPaymentProviderOptions,
  type WebhookDelivery,
} from './in-memory-payment-provider';
export {
  createInMemoryPaymentProviderHarness,
  type InMemoryPaymentProviderHarness,
} from './in-memory-payment-provider-harness';
