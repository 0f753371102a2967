import type { SignedPayPalWebhook } from './sign-paypal-webhook';

/** A PayPal JSON object as the emulator stores and serves it. */
export type PayPalJson = Record<string, unknown>;

/** One request the emulator received, for golden assertions. */
export interface PayPalEmulatorRequest {
  /** HTTP method. */
  readonly method: string;
  /** Path and query, e.g. `/v2/invoicing/invoices`. */
  readonly url: string;
  /** Headers, lower-case names (as Node gives them). */
  readonly headers: Record<string, string | string[] | undefined>;
  /** The body text, exactly as received (empty for GET). */
  readonly rawBody: string;
  /** The body parsed as JSON, or `undefined`. */
  readonly body: unknown;
}

/** A canned response to serve instead of the emulated behaviour, for error-path tests. */
export interface PayPalEmulatorFault {
  /** HTTP status (ignored with `destroy` or `dropResponse`). */
  readonly status: number;
  /** JSON body (e.g. a PayPal error), or a string sent as is. */
  readonly body?: unknown;
  /** Extra response headers, e.g. `retry-after`. */
  readonly headers?: Record<string, string>;
  /** Close the connection without handling the request (it never took effect). */
  readonly destroy?: boolean;
  /** Handle the request normally, then close the connection instead of answering (it took effect; the answer is lost). */
  readonly dropResponse?: boolean;
  /** Only for requests whose path starts with this (default: the next request of any kind except the token). */
  readonly pathPrefix?: string;
}

/** Options of `createPayPalEmulator`. */
export interface PayPalEmulatorOptions {
  /** The client id the token endpoint accepts. Default `emulator-client-id`. */
  readonly clientId?: string;
  /** The client secret the token endpoint accepts. Default `emulator-client-secret`. */
  readonly clientSecret?: string;
  /** The webhook id deliveries are signed for (letters and digits, as PayPal's). Default `7EMULATORWEBHOOK`. */
  readonly webhookId?: string;
  /** Lifetime of issued access tokens, in seconds. Default 32 400 (9 hours, as PayPal). */
  readonly tokenTtlSeconds?: number;
  /** Signing certificate and key (PEM). Default: the test-only pair in `fixtures/`. */
  readonly signing?: {
    /** The certificate served at `certUrl` (PEM). */
    readonly certificate: string;
    /** Its private key (PKCS#8 PEM). */
    readonly privateKey: string;
  };
  /** Current time, for timestamps and token expiry. Default `() => new Date()`. */
  readonly now?: () => Date;
}

/** What the emulator has done, for assertions. */
export interface PayPalEmulatorCounts {
  /** `POST /v1/oauth2/token` answered with a token. */
  readonly tokenRequests: number;
  /** Invoices created. */
  readonly invoicesCreated: number;
  /** Invoices sent (shared). */
  readonly invoicesSent: number;
  /** Orders created. */
  readonly ordersCreated: number;
  /** Captures made. */
  readonly captures: number;
  /** Refunds made. */
  readonly refunds: number;
  /** Certificate downloads. */
  readonly certificateDownloads: number;
  /** `verify-webhook-signature` calls. */
  readonly signatureVerifications: number;
}

/** A running fake of the PayPal REST API on 127.0.0.1, with state, signed webhooks and fault injection. */
export interface PayPalEmulator {
  /** `http://127.0.0.1:<port>`: pass as the adapter's `baseURL`. */
  readonly baseURL: string;
  /** `127.0.0.1:<port>`: put it in the adapter's test-only `certificateHostAllowlist`. */
  readonly host: string;
  /** The client id it accepts. */
  readonly clientId: string;
  /** The client secret it accepts. */
  readonly clientSecret: string;
  /** The webhook id its deliveries are signed for. */
  readonly webhookId: string;
  /** The URL of its signing certificate (`paypal-cert-url` of every delivery). */
  readonly certUrl: string;
  /** The signing certificate (PEM). */
  readonly certificate: string;
  /** Every request received, oldest first. */
  readonly requests: PayPalEmulatorRequest[];
  /** Invoices by id. */
  readonly invoices: Map<string, PayPalJson>;
  /** Orders by id. */
  readonly orders: Map<string, PayPalJson>;
  /** Captures by id. */
  readonly captures: Map<string, PayPalJson>;
  /** Every webhook the emulator signed (payments, captures, refunds), oldest first. */
  readonly deliveries: {
    /** e.g. `PAYMENT.CAPTURE.COMPLETED`. */
    readonly eventType: string;
    /** The id of the invoice, capture or refund the event is about. */
    readonly resourceId: string;
    /** The signed delivery. */
    readonly webhook: SignedPayPalWebhook;
  }[];
  /** Counters. */
  counts(): PayPalEmulatorCounts;
  /** Serves `fault` instead of handling a request. Queue several by calling again. */
  failNext(fault: PayPalEmulatorFault): void;
  /** Forgets every access token issued, so the next API call answers 401 `invalid_token`. */
  expireTokens(): void;
  /**
   * Simulates the customer paying a shared invoice with PayPal: records a completed capture as the invoice's PayPal
   * transaction, marks the invoice `PAID` and returns the signed `INVOICING.INVOICE.PAID` delivery.
   */
  pay(invoiceId: string): {
    /** The invoice, now `PAID`. */
    readonly invoice: PayPalJson;
    /** The capture recorded as its PayPal transaction. */
    readonly capture: PayPalJson;
    /** The signed `INVOICING.INVOICE.PAID` delivery. */
    readonly webhook: SignedPayPalWebhook;
  };
  /**
   * Simulates the payer approving an order: `APPROVED`, and the signed `CHECKOUT.ORDER.APPROVED` delivery. The capture
   * that follows ends `COMPLETED` unless `captureStatus` says otherwise.
   */
  approve(
    orderId: string,
    options?: { readonly captureStatus?: 'COMPLETED' | 'PENDING' | 'DECLINED' },
  ): {
    /** The order, now `APPROVED`. */
    readonly order: PayPalJson;
    /** The signed `CHECKOUT.ORDER.APPROVED` delivery. */
    readonly webhook: SignedPayPalWebhook;
  };
  /** Builds, signs and records an event of `eventType` about `resource`. */
  emit(eventType: string, resource: PayPalJson): SignedPayPalWebhook;
  /** Signs an arbitrary body as a delivery (with this emulator's certificate and webhook id unless overridden). */
  sign(
    body: unknown,
    overrides?: {
      /** Sign for another webhook id. */
      readonly webhookId?: string;
      /** Sign with another key. */
      readonly privateKey?: string;
      /** Point `paypal-cert-url` elsewhere. */
      readonly certUrl?: string;
      /** `paypal-transmission-time`; default the emulator's clock. */
      readonly transmissionTime?: string;
      /** `paypal-transmission-id`, e.g. a genuine delivery's, to replay it over another body. */
      readonly transmissionId?: string;
    },
  ): SignedPayPalWebhook;
  /** Stops the server. */
  close(): Promise<void>;
}
