import type { ConektaProviderSettings } from '@cobro/conekta';
import {
  type ConektaEmulator,
  createConektaEmulator,
  createWhatsAppEmulator,
  type WhatsAppEmulator,
} from '@cobro/testing';
import type { WhatsAppCloudSettings } from '@cobro/whatsapp-cloud';

/** The local WhatsApp and Conekta emulators, and adapter settings aimed at them. */
export interface LocalEmulators {
  /** The WhatsApp Cloud API emulator (every message it accepted is in `requests`). */
  readonly whatsapp: WhatsAppEmulator;
  /** The Conekta emulator. */
  readonly conekta: ConektaEmulator;
  /** Settings for `createWhatsAppCloud`. */
  readonly whatsappSettings: WhatsAppCloudSettings;
  /** Settings for `createConekta`. */
  readonly conektaSettings: ConektaProviderSettings;
  /** Stops both. */
  close(): Promise<void>;
}

// A test-only secret shared by the emulator and the adapter; never used against Meta.
const appSecret = 'local-app-secret';

/** Starts the WhatsApp and Conekta emulators from `@cobro/testing` on loopback, on the given clock. */
export async function startLocalEmulators(now?: () => Date): Promise<LocalEmulators> {
  const clock = now ? { now } : {};
  const whatsapp = await createWhatsAppEmulator({ appSecret, ...clock });
  const conekta = await createConektaEmulator(clock);
  return {
    whatsapp,
    conekta,
    whatsappSettings: {
      accessToken: whatsapp.accessToken,
      phoneNumberId: '106540352242922',
      appSecret,
      baseURL: whatsapp.baseURL,
    },
    conektaSettings: {
      privateKey: conekta.privateKey,
      webhookPublicKey: conekta.webhookPublicKey,
      baseURL: conekta.baseURL,
    },
    async close() {
      await whatsapp.close();
      await conekta.close();
    },
  };
}
