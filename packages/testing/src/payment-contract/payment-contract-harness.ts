import type {
  Money,
  PaymentProviderV1,
  PaymentProviderV1CreateLinkOptions,
  PaymentProviderV1PaymentLink,
} from '@cobro/core';
import type { CompletedPayment, WebhookDelivery } from '../in-memory-payment-provider';

/** Webhook scenarios beyond a successful payment that a harness can sign on request. */
export type PaymentContractScenario = 'payment-failed' | 'payment-refunded' | 'link-expired';

/** What the kit knows when it asks for a {@link PaymentContractScenario} delivery. */
export interface PaymentContractScenarioContext {
  /** The link the scenario is about. */
  readonly link: PaymentProviderV1PaymentLink;
  /** The payment, for `payment-refunded` (and when the provider ties failures to one). */
  readonly paymentId?: string;
  /** The amount the event should state (the refund amount for `payment-refunded`). */
  readonly amount: Money;
}

/**
 * What an adapter's test gives the payment provider contract: the provider, wired to a fake API (an emulator on
 * 127.0.0.1) or a sandbox, plus the few things only the fake can do. Optional members turn on the cases that need
 * them; a case without what it needs is skipped with the reason in its name.
 */
export interface PaymentProviderContractHarness {
  /** The adapter under test. */
  readonly provider: PaymentProviderV1;
  /** Link options in a currency the provider supports; the kit overrides `idempotencyKey` and `invoiceReference`. */
  linkOptions(overrides?: Partial<PaymentProviderV1CreateLinkOptions>): PaymentProviderV1CreateLinkOptions;
  /**
   * Makes the (fake) provider record a successful payment through `link` (for `amount`, default the link's) and
   * returns the payment id and the provider's correctly signed webhook delivery announcing it.
   */
  completePayment(
    link: PaymentProviderV1PaymentLink,
    options?: {
      /** Pay less or more than the link asks (partial payments). */
      readonly amount?: Money;
    },
  ): Promise<CompletedPayment>;
  /** The header that carries the signature, e.g. `stripe-signature`; the kit drops it to test a missing signature. */
  readonly signatureHeader: string;
  /**
   * False when the provider's signature covers a manifest rather than the body (Mercado Pago signs the resource id,
   * request id and timestamp): the kit then skips the tampered and re-serialised body checks, which no such adapter
   * can pass, and still checks unsigned and wrongly signed deliveries. True when absent.
   */
  readonly signsBody?: boolean;
  /** Signs a delivery of another event kind, as the provider would send it. Turns on the out-of-order cases. */
  signedDelivery?(scenario: PaymentContractScenario, context: PaymentContractScenarioContext): Promise<WebhookDelivery>;
  /** Re-signs a delivery with a secret or key the provider does not trust. */
  signWithWrongKey?(delivery: WebhookDelivery): Promise<WebhookDelivery>;
  /** Makes the next API call answer with this HTTP status and a provider-shaped error body (or `body`). */
  injectError?(status: number, body?: unknown): void;
  /** How many links the fake API really created, to prove idempotency on the server side. */
  creationCount?(): number;
  /** Secrets that must never appear in an error message (API keys, webhook secrets, private keys). */
  readonly secrets: readonly string[];
  /** Stops servers; called once after the suite. */
  teardown?(): Promise<void>;
}

/** Options of `runPaymentProviderContract`. */
export interface PaymentProviderContractOptions {
  /** Name of the suite, e.g. `stripe (emulator)`. */
  readonly name: string;
  /** Builds the harness once for the suite. */
  readonly setup: () => Promise<PaymentProviderContractHarness>;
  /** Exact case names to skip; say why in your test file. */
  readonly skip?: readonly string[];
  /** True against a real sandbox: the cases that need a fake server (error injection, creation count) are skipped. */
  readonly live?: boolean;
}
