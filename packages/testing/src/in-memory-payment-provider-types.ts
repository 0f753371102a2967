import type {
  Money,
  PaymentMethod,
  PaymentProviderV1,
  PaymentProviderV1Capabilities,
  PaymentProviderV1Payment,
  PaymentProviderV1PaymentLink,
} from '@cobro/core';

/** A webhook delivery as an HTTP request would carry it. */
export interface WebhookDelivery {
  /** The exact bytes sent. */
  readonly rawBody: string;
  /** The headers sent, including the signature. */
  readonly headers: Record<string, string>;
}

/** A payment the (fake) provider recorded, and the signed webhook it sends about it. */
export interface CompletedPayment {
  /** The provider's payment id. */
  readonly paymentId: string;
  /** The signed webhook delivery announcing it. */
  readonly delivery: WebhookDelivery;
}

/** A link as the in-memory provider stores it. */
export interface InMemoryPaymentLink extends PaymentProviderV1PaymentLink {
  /** The amount it collects. */
  readonly amount: Money;
  /** False once expired. */
  readonly active: boolean;
}

/** Options of `createInMemoryPaymentProvider`. */
export interface InMemoryPaymentProviderOptions {
  /** Secret the webhooks are signed with (HMAC-SHA256). */
  readonly webhookSecret: string;
  /** Provider id. Default `in-memory`. */
  readonly provider?: string;
  /** Methods offered per currency. Default card for EUR, USD, BRL (plus Pix), MXN (plus OXXO, SPEI). */
  readonly methodsByCurrency?: Readonly<Record<string, readonly PaymentMethod[]>>;
  /** Base of link URLs. Default `https://pay.invalid/l/`. */
  readonly linkBaseUrl?: string;
  /** Current time. Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Signature tolerance in seconds. Default 300. */
  readonly toleranceSeconds?: number;
  /** Turns features off (e.g. `{ refunds: false }`) to model a more limited provider; they then throw as the spec says. */
  readonly capabilities?: Partial<Omit<PaymentProviderV1Capabilities, 'methodsByCurrency'>>;
}

/** The reference payment provider: everything in memory, webhooks signed like a real provider's. */
export interface InMemoryPaymentProvider extends PaymentProviderV1 {
  /** Links by id. */
  readonly links: ReadonlyMap<string, InMemoryPaymentLink>;
  /** Payments by id. */
  readonly payments: ReadonlyMap<string, PaymentProviderV1Payment>;
  /** How many links were really created (idempotent repeats do not count). */
  readonly creations: () => number;
  /** The customer pays through a link: records the payment and returns the signed `payment-succeeded` delivery. */
  completePayment(linkId: string, options?: { amount?: Money; method?: PaymentMethod }): Promise<CompletedPayment>;
  /** Signs an arbitrary event body with the webhook secret, as the provider would. */
  sign(body: unknown, options?: { secret?: string; timestamp?: number }): Promise<WebhookDelivery>;
  /** Makes the next API call fail with this status (401 auth, 429 rate limit, 5xx outage…). */
  failNext(status: number): void;
}
