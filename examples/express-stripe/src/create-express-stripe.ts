import {
  type Billing,
  type BillingLogger,
  type BillingStoreV1,
  type BusinessProfile,
  createBilling,
} from '@cobro/core';
import { createStripe, type StripeProviderSettings } from '@cobro/stripe';
import { createWhatsAppCloud, type WhatsAppCloudSettings } from '@cobro/whatsapp-cloud';
import type { Express } from 'express';
import { createExpressApp } from './create-express-app.js';

/** Everything {@link createExpressStripe} needs, explicitly: nothing here is read from the environment. */
export interface ExpressStripeSettings {
  /** WhatsApp Cloud API settings (token, phone number id, app secret, verify token, `baseURL` for the emulator). */
  readonly whatsapp: WhatsAppCloudSettings;
  /** Stripe settings (secret key, webhook secret, `baseURL` for the emulator). */
  readonly stripe: StripeProviderSettings;
  /** The business customers pay. */
  readonly business: BusinessProfile;
  /** Where state lives; in memory when absent. */
  readonly store?: BillingStoreV1;
  /** The clock shared by cobro and the adapters; the system clock when absent. */
  readonly clock?: () => Date;
  /** Where cobro logs; nowhere when absent. */
  readonly logger?: BillingLogger;
}

/** The wired example: the runtime and the Express app answering its webhooks. */
export interface ExpressStripe {
  /** The billing runtime (send invoices, run reminders, query the store). */
  readonly billing: Billing;
  /** Resolves once every drain started after a webhook has finished (tests wait on it before reading the chat). */
  idle(): Promise<void>;
  /** The Express app to listen with. */
  readonly app: Express;
}

/** Wires WhatsApp Cloud, Stripe and `createBilling`, and mounts their webhook handlers on an Express app. */
export function createExpressStripe(settings: ExpressStripeSettings): ExpressStripe {
  const whatsapp = createWhatsAppCloud({ ...settings.whatsapp, ...(settings.clock ? { now: settings.clock } : {}) });
  const stripe = createStripe({ ...settings.stripe, ...(settings.clock ? { clock: settings.clock } : {}) });
  const billing = createBilling({
    channel: whatsapp.channel,
    providers: [stripe],
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
  const app = createExpressApp({
    billing,
    verifySubscription: (query) => whatsapp.verifySubscription(query),
    waitUntil,
  });
  const idle = async () => {
    while (running.size > 0) await Promise.allSettled([...running]);
  };
  return { billing, app, idle };
}
