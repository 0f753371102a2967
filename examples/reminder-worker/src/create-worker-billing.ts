import { type ConektaProviderSettings, createConekta } from '@cobro/conekta';
import {
  type Billing,
  type BillingLogger,
  type BillingStoreV1,
  type BusinessProfile,
  createBilling,
} from '@cobro/core';
import { createWhatsAppCloud, type WhatsAppCloudSettings } from '@cobro/whatsapp-cloud';

/** Everything one worker's runtime needs, explicitly: nothing here is read from the environment. */
export interface WorkerBillingSettings {
  /** The store every worker shares (a database in production). */
  readonly store: BillingStoreV1;
  /** This worker's name in claims and leases: unique per worker. */
  readonly workerId: string;
  /** WhatsApp Cloud API settings (`baseURL` for the emulator, `pacing` on a simulated clock). */
  readonly whatsapp: WhatsAppCloudSettings;
  /** Conekta settings (`baseURL` for the emulator). */
  readonly conekta: ConektaProviderSettings;
  /** The business customers pay. */
  readonly business: BusinessProfile;
  /** The clock of cobro and the adapters; the system clock when absent. */
  readonly clock?: () => Date;
  /** Where cobro logs; nowhere when absent. */
  readonly logger?: BillingLogger;
}

/** One worker's `createBilling`, over the shared store, with its own worker id. */
export function createWorkerBilling(settings: WorkerBillingSettings): Billing {
  const now = settings.clock ? { now: settings.clock } : {};
  return createBilling({
    channel: createWhatsAppCloud({ ...settings.whatsapp, ...now }).channel,
    providers: [createConekta({ ...settings.conekta, ...now })],
    business: settings.business,
    store: settings.store,
    workerId: settings.workerId,
    ...(settings.clock ? { clock: settings.clock } : {}),
    ...(settings.logger ? { logger: settings.logger } : {}),
  });
}
