/** What `main.ts` takes from the environment. */
export interface ExampleEnvironment {
  /** `WHATSAPP_ACCESS_TOKEN` is set: talk to the real WhatsApp Cloud API (the adapter reads the rest itself). */
  readonly liveWhatsApp: boolean;
  /** `CONEKTA_PRIVATE_KEY` is set: talk to the real Conekta API. */
  readonly liveConekta: boolean;
  /** `PORT`, default 3000; 0 picks a free port. */
  readonly port: number;
  /** `DEMO_CUSTOMER_PHONE`: where the demo invoice goes on real WhatsApp (your own, opted-in number). */
  readonly demoCustomerPhone?: string;
}

/** Reads the example's settings; credentials stay in the environment, where the adapters read them. */
export function readEnvironment(env: Readonly<Record<string, string | undefined>>): ExampleEnvironment {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError('PORT must be a port number.');
  return {
    liveWhatsApp: Boolean(env.WHATSAPP_ACCESS_TOKEN),
    liveConekta: Boolean(env.CONEKTA_PRIVATE_KEY),
    port,
    ...(env.DEMO_CUSTOMER_PHONE ? { demoCustomerPhone: env.DEMO_CUSTOMER_PHONE } : {}),
  };
}
