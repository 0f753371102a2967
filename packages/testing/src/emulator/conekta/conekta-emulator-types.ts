import type { ConektaWebhookDelivery } from './conekta-emulator-hosted-checkout';
import type { ConektaEmulatorPaymentMethod, ConektaJson } from './conekta-emulator-objects';
import type { ConektaWebhookKeyPair, SignedConektaWebhook } from './sign-conekta-webhook';

/** One request the emulator received, for golden assertions. */
export interface ConektaEmulatorRequest {
  /** HTTP method. */
  readonly method: string;
  /** Path and query, e.g. `/checkouts?limit=50`. */
  readonly url: string;
  /** Headers, lower-case names (as Node gives them). */
  readonly headers: Record<string, string | string[] | undefined>;
  /** The body text, exactly as received (empty for GET). */
  readonly rawBody: string;
  /** The body parsed as JSON, or `undefined`. */
  readonly body: unknown;
}

/** A canned response to serve instead of the emulated behaviour, for error-path tests. */
export interface ConektaEmulatorFault {
  /** HTTP status (ignored with `destroy` or `dropResponse`). */
  readonly status: number;
  /** JSON body (e.g. a spec-shaped error), or a string sent as is. */
  readonly body?: unknown;
  /** Extra response headers, e.g. `retry-after`. */
  readonly headers?: Record<string, string>;
  /** Close the connection without handling the request (it never took effect). */
  readonly destroy?: boolean;
  /** Handle the request normally, then close the connection instead of answering (it took effect; the answer is lost). */
  readonly dropResponse?: boolean;
}

/** Options of {@link createConektaEmulator}. */
export interface ConektaEmulatorOptions {
  /** The API key the emulator accepts as `Authorization: Bearer …`. Default `key_emulatorPrivate`. */
  readonly privateKey?: string;
  /** The webhook key pair; generated when omitted. */
  readonly webhookKeyPair?: ConektaWebhookKeyPair;
  /** Where to POST every event it emits, signed, as Conekta does (e.g. your app's webhook route). Default: nowhere. */
  readonly webhookUrl?: string;
  /**
   * Serve a stand-in payment page at `<baseURL>/link/<slug>` and make checkout urls point there, so a demo can be
   * clicked through. Default `false`: urls look like `https://pay.conekta.com/link/<slug>`.
   */
  readonly hostedCheckout?: boolean;
  /** Current time, for `created_at`, `paid_at` and expiry checks. Default `() => new Date()`. */
  readonly now?: () => Date;
}

/** A running fake of the Conekta API on 127.0.0.1, with state, signed webhooks and fault injection. */
export interface ConektaEmulator {
  /** `http://127.0.0.1:<port>`: pass as the adapter's `baseURL`. */
  readonly baseURL: string;
  /** The API key it accepts. */
  readonly privateKey: string;
  /** The webhook public key (PEM), as `POST /webhook_keys` would return it. */
  readonly webhookPublicKey: string;
  /** Outcomes of webhook deliveries to `webhookUrl`, in completion order. */
  readonly webhookDeliveries: readonly ConektaWebhookDelivery[];
  /** Waits until every webhook delivery started so far has finished. */
  flushWebhooks(): Promise<void>;
  /** Every request received, oldest first. */
  readonly requests: ConektaEmulatorRequest[];
  /** Checkouts by id. */
  readonly checkouts: Map<string, ConektaJson>;
  /** Orders by id. */
  readonly orders: Map<string, ConektaJson>;
  /** Events by id, as `GET /events/{id}` serves them. */
  readonly events: Map<string, ConektaJson>;
  /** Serves `fault` for the next request instead of handling it. Queue several by calling again. */
  failNext(fault: ConektaEmulatorFault): void;
  /**
   * Simulates the customer opening the link and paying: creates the order from the checkout's template, marks it
   * paid (or `pending_payment` when `pending` is set, as an OXXO voucher or SPEI reference is before the money
   * arrives) and returns the signed `order.paid` / `order.pending_payment` webhook.
   */
  pay(
    checkoutId: string,
    options?: {
      /** How the customer pays. Default `card`. */
      method?: ConektaEmulatorPaymentMethod;
      /** Leave the order `pending_payment` (voucher issued, money not arrived). */
      pending?: boolean;
    },
  ): {
    /** The order the payment created (spec `order_response`). */
    order: ConektaJson;
    /** The signed webhook announcing it. */
    webhook: SignedConektaWebhook;
  };
  /** Marks a pending order paid and returns the signed `order.paid` webhook. */
  settle(orderId: string): SignedConektaWebhook;
  /** Builds, stores and signs an event of `type` about `object` (e.g. `order.expired`). */
  emit(type: string, object: ConektaJson): SignedConektaWebhook;
  /** Signs an arbitrary body with the emulator's webhook key. */
  sign(body: unknown): SignedConektaWebhook;
  /** Stops the server. */
  close(): Promise<void>;
}
