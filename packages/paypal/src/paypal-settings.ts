import type { AxiosInstance } from 'axios';
import type { PayPalWebhookVerification } from './create-paypal-webhook-parser';
import type { PayPalLinkType } from './paypal-capabilities';

/** Settings of `createPayPal`. Every secret can come from the environment instead. */
export interface PayPalProviderSettings {
  /** REST app client id. Default: the `PAYPAL_CLIENT_ID` environment variable. */
  readonly clientId?: string;
  /** REST app secret. Default: the `PAYPAL_CLIENT_SECRET` environment variable. */
  readonly clientSecret?: string;
  /**
   * The id of the webhook subscription (developer dashboard → app → Webhooks), part of every signed message. Needed
   * only by `parseWebhook`. Default: the `PAYPAL_WEBHOOK_ID` environment variable.
   */
  readonly webhookId?: string;
  /** `sandbox` → `https://api-m.sandbox.paypal.com`, `live` → `https://api-m.paypal.com`. Default `sandbox`. */
  readonly environment?: 'sandbox' | 'live';
  /** API root, overriding `environment` (e.g. an emulator on loopback). */
  readonly baseURL?: string;
  /**
   * What a payment link is. `invoice` (default): an Invoicing v2 invoice shared by link, which does not expire and
   * needs no capture. `order`: an Orders v2 checkout, whose approve link lapses after 3 hours and which this adapter
   * captures when the `CHECKOUT.ORDER.APPROVED` webhook arrives (or when you call `captureOrder`).
   */
  readonly linkType?: PayPalLinkType;
  /** `offline` (default): RSA signature against PayPal's certificate. `api`: ask PayPal per delivery. */
  readonly verification?: PayPalWebhookVerification;
  /**
   * TEST ONLY. Hosts the `paypal-cert-url` may point at, replacing PayPal's own (`api.paypal.com`, `api-m.paypal.com`,
   * `api.sandbox.paypal.com`, `api-m.sandbox.paypal.com`), e.g. `['127.0.0.1:4010']` for an emulator. A loopback host
   * listed here may use plain http. Never set this in production: it decides whose certificates are trusted.
   */
  readonly certificateHostAllowlist?: readonly string[];
  /**
   * TEST ONLY. Downloads a certificate PEM from a URL that passed the host check. Default: an https GET with the
   * adapter's HTTP client, no redirects.
   */
  readonly fetchCertificate?: (url: string) => Promise<string>;
  /**
   * Oldest accepted `paypal-transmission-time`, in seconds (and the most it may be ahead of the clock). Default 300,
   * like Stripe's tolerance: every PayPal delivery attempt, retries included, is a new transmission signed anew, so
   * only a replayed one is older. 0 turns the check off.
   */
  readonly transmissionToleranceSeconds?: number;
  /** An axios instance of the app's (agents and interceptors are used; base URL, timeout and User-Agent stay cobro's). */
  readonly http?: AxiosInstance;
  /** Per-request timeout in milliseconds. Default 30 000. */
  readonly timeoutMs?: number;
  /** The current time; injectable for tests. Default `() => new Date()`. */
  readonly clock?: () => Date;
}
