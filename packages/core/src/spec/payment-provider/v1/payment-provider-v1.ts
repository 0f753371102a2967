import type { PaymentProviderV1Capabilities } from './payment-provider-v1-capabilities';
import type { PaymentProviderV1CreateLinkOptions } from './payment-provider-v1-create-link-options';
import type { PaymentProviderV1Payment } from './payment-provider-v1-payment';
import type { PaymentProviderV1PaymentLink } from './payment-provider-v1-payment-link';
import type { PaymentProviderV1Refund, PaymentProviderV1RefundOptions } from './payment-provider-v1-refund';
import type {
  PaymentProviderV1WebhookEvent,
  PaymentProviderV1WebhookRequest,
} from './payment-provider-v1-webhook-event';

/**
 * The payment provider spec, version 1: what cobro needs from Stripe, PayPal, Conekta or your own provider.
 * Implement it in an adapter package that peer-depends on `@cobro/core`, and prove it with
 * `runPaymentProviderContract` from `@cobro/testing`.
 *
 * Every method throws `ApiCallError` for provider failures (kind, `isRetryable`, provider code, HTTP status, request
 * id; never a key or token in the message) and `ValidationError` for bad input it can refuse before calling.
 *
 * @typeParam ProviderId - the literal id (`'stripe'`), so `paymentWebhookHandler('strype')` is a type error
 */
export interface PaymentProviderV1<ProviderId extends string = string> {
  /** The spec version this adapter implements. */
  readonly specificationVersion: 'v1';
  /** Provider id, e.g. `stripe`. Recorded with every payment. */
  readonly provider: ProviderId;
  /** What the provider can do. */
  readonly capabilities: PaymentProviderV1Capabilities;

  /**
   * Creates (or, for the same idempotency key, returns again) a payment link.
   *
   * @throws ApiCallError when the provider refuses or fails; ValidationError for an unsupported currency or method.
   */
  createPaymentLink(options: PaymentProviderV1CreateLinkOptions): Promise<PaymentProviderV1PaymentLink>;

  /**
   * Re-fetches a payment from the provider: the truth cobro books from after a webhook.
   *
   * @throws ApiCallError with kind `not-found` when there is no such payment.
   */
  getPayment(options: {
    /** The provider's payment id, as a webhook event gave it. */
    readonly paymentId: string;
  }): Promise<PaymentProviderV1Payment>;

  /**
   * Stops a link from accepting payments (before it is rotated).
   *
   * @throws UnsupportedFunctionalityError when `capabilities.expireLinks` is false; ApiCallError on failure.
   */
  expirePaymentLink(options: {
    /** The link's id. */
    readonly linkId: string;
  }): Promise<void>;

  /**
   * Refunds all or part of a payment, once per idempotency key.
   *
   * @throws UnsupportedFunctionalityError when `capabilities.refunds` is false; ApiCallError on failure.
   */
  refund(options: PaymentProviderV1RefundOptions): Promise<PaymentProviderV1Refund>;

  /**
   * Re-fetches every refund and reversal (chargeback) of a payment from the provider, oldest first: the truth cobro
   * books refunds from after a webhook, never the webhook's own body. Present when `capabilities.refundLookup` is
   * true.
   *
   * @throws ApiCallError with kind `not-found` when there is no such payment.
   */
  listRefunds?(options: {
    /** The provider's payment id, as `getPayment` reports it. */
    readonly paymentId: string;
  }): Promise<readonly PaymentProviderV1Refund[]>;

  /**
   * Verifies a webhook's signature on the raw bytes, then parses and normalises it. Nothing is parsed before the
   * signature checks out.
   *
   * @throws WebhookVerificationError for a missing, malformed, wrong or expired signature, or a malformed body.
   */
  parseWebhook(request: PaymentProviderV1WebhookRequest): Promise<PaymentProviderV1WebhookEvent>;
}
