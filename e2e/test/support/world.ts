import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Billing,
  type CreateBillingOptions,
  createBilling,
  createMemoryStore,
  type MessagingChannelV1,
  type PaymentProviderV1,
  toNodeHandler,
} from '@cobro/core';
import { createWhatsAppEmulator, type WebhookDelivery, type WhatsAppEmulator } from '@cobro/testing';
import { createPacer, createWhatsAppCloud } from '@cobro/whatsapp-cloud';

const appSecret = 'e2e-app-secret';

/** A payment provider under test and how its emulator makes a customer pay. */
export interface ProviderUnderTest {
  readonly provider: PaymentProviderV1;
  /** Pays a link as the customer would and returns the provider's signed webhook. */
  pay(linkId: string): Promise<WebhookDelivery>;
  close(): Promise<void>;
}

/** The emulators, the runtime, and a webhook server on loopback, all on one simulated clock. */
export interface World {
  readonly billing: Billing;
  readonly channel: MessagingChannelV1;
  readonly whatsapp: WhatsAppEmulator;
  readonly store: ReturnType<typeof createMemoryStore>;
  now(): Date;
  setClock(instant: string): void;
  /** POSTs a signed delivery to the runtime's webhook endpoint, over HTTP. */
  post(path: string, delivery: WebhookDelivery): Promise<number>;
  /** Messages the WhatsApp emulator accepted, in order. */
  messages(): {
    at: Date;
    to: string;
    type: string;
    body: Record<string, unknown>;
    messageId: string;
    reference?: string;
  }[];
  close(): Promise<void>;
}

/** Builds a world; `overrides` reach `createBilling` (a shared store, crash hooks, another worker id). */
export async function createWorld(
  start: string,
  providers: readonly ProviderUnderTest[],
  overrides: Partial<Omit<CreateBillingOptions, 'clock'>> & {
    readonly clock?: { value: number };
    /** The WhatsApp client's request timeout (for lost answers). */
    readonly whatsappTimeoutMs?: number;
  } = {},
): Promise<World> {
  const { clock: sharedClock, whatsappTimeoutMs, ...billingOverrides } = overrides;
  const clock = sharedClock ?? { value: Date.parse(start) };
  const now = () => new Date(clock.value);
  const whatsapp = await createWhatsAppEmulator({ appSecret, now });
  const { channel } = createWhatsAppCloud({
    accessToken: whatsapp.accessToken,
    phoneNumberId: '106540352242922',
    appSecret,
    baseURL: whatsapp.baseURL,
    now,
    pacing: createPacer({ now: () => clock.value, sleep: async () => {} }),
    ...(whatsappTimeoutMs ? { timeoutMs: whatsappTimeoutMs } : {}),
  });
  const store = (overrides.store as ReturnType<typeof createMemoryStore> | undefined) ?? createMemoryStore();
  const billing = createBilling({
    channel,
    store,
    providers: providers.map((each) => each.provider),
    business: {
      name: 'Florería Jacaranda',
      legalName: 'Florería Jacaranda S.A. de C.V.',
      taxId: 'FJA010101AB1',
      address: 'Av. Álvaro Obregón 120, CDMX',
    },
    clock: now,
    ...billingOverrides,
  });
  // The handlers answer at once; what they enqueue goes out in the drain they hand to `waitUntil`, which `post`
  // awaits so a test reads the reply right after the delivery (as a platform's waitUntil would finish it).
  const background: Promise<unknown>[] = [];
  const waitUntil = (work: Promise<unknown>) => void background.push(work);
  const handlers = new Map<string, (req: never, res: never) => Promise<void>>([
    ['/webhooks/whatsapp', toNodeHandler(billing.channelWebhookHandler({ waitUntil }))],
    ...providers.map(
      (each) =>
        [
          `/webhooks/${each.provider.provider}`,
          toNodeHandler(billing.paymentWebhookHandler(each.provider.provider, { waitUntil })),
        ] as const,
    ),
  ]);
  const server = createServer((req, res) => {
    const handler = handlers.get(req.url ?? '');
    if (!handler) return void res.writeHead(404).end();
    void handler(req as never, res as never);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const world: World = {
    billing,
    channel,
    whatsapp,
    store,
    now,
    setClock(instant) {
      clock.value = Date.parse(instant);
    },
    async post(path, delivery) {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        body: typeof delivery.rawBody === 'string' ? delivery.rawBody : Buffer.from(delivery.rawBody),
        headers: delivery.headers as Record<string, string>,
      });
      await response.arrayBuffer();
      while (background.length > 0) await background.shift();
      return response.status;
    },
    messages() {
      return whatsapp.requests
        .filter((request) => request.messageId && request.path.endsWith('/messages'))
        .map((request) => ({
          at: request.at,
          to: String(request.body.to),
          type: String(request.body.type),
          body: request.body,
          messageId: request.messageId as string,
          ...(typeof request.body.biz_opaque_callback_data === 'string'
            ? { reference: request.body.biz_opaque_callback_data }
            : {}),
        }));
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await whatsapp.close();
      for (const each of providers) await each.close();
    },
  };
  return world;
}
