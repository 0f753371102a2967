export { createStripeEmulator } from './create-stripe-emulator';
export { decodeStripeForm, type StripeFormJson } from './decode-stripe-form';
export { type SignedStripeWebhook, signStripeWebhook } from './sign-stripe-webhook';
export type { StripeJson } from './stripe-emulator-objects';
export type {
  StripeEmulator,
  StripeEmulatorCounts,
  StripeEmulatorOptions,
  StripeEmulatorPayment,
} from './stripe-emulator-types';
export {
  type StripeRequestProblem,
  type StripeRequestValidation,
  type StripeValidatedEndpoint,
  stripeSpecSource,
  validateStripeRequest,
} from './validate-stripe-request';
