export type { ConektaWebhookDelivery } from './conekta-emulator-hosted-checkout';
export type { ConektaEmulatorPaymentMethod, ConektaJson } from './conekta-emulator-objects';
export type {
  ConektaEmulator,
  ConektaEmulatorFault,
  ConektaEmulatorOptions,
  ConektaEmulatorRequest,
} from './conekta-emulator-types';
export { createConektaEmulator } from './create-conekta-emulator';
export {
  type ConektaWebhookKeyPair,
  generateConektaWebhookKeyPair,
  type SignedConektaWebhook,
  signConektaWebhook,
} from './sign-conekta-webhook';
