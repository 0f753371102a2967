import { type ConektaProviderSettings, createConekta } from '@cobro/conekta';
import {
  type Billing,
  type BillingLogger,
  type BillingStoreV1,
  type BusinessProfile,
  createBilling,
} from '@cobro/core';
import { createWhatsAppCloud, type WhatsAppCloudSettings } from '@cobro/whatsapp-cloud';
import type { Hono } from 'hono';
import { createWebhookApp } from './create-webhook-app';

/** Everything {@link createHonoWebhooks} needs, explicitly: nothing here is read from the environment. */
export interface HonoWebhooksSettings {
  /** WhatsApp Cloud API settings (token, phone number id, app secret, verify token, and `baseURL` for the emulator). */
  readonly whatsapp: WhatsAppCloudSettings;
  /** Conekta settings (private key, webhook public key, and `baseURL` for the emulator). */
  readonly conekta: ConektaProviderSettings;
  /** The business customers pay. */
  readonly business: BusinessProfile;
  /** Where state lives; in memory when absent. */
  readonly store?: BillingStoreV1;
  /** The clock shared by cobro and the adapters; the system clock when absent. */
  readonly clock?: () => Date;
  /** Where cobro logs; nowhere when absent. */
  readonly logger?: BillingLogger;
}

/** The wired example: the runtime and the Hono app answering its webhooks. */
export interface HonoWebhooks {
  /** The billing runtime (send invoices, run reminders, query the store). */
  readonly billing: Billing;
  /** Resolves once every drain started after a webhook has finished (tests wait on it before reading the chat). */
  idle(): Promise<void>;
  /** The Hono app to serve. */
  readonly app: Hono;
}

/** Wires WhatsApp Cloud, Conekta and `createBilling`, and mounts their webhook handlers on a Hono app. */
export function createHonoWebhooks(settings: HonoWebhooksSettings): HonoWebhooks {
  const now = settings.clock ? { now: settings.clock } : {};
  const whatsapp = createWhatsAppCloud({ ...settings.whatsapp, ...now });
  const conekta = createConekta({ ...settings.conekta, ...now });
  const billing = createBilling({
    channel: whatsapp.channel,
    providers: [conekta],
    business: settings.business,
    ...(settings.store ? { store: settings.store } : {}),
    ...(settings.clock ? { clock: settings.clock } : {}),
    ...(settings.logger ? { logger: settings.logger } : {}),
  });
  // What a webhook queued (a thank-you, the STOP confirmation) goes out in a drain after the answer.
  const running = new Set<Promise<unknown>>();
  const waitUntil = (work: Promise<unknown>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };
  const app = createWebhookApp({
    billing,
    verifySubscription: (query) => whatsapp.verifySubscription(query),
    waitUntil,
  });
  const idle = async () => {
    while (running.size > 0) await Promise.allSettled([...running]);
  };
  return { billing, app, idle };
}
