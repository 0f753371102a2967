import type { StripeProviderSettings } from '@cobro/stripe';
import {
  createStripeEmulator,
  createWhatsAppEmulator,
  type StripeEmulator,
  type WhatsAppEmulator,
} from '@cobro/testing';
import type { WhatsAppCloudSettings } from '@cobro/whatsapp-cloud';

/** Test-only secrets the local emulators and the adapters share; never valid against Meta or Stripe. */
export const localSecrets = {
  whatsappAppSecret: 'local-app-secret',
  whatsappVerifyToken: 'local-verify-token',
  stripeSecretKey: 'sk_test_cobroLocalEmulatorOnly',
  stripeWebhookSecret: 'whsec_cobroLocalEmulatorOnly',
};

/** The local WhatsApp and Stripe emulators, and adapter settings aimed at them. */
export interface LocalEmulators {
  /** The WhatsApp Cloud API emulator (every message it accepted is in `requests`). */
  readonly whatsapp: WhatsAppEmulator;
  /** The Stripe emulator (prices, Payment Links, sessions; `pay()` returns the signed webhook). */
  readonly stripe: StripeEmulator;
  /** Settings for `createWhatsAppCloud`. */
  readonly whatsappSettings: WhatsAppCloudSettings;
  /** Settings for `createStripe`. */
  readonly stripeSettings: StripeProviderSettings;
  /** Stops both. */
  close(): Promise<void>;
}

/** Starts the WhatsApp and Stripe emulators from `@cobro/testing` on loopback, on the given clock. */
export async function startLocalEmulators(now?: () => Date): Promise<LocalEmulators> {
  const clock = now ? { now } : {};
  const whatsapp = await createWhatsAppEmulator({ appSecret: localSecrets.whatsappAppSecret, ...clock });
  const stripe = await createStripeEmulator({
    secretKey: localSecrets.stripeSecretKey,
    webhookSecret: localSecrets.stripeWebhookSecret,
    ...clock,
  });
  return {
    whatsapp,
    stripe,
    whatsappSettings: {
      accessToken: whatsapp.accessToken,
      phoneNumberId: '106540352242922',
      appSecret: localSecrets.whatsappAppSecret,
      verifyToken: localSecrets.whatsappVerifyToken,
      baseURL: whatsapp.baseURL,
    },
    stripeSettings: {
      secretKey: localSecrets.stripeSecretKey,
      webhookSecret: localSecrets.stripeWebhookSecret,
      baseURL: stripe.baseURL,
    },
    async close() {
      await whatsapp.close();
      await stripe.close();
    },
  };
}
