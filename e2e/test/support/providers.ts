import { createConekta } from '@cobro/conekta';
import { createPayPal } from '@cobro/paypal';
import { createStripe } from '@cobro/stripe';
import {
  createConektaEmulator,
  createInMemoryPaymentProvider,
  createPayPalEmulator,
  createStripeEmulator,
} from '@cobro/testing';
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
  { name: 'stripe (payment link)', create: (now) => stripeCase(now, 'payment-link') },
  // Checkout Sessions live at most 24 hours: the runtime rotates them before each reminder.
  { name: 'stripe (checkout session)', create: (now) => stripeCase(now, 'checkout-session') },
  {
    name: 'paypal (invoice)',
    async create(now) {
      const credentials = {
        clientId: 'AcobroE2EClientId',
        clientSecret: 'EcobroE2ESecret',
        webhookId: '8PT597110X687430LKGECATA',
      };
      const emulator = await createPayPalEmulator({ ...credentials, now });
      const provider = createPayPal({
        ...credentials,
        baseURL: emulator.baseURL,
        // Test only: the emulator serves its certificate on loopback instead of PayPal's hosts.
        certificateHostAllowlist: [emulator.host],
        clock: now,
      });
      return { provider, pay: async (linkId) => emulator.pay(linkId).webhook, close: () => emulator.close() };
    },
  },
  {
    name: 'in-memory reference provider',
    async create(now) {
      const provider = createInMemoryPaymentProvider({
        webhookSecret: 'whsec_e2e',
        now,
        linkBaseUrl: 'https://pay.example.com/l/',
      });
      return {
        provider,
        pay: async (linkId) => (await provider.completePayment(linkId)).delivery,
        close: async () => {},
      };
    },
  },
];

async function stripeCase(now: () => Date, linkType: 'payment-link' | 'checkout-session'): Promise<ProviderUnderTest> {
  const emulator = await createStripeEmulator({ secretKey: 'sk_test_e2e', webhookSecret: 'whsec_e2e', now });
  const provider = createStripe({
    secretKey: 'sk_test_e2e',
    webhookSecret: 'whsec_e2e',
    baseURL: emulator.baseURL,
    linkType,
    successUrl: 'https://shop.example.com/thanks',
    clock: now,
  });
  return { provider, pay: async (linkId) => emulator.pay(linkId).webhook, close: () => emulator.close() };
}

/** The in-memory reference provider: for runtime cases where the provider is not what is under test. */
export const referenceProvider = providerCases.find((each) => each.name === 'in-memory reference provider')!;
