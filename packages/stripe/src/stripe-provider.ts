import { ApiCallError, type PaymentProviderV1, type PaymentProviderV1PaymentLink, ValidationError } from '@cobro/core';
import { loadSetting } from '@cobro/core/adapter';
import type { AxiosInstance } from 'axios';
import {
  createStripeCheckoutSessionBody,
  createStripePaymentLinkBody,
  createStripePriceBody,
  stripeLinkParts,
} from './create-stripe-link-bodies';
import { createStripeWebhookParser } from './create-stripe-webhook-parser';
import { listStripeRefunds } from './list-stripe-refunds';
import { fromEpochSeconds, integerField, stringField } from './read-stripe-object';
import { readStripePayment } from './read-stripe-payment';
import { refundStripePayment } from './refund-stripe-payment';
import { type StripeLinkType, stripeCapabilities } from './stripe-capabilities';
import { createStripeClient, type StripeObject } from './stripe-client';
import { stripeIdempotencyKey } from './stripe-idempotency-key';
import { stripeApiVersion, stripeProviderId } from './stripe-provider-id';

/** Settings of {@link createStripe}. Every secret can come from the environment instead. */
export interface StripeProviderSettings {
  /** Secret or restricted API key (`sk_…`, `rk_…`). Default: the `STRIPE_SECRET_KEY` environment variable. */
  readonly secretKey?: string;
  /**
   * The webhook endpoint's signing secret(s) (`whsec_…`); several during a rotation, any one may match. Needed only
   * by `parseWebhook`. Default: `STRIPE_WEBHOOK_SECRET` (comma-separated for several).
   */
  readonly webhookSecret?: string | readonly string[];
  /**
   * `payment-link` (default): a Payment Link limited to one completed checkout, a stable URL that never expires by
   * itself, right for reminders spread over days. `checkout-session`: a Checkout Session per attempt, open 30 min –
   * 24 h.
   */
  readonly linkType?: StripeLinkType;
  /** Where a Checkout Session sends the customer after paying when the caller gives no `successUrl`. */
  readonly successUrl?: string;
  /** API root. Default `https://api.stripe.com`. */
  readonly baseURL?: string;
  /** `Stripe-Version` sent with every request. Default `2023-08-16`, the version the adapter is tested against. */
  readonly apiVersion?: string;
  /** An axios instance of the app's (agents, proxies, interceptors), used as is. */
  readonly http?: AxiosInstance;
  /** Per-request timeout in milliseconds. Default 30 000. */
  readonly timeoutMs?: number;
  /** Oldest accepted webhook signature, in seconds. Default 300, as Stripe's libraries. */
  readonly toleranceSeconds?: number;
  /** The current time; injectable for tests. Default `() => new Date()`. */
  readonly clock?: () => Date;
}

/**
 * Creates the Stripe payment provider: payment links (a Payment Link limited to one completion, or a Checkout
 * Session) offering card everywhere, OXXO in MXN and boleto/Pix in BRL; payments read from PaymentIntents; refunds;
 * link deactivation or expiry; webhooks verified with `Stripe-Signature` (HMAC-SHA256, several secrets, 300 s
 * tolerance). Every request pins `Stripe-Version`; every POST carries an `Idempotency-Key` derived from the caller's.
 *
 * @example
 * ```ts
 * import { createStripe } from '@cobro/stripe';
 * const stripe = createStripe(); // STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET from the environment
 * ```
 *
 * @throws `LoadSettingError` when no secret key is passed or set in the environment.
 * @throws `ValidationError` when a setting is out of range.
 */
export function createStripe(settings: StripeProviderSettings = {}): PaymentProviderV1<typeof stripeProviderId> {
  const secretKey = loadSetting({
    value: settings.secretKey,
    environmentVariable: 'STRIPE_SECRET_KEY',
    settingName: 'secretKey',
    description: 'Stripe secret API key',
  });
  const linkType = settings.linkType ?? 'payment-link';
  const apiVersion = settings.apiVersion ?? stripeApiVersion;
  const toleranceSeconds = settings.toleranceSeconds ?? 300;
  const issues = [
    ...(linkType === 'payment-link' || linkType === 'checkout-session'
      ? []
      : [{ path: 'linkType', message: 'must be payment-link or checkout-session' }]),
    ...(/^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/.test(apiVersion)
      ? []
      : [{ path: 'apiVersion', message: 'must be a dated Stripe version such as 2023-08-16' }]),
    ...(Number.isInteger(toleranceSeconds) && toleranceSeconds >= 0
      ? []
      : [{ path: 'toleranceSeconds', message: 'must be a whole number of seconds, 0 or more' }]),
  ];
  if (issues.length > 0) throw new ValidationError({ subject: 'createStripe settings', issues });
  const clock = settings.clock ?? (() => new Date());
  const request = createStripeClient({
    secretKey,
    apiVersion,
    baseURL: settings.baseURL ?? 'https://api.stripe.com',
    http: settings.http,
    timeoutMs: settings.timeoutMs,
  });

  const toLink = (
    object: StripeObject,
    invoiceReference: string,
    methods: PaymentProviderV1PaymentLink['methods'],
  ): PaymentProviderV1PaymentLink => {
    const url = stringField(object, 'url');
    if (!url) {
      throw new ApiCallError({
        provider: stripeProviderId,
        kind: 'unknown',
        message: `Stripe created ${String(object.id)} but returned no url for it.`,
      });
    }
    const expiresAt = integerField(object, 'expires_at');
    return {
      id: object.id as string,
      url,
      ...(expiresAt === undefined ? {} : { expiresAt: fromEpochSeconds(expiresAt) }),
      reusable: false,
      methods,
      invoiceReference,
    };
  };

  return {
    specificationVersion: 'v1' as const,
    provider: stripeProviderId,
    capabilities: stripeCapabilities(linkType),

    async createPaymentLink(options) {
      const parts = stripeLinkParts(options);
      if (linkType === 'checkout-session') {
        const body = createStripeCheckoutSessionBody(options, parts, {
          nowMs: clock().getTime(),
          successUrl: settings.successUrl,
        });
        const session = await request({
          method: 'POST',
          path: '/v1/checkout/sessions',
          body,
          idempotencyKey: await stripeIdempotencyKey(options.idempotencyKey, 'session'),
          operation: 'create the checkout session',
        });
        return toLink(session, options.invoiceReference, parts.methods.methods);
      }
      const price = await request({
        method: 'POST',
        path: '/v1/prices',
        body: createStripePriceBody(options, parts),
        idempotencyKey: await stripeIdempotencyKey(options.idempotencyKey, 'price'),
        operation: 'create the price of the payment link',
      });
      const link = await request({
        method: 'POST',
        path: '/v1/payment_links',
        body: createStripePaymentLinkBody(options, parts, price.id as string),
        idempotencyKey: await stripeIdempotencyKey(options.idempotencyKey, 'link'),
        operation: 'create the payment link',
      });
      return toLink(link, options.invoiceReference, parts.methods.methods);
    },

    getPayment: ({ paymentId }) => readStripePayment(request, paymentId),

    listRefunds: ({ paymentId }) => listStripeRefunds(request, paymentId),

    async expirePaymentLink({ linkId }) {
      // Deactivating or expiring is naturally idempotent, so the key only needs to be stable per link.
      if (linkId.startsWith('cs_')) {
        await request({
          method: 'POST',
          path: `/v1/checkout/sessions/${encodeURIComponent(linkId)}/expire`,
          idempotencyKey: `cobro-expire:${linkId}`,
          operation: `expire checkout session ${linkId}`,
        });
        return;
      }
      await request({
        method: 'POST',
        path: `/v1/payment_links/${encodeURIComponent(linkId)}`,
        body: { active: false },
        idempotencyKey: `cobro-deactivate:${linkId}`,
        operation: `deactivate payment link ${linkId}`,
      });
    },

    refund: (options) => refundStripePayment(request, options),

    parseWebhook: createStripeWebhookParser({ webhookSecret: settings.webhookSecret, toleranceSeconds, clock }),
  };
}
