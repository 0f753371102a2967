export { createPayPalEmulator } from './create-paypal-emulator';
export {
  testOnlyPayPalWebhookCertificate,
  testOnlyPayPalWebhookPrivateKey,
} from './fixtures/test-only-paypal-webhook-certificate';
export type {
  PayPalEmulator,
  PayPalEmulatorCounts,
  PayPalEmulatorFault,
  PayPalEmulatorOptions,
  PayPalEmulatorRequest,
  PayPalJson,
} from './paypal-emulator-types';
export { type SignedPayPalWebhook, signPayPalWebhook } from './sign-paypal-webhook';
export { type PayPalSpecFile, validatePayPalRequest, validatePayPalResponse } from './validate-paypal-request';
