import { createConekta } from '@cobro/conekta';
import { createConektaEmulator, createInMemoryPaymentProvider } from '@cobro/testing';
import type { ProviderUnderTest } from './world';

/** The providers every end-to-end case runs against, each behind its emulator on loopback. */
export const providerCases: readonly {
  readonly name: string;
  readonly create: (now: () => Date) => Promise<ProviderUnderTest>;
}[] = [
  {
    name: 'conekta',
    async create(now) {
      const emulator = await createConektaEmulator({ now });
      const provider = createConekta({
        privateKey: emulator.privateKey,
        webhookPublicKey: emulator.webhookPublicKey,
        baseURL: emulator.baseURL,
        now,
      });
      return {
        provider,
        pay: async (linkId) => emulator.pay(linkId).webhook,
        close: () => emulator.close(),
      };
    },
  },
  {
    name: 'in-memory reference provider',
    async create(now) {
      const provider = createInMemoryPaymentProvider({ webhookSecret: 'whsec_e2e', now, linkBaseUrl: 'https://pay.example.com/l/' });
      return {
        provider,
        pay: async (linkId) => (await provider.completePayment(linkId)).delivery,
        close: async () => {},
      };
    },
  },
];
