import {
  ApiCallError,
  type PaymentMethod,
  type PaymentProviderV1,
  type PaymentProviderV1CreateLinkOptions,
  type PaymentProviderV1PaymentLink,
  type PaymentProviderV1WebhookRequest,
  ValidationError,
} from '@cobro/core';
import { createIdempotencyGuard, fingerprintOf, loadSetting } from '@cobro/core/adapter';
import type { AxiosInstance } from 'axios';
import {
  type ConektaCheckout,
  conektaCheckoutListSchema,
  conektaCheckoutSchema,
  conektaOrderSchema,
} from './conekta-api';
import { conektaCapabilities } from './conekta-capabilities';
import { createConektaClient } from './conekta-client';
import { conektaProviderId } from './conekta-error';
import { fromConektaAllowedMethods, toConektaAllowedMethods } from './conekta-payment-methods';
import { conektaMetadataKeys, createConektaCheckoutBody } from './create-conekta-checkout-body';
import { type ConektaWebhookEvent, createConektaWebhookParser } from './create-conekta-webhook-parser';
import { listConektaRefunds } from './list-conekta-refunds';
import { fromEpochSeconds, summarizeConektaOrder } from './map-conekta-order';
import { refundConektaOrder } from './refund-conekta-order';

/** Settings of {@link createConekta}. Every secret can come from the environment instead. */
export interface ConektaProviderSettings {
  /** Private API key (`key_…`). Default: the `CONEKTA_PRIVATE_KEY` environment variable. */
  readonly privateKey?: string;
  /**
   * The webhook key's public key, PEM (`-----BEGIN PUBLIC KEY-----`), from `POST /webhook_keys`. Needed only by
   * `parseWebhook`. Default: the `CONEKTA_WEBHOOK_PUBLIC_KEY` environment variable (literal `\n` escapes are fine).
   */
  readonly webhookPublicKey?: string;
  /** API version sent as `Accept: application/vnd.conekta-v<apiVersion>+json`. Default `2.3.0`, the current one. */
  readonly apiVersion?: string;
  /** API root. Default `https://api.conekta.io`. */
  readonly baseURL?: string;
  /** `Accept-Language` for Conekta's error messages. Default `en`. */
  readonly language?: 'es' | 'en';
  /** An axios instance of the app's (agents, proxies, interceptors), used as is. */
  readonly http?: AxiosInstance;
  /** Per-request timeout in milliseconds. Default 30 000. */
  readonly timeoutMs?: number;
  /** Methods a link offers when the caller does not say. Default `['card', 'oxxo', 'spei']`. */
  readonly allowedMethods?: readonly PaymentMethod[];
  /** Link lifetime when the caller gives no `expiresAt`, in seconds (5 min – 365 days). Default 30 days. */
  readonly defaultLinkTtlSeconds?: number;
  /** How many webhook event ids to remember for deduplication. Default 10 000; 0 turns deduplication off. */
  readonly eventDeduplicationSize?: number;
  /** The current time; injectable for tests. Default `() => new Date()`. */
  readonly now?: () => Date;
}

const defaultTtlSeconds = 30 * 86_400;

/** The Conekta implementation of `PaymentProviderV1`, as {@link createConekta} returns it. */
export interface ConektaProvider extends PaymentProviderV1<typeof conektaProviderId> {
  /**
   * Verifies the `digest` header on the raw bytes, then parses, deduplicates and normalises the event.
   *
   * @throws `WebhookVerificationError` for a missing, malformed or wrong digest, or a body that is not an event.
   * @throws `LoadSettingError` when no webhook public key is configured.
   */
  parseWebhook(request: PaymentProviderV1WebhookRequest): Promise<ConektaWebhookEvent>;
}

/**
 * Creates the Conekta payment provider: single-use payment links (`POST /checkouts`, type `PaymentLink`) offering
 * card, OXXO cash and SPEI bank transfer; payments read from orders (`GET /orders/{id}`); refunds
 * (`POST /orders/{id}/refunds`); link cancellation (`PUT /checkouts/{id}/cancel`); webhooks verified with the
 * webhook key's RSA signature in the `digest` header and deduplicated on the event id.
 *
 * @example
 * ```ts
 * import { createConekta } from '@cobro/conekta';
 * const conekta = createConekta(); // CONEKTA_PRIVATE_KEY and CONEKTA_WEBHOOK_PUBLIC_KEY from the environment
 * ```
 *
 * @throws `LoadSettingError` when no private key is passed or set in the environment.
 * @throws `ValidationError` when a setting is out of range.
 */
export function createConekta(settings: ConektaProviderSettings = {}): ConektaProvider {
  const privateKey = loadSetting({
    value: settings.privateKey,
    environmentVariable: 'CONEKTA_PRIVATE_KEY',
    settingName: 'privateKey',
    description: 'Conekta private API key',
  });
  const apiVersion = settings.apiVersion ?? '2.3.0';
  const ttl = settings.defaultLinkTtlSeconds ?? defaultTtlSeconds;
  const settingIssues: { path: string; message: string }[] = [
    ...(/^\d+\.\d+\.\d+$/.test(apiVersion) ? [] : [{ path: 'apiVersion', message: 'must look like 2.3.0' }]),
    ...(Number.isInteger(ttl) && ttl >= 300 && ttl <= 365 * 86_400
      ? []
      : [{ path: 'defaultLinkTtlSeconds', message: 'must be whole seconds between 300 and 31536000' }]),
  ];
  if (settings.allowedMethods) {
    try {
      toConektaAllowedMethods(settings.allowedMethods);
    } catch (error) {
      if (!ValidationError.isInstance(error)) throw error;
      settingIssues.push(...error.issues);
    }
  }
  if (settingIssues.length > 0) throw new ValidationError({ subject: 'createConekta settings', issues: settingIssues });
  const now = settings.now ?? (() => new Date());
  const defaultMethods = settings.allowedMethods ?? ['card', 'oxxo', 'spei'];
  const request = createConektaClient({
    privateKey,
    apiVersion,
    baseURL: settings.baseURL ?? 'https://api.conekta.io',
    language: settings.language ?? 'en',
    http: settings.http,
    timeoutMs: settings.timeoutMs,
  });
  const guard = createIdempotencyGuard(conektaProviderId);

  const toLink = (
    checkout: ConektaCheckout,
    input: PaymentProviderV1CreateLinkOptions,
    requested: readonly string[],
  ): PaymentProviderV1PaymentLink => {
    if (!checkout.url) {
      throw new ApiCallError({
        provider: conektaProviderId,
        kind: 'unknown',
        message: `Conekta created checkout ${checkout.id} but returned no url for it.`,
      });
    }
    return {
      id: checkout.id,
      url: checkout.url,
      ...(typeof checkout.expires_at === 'number' ? { expiresAt: fromEpochSeconds(checkout.expires_at) } : {}),
      reusable: checkout.recurrent === true,
      methods: fromConektaAllowedMethods(checkout.allowed_payment_methods ?? requested),
      invoiceReference: input.invoiceReference,
    };
  };

  // After a timeout the checkout may exist: look for our idempotency key among the newest checkouts before giving up.
  const recoverCheckout = async (idempotencyKey: string): Promise<ConektaCheckout | undefined> => {
    const page = await request({
      method: 'GET',
      path: '/checkouts?limit=50',
      schema: conektaCheckoutListSchema,
      operation: 'list payment links',
      idempotent: true,
    });
    return (page.data ?? []).find(
      (checkout) =>
        (checkout.metadata?.[conektaMetadataKeys.idempotencyKey] ??
          checkout.order_template?.metadata?.[conektaMetadataKeys.idempotencyKey]) === idempotencyKey,
    );
  };

  const readOrder = (paymentId: string) =>
    request({
      method: 'GET',
      path: `/orders/${encodeURIComponent(paymentId)}`,
      schema: conektaOrderSchema,
      operation: `read order ${paymentId}`,
      idempotent: true,
    });

  return {
    specificationVersion: 'v1' as const,
    provider: conektaProviderId,
    capabilities: conektaCapabilities,

    async createPaymentLink(options) {
      const body = createConektaCheckoutBody(options, {
        nowMs: now().getTime(),
        defaultMethods,
        defaultTtlSeconds: ttl,
      });
      const requested = body.allowed_payment_methods as string[];
      const { idempotencyKey: key, ...rest } = options;
      return guard.run('payment link', key, fingerprintOf(rest), async () => {
        try {
          const checkout = await request({
            method: 'POST',
            path: '/checkouts',
            body,
            schema: conektaCheckoutSchema,
            operation: 'create the payment link',
            idempotent: false,
          });
          return toLink(checkout, options, requested);
        } catch (error) {
          if ((error as { kind?: string }).kind !== 'ambiguous') throw error;
          const recovered = await recoverCheckout(key).catch(() => undefined);
          if (!recovered) throw error;
          return toLink(recovered, options, requested);
        }
      });
    },

    async getPayment({ paymentId }) {
      const order = await readOrder(paymentId);
      return { ...summarizeConektaOrder(order), raw: order };
    },

    async listRefunds({ paymentId }) {
      return listConektaRefunds(await readOrder(paymentId));
    },

    async expirePaymentLink({ linkId }) {
      await request({
        method: 'PUT',
        path: `/checkouts/${encodeURIComponent(linkId)}/cancel`,
        schema: conektaCheckoutSchema,
        operation: `cancel payment link ${linkId}`,
        idempotent: true,
      });
    },

    async refund(options) {
      const { idempotencyKey: key, ...rest } = options;
      return guard.run('refund', key, fingerprintOf(rest), async () => {
        return refundConektaOrder({ request, readOrder, options });
      });
    },

    parseWebhook: createConektaWebhookParser({
      webhookPublicKey: settings.webhookPublicKey,
      now,
      deduplicationSize: settings.eventDeduplicationSize ?? 10_000,
    }),
  };
}
