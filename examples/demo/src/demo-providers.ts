import { createConekta } from '@cobro/conekta';
import type { PaymentProviderV1 } from '@cobro/core';
import { createConektaEmulator, createInMemoryPaymentProvider, type WebhookDelivery } from '@cobro/testing';

/** A payment provider of the demo and how its local emulator makes a customer pay. */
export interface DemoProvider {
  readonly provider: PaymentProviderV1;
  /** Pays a link as the customer would and returns the provider's signed webhook. */
  pay(linkId: string): Promise<WebhookDelivery>;
  close(): Promise<void>;
}

/** Conekta on its emulator for Mexico; the in-memory reference provider (signed the same way) for the others. */
export async function demoProviders(now: () => Date): Promise<Readonly<Record<string, DemoProvider>>> {
  const conektaEmulator = await createConektaEmulator({ now });
  const conekta = createConekta({
    privateKey: conektaEmulator.privateKey,
    webhookPublicKey: conektaEmulator.webhookPublicKey,
    baseURL: conektaEmulator.baseURL,
    now,
  });
  const local = createInMemoryPaymentProvider({
    webhookSecret: 'whsec_demo_only',
    now,
    linkBaseUrl: 'https://pay.example.com/l/',
  });
  const localProvider: DemoProvider = {
    provider: local,
    pay: async (linkId) => (await local.completePayment(linkId)).delivery,
    close: async () => {},
  };
  return {
    MXN: {
      provider: conekta,
      pay: async (linkId) => conektaEmulator.pay(linkId, { method: 'cash' }).webhook,
      close: () => conektaEmulator.close(),
    },
    EUR: localProvider,
    BRL: localProvider,
    USD: localProvider,
  };
}
