import type { TestServerFault, TestServerRequest } from '../../create-test-server';
import type { SignedStripeWebhook } from './sign-stripe-webhook';
import type { StripeJson } from './stripe-emulator-objects';

/** Options of `createStripeEmulator`. */
export interface StripeEmulatorOptions {
  /** The only API key the emulator accepts (`Authorization: Bearer …`). */
  readonly secretKey: string;
  /** The endpoint secret(s) webhooks are signed with (one `v1` entry each). */
  readonly webhookSecret: string | readonly string[];
  /** The emulator's clock. Default: the system clock. */
  readonly now?: () => Date;
}

/** How many objects of each kind the emulator really created. */
export interface StripeEmulatorCounts {
  /** Prices (`POST /v1/prices`). */
  readonly prices: number;
  /** Payment Links. */
  readonly paymentLinks: number;
  /** Checkout Sessions created through the API (not those a Payment Link opens). */
  readonly sessions: number;
  /** Refunds. */
  readonly refunds: number;
}

/** What a simulated payment produced. */
export interface StripeEmulatorPayment {
  /** The Checkout Session that completed (created from the Payment Link, or the session itself). */
  readonly session: StripeJson;
  /** The PaymentIntent (`pi_…`): the payment id cobro records. */
  readonly paymentIntent: StripeJson;
  /** The signed `checkout.session.completed` delivery. */
  readonly webhook: SignedStripeWebhook;
}

/** A local Stripe API on 127.0.0.1 for adapter tests and demos. */
export interface StripeEmulator {
  /** Base URL to pass as the adapter's `baseURL`. */
  readonly baseURL: string;
  /** Every request received, in order, with raw bodies and headers (lower-case names). */
  readonly requests: readonly TestServerRequest[];
  /** Stored objects by id. */
  readonly prices: ReadonlyMap<string, StripeJson>;
  /** Payment Links by id. */
  readonly paymentLinks: ReadonlyMap<string, StripeJson>;
  /** Checkout Sessions by id. */
  readonly sessions: ReadonlyMap<string, StripeJson>;
  /** PaymentIntents by id. */
  readonly paymentIntents: ReadonlyMap<string, StripeJson>;
  /** Charges by id. */
  readonly charges: ReadonlyMap<string, StripeJson>;
  /** Refunds by id. */
  readonly refunds: ReadonlyMap<string, StripeJson>;
  /** Every event emitted, oldest first. */
  readonly events: readonly StripeJson[];
  /** Every signed delivery, in the order of `events` (what Stripe would POST to the endpoint). */
  readonly webhooks: readonly SignedStripeWebhook[];
  /** How many objects of each kind were really created (idempotent replays not counted). */
  counts(): StripeEmulatorCounts;
  /**
   * Simulates a customer completing checkout through a Payment Link (`plink_…`) or Checkout Session (`cs_…`).
   * `async` (default for OXXO and boleto) leaves it `unpaid` until {@link StripeEmulator.settle}.
   */
  pay(linkOrSessionId: string, options?: { readonly async?: boolean; readonly method?: string }): StripeEmulatorPayment;
  /** Settles an async payment: `checkout.session.async_payment_succeeded`. */
  settle(sessionId: string): SignedStripeWebhook;
  /** Fails an async payment (voucher unpaid): `checkout.session.async_payment_failed`. */
  failAsync(sessionId: string): SignedStripeWebhook;
  /** Records and signs an event of `type` about `object`, as Stripe would send it. */
  emit(type: string, object: StripeJson): SignedStripeWebhook;
  /** Makes the next request get this fault (status with body and headers, or a hang/reset). */
  failNext(fault: TestServerFault): void;
  /** Stops the server. */
  close(): Promise<void>;
}
