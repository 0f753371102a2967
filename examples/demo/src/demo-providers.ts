import { createConekta } from '@cobro/conekta';
import type { PaymentProviderV1 } from '@cobro/core';
import { createStripe } from '@cobro/stripe';
import { createConektaEmulator, createInMemoryPaymentProvider, type WebhookDelivery } from '@cobro/testing';

/** A payment provider of the demo and, on an emulator, how the customer pays. */
export interface DemoProvider {
  readonly provider: PaymentProviderV1;
  /** Pays a link as the customer would and returns the provider's signed webhook; absent for a real provider. */
  readonly pay?: (linkId: string) => Promise<WebhookDelivery>;
  close(): Promise<void>;
}

/**
 * The providers per currency: Conekta for pesos, the in-memory reference provider (signed the same way) for the
 * others, each on a local emulator. With `live`, Conekta and Stripe use their real (test-mode) APIs when their keys
 * are in the environment (`CONEKTA_PRIVATE_KEY` + `CONEKTA_WEBHOOK_PUBLIC_KEY`, `STRIPE_SECRET_KEY` +
 * `STRIPE_WEBHOOK_SECRET`).
 */
export async function demoProviders(now: () => Date, live = false): Promise<Readonly<Record<string, DemoProvider>>> {
  const env = process.env;
  const conekta: DemoProvider =
    live && env.CONEKTA_PRIVATE_KEY
      ? { provider: createConekta(), close: async () => {} }
      : await (async () => {
          const emulator = await createConektaEmulator({ now });
          return {
            provider: createConekta({
              privateKey: emulator.privateKey,
              webhookPublicKey: emulator.webhookPublicKey,
              baseURL: emulator.baseURL,
              now,
            }),
            pay: async (linkId: string) => emulator.pay(linkId, { method: 'cash' }).webhook,
            close: () => emulator.close(),
          };
        })();
  const other: DemoProvider =
    live && env.STRIPE_SECRET_KEY
      ? { provider: createStripe(), close: async () => {} }
      : (() => {
          const local = createInMemoryPaymentProvider({
            webhookSecret: 'whsec_demo_only',
            now,
            linkBaseUrl: 'https://pay.example.com/l/',
          });
          return {
            provider: local,
            pay: async (linkId: string) => (await local.completePayment(linkId)).delivery,
            close: async () => {},
          };
        })();
  return { MXN: conekta, EUR: other, BRL: other, USD: other };
}
