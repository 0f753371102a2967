import {
  type PaymentProviderV1WebhookEvent,
  type PaymentProviderV1WebhookRequest,
  WebhookVerificationError,
} from '@cobro/core';
import { loadSetting } from '@cobro/core/adapter';
import { mapStripeEvent } from './map-stripe-event';
import type { StripeObject } from './stripe-client';
import { stripeProviderId } from './stripe-provider-id';
import { checkStripeSignatureOnNode, verifyStripeSignatureWithWebCrypto } from './verify-stripe-signature';

/**
 * Builds `parseWebhook`: reads the endpoint secret(s) (setting, else `STRIPE_WEBHOOK_SECRET`, comma-separated for a
 * rotation) on use, verifies `Stripe-Signature` on the raw bytes, and only then parses and normalises the event.
 */
export function createStripeWebhookParser({
  webhookSecret,
  toleranceSeconds,
  clock,
}: {
  /** The secret(s), or `undefined` to read the environment. */
  webhookSecret: string | readonly string[] | undefined;
  /** Oldest accepted signature age in seconds. */
  toleranceSeconds: number;
  /** The current time. */
  clock: () => Date;
}): (request: PaymentProviderV1WebhookRequest) => Promise<PaymentProviderV1WebhookEvent> {
  // Read once, at the first delivery: the environment does not change under a running server.
  let resolved: string[] | undefined;
  const resolveSecrets = () =>
    (Array.isArray(webhookSecret)
      ? (webhookSecret as readonly string[])
      : loadSetting({
          value: webhookSecret as string | undefined,
          environmentVariable: 'STRIPE_WEBHOOK_SECRET',
          settingName: 'webhookSecret',
          description: 'Stripe webhook signing secret (whsec_…)',
        }).split(',')
    )
      .map((secret) => secret.trim())
      .filter((secret) => secret.length > 0);
  // Not an async function: on Node the whole check is one synchronous step, as stripe-node's constructEvent, and the
  // answer is handed back already settled; WebCrypto (edge runtimes) is awaited.
  return ({ rawBody, headers }) => {
    try {
      resolved ??= resolveSecrets();
      const header =
        headers['stripe-signature'] ??
        headers['Stripe-Signature'] ??
        Object.entries(headers).find(([name]) => name.toLowerCase() === 'stripe-signature')?.[1];
      const nowMs = clock().getTime();
      if (checkStripeSignatureOnNode(header, rawBody, resolved, toleranceSeconds, nowMs) !== undefined)
        return Promise.resolve(mapStripeEvent(parseEvent(rawBody)));
      return verifyStripeSignatureWithWebCrypto({ rawBody, header, secrets: resolved, toleranceSeconds, nowMs }).then(
        () => mapStripeEvent(parseEvent(rawBody)),
      );
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

// One decoder for every delivery: making one per body cost more than decoding a few KB.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseEvent(rawBody: string | Uint8Array): StripeObject {
  let json: unknown;
  try {
    json = JSON.parse(typeof rawBody === 'string' ? rawBody : utf8.decode(rawBody));
  } catch (error) {
    throw new WebhookVerificationError({
      provider: stripeProviderId,
      reason: 'malformed-body',
      message: 'the body is not JSON.',
      cause: error,
    });
  }
  const event = json as StripeObject | null;
  if (typeof event !== 'object' || event === null || typeof event.id !== 'string' || typeof event.type !== 'string') {
    throw new WebhookVerificationError({
      provider: stripeProviderId,
      reason: 'malformed-body',
      message: 'the body is not a Stripe event (it needs an id and a type).',
    });
  }
  return event;
}
