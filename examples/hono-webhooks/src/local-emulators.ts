import type { ConektaProviderSettings } from '@cobro/conekta';
import {
  type ConektaEmulator,
  createConektaEmulator,
  createWhatsAppEmulator,
  type WhatsAppEmulator,
} from '@cobro/testing';
import type { WhatsAppCloudSettings } from '@cobro/whatsapp-cloud';

/** A local emulator and the adapter settings that point at it. */
export interface Emulated<Emulator, Settings> {
  /** The emulator on 127.0.0.1 (its recorded requests, its signed webhooks). */
  readonly emulator: Emulator;
  /** Settings for the adapter, aimed at the emulator. */
  readonly settings: Settings;
}

/** Test-only secrets the local emulators and the adapters share; never used against Meta or Conekta. */
export const localSecrets = { whatsappAppSecret: 'local-app-secret', whatsappVerifyToken: 'local-verify-token' };

/** Starts the WhatsApp Cloud API emulator from `@cobro/testing` and returns settings for `createWhatsAppCloud`. */
export async function emulateWhatsApp(
  options: { readonly now?: () => Date } = {},
): Promise<Emulated<WhatsAppEmulator, WhatsAppCloudSettings>> {
  const emulator = await createWhatsAppEmulator({
    appSecret: localSecrets.whatsappAppSecret,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    emulator,
    settings: {
      accessToken: emulator.accessToken,
      phoneNumberId: '106540352242922',
      appSecret: localSecrets.whatsappAppSecret,
      verifyToken: localSecrets.whatsappVerifyToken,
      baseURL: emulator.baseURL,
    },
  };
}

/**
 * Starts the Conekta emulator from `@cobro/testing` and returns settings for `createConekta`. With `webhookUrl` it
 * POSTs every signed event there, as Conekta does; with `hostedCheckout` its links open a stand-in payment page.
 */
export async function emulateConekta(
  options: { readonly webhookUrl?: string; readonly hostedCheckout?: boolean; readonly now?: () => Date } = {},
): Promise<Emulated<ConektaEmulator, ConektaProviderSettings>> {
  const emulator = await createConektaEmulator({
    ...(options.webhookUrl ? { webhookUrl: options.webhookUrl } : {}),
    ...(options.hostedCheckout ? { hostedCheckout: true } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    emulator,
    settings: {
      privateKey: emulator.privateKey,
      webhookPublicKey: emulator.webhookPublicKey,
      baseURL: emulator.baseURL,
    },
  };
}
