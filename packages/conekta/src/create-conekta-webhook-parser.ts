import {
  type PaymentProviderV1WebhookEvent,
  type PaymentProviderV1WebhookRequest,
  WebhookVerificationError,
} from '@cobro/core';
import { loadSetting } from '@cobro/core/adapter';
import { conektaEventSchema } from './conekta-api';
import { conektaProviderId } from './conekta-error';
import { mapConektaEvent } from './map-conekta-event';
import { importConektaWebhookPublicKey, verifyConektaSignature } from './verify-conekta-signature';

/**
 * A normalised Conekta webhook event. `duplicate` is set when this provider instance already parsed an event with the
 * same id (Conekta redelivers until it gets a 2xx); the event is still complete, so a redelivery after a failed first
 * attempt can be processed, idempotently.
 */
export type ConektaWebhookEvent = PaymentProviderV1WebhookEvent & {
  /** True when the same event id was parsed before by this instance. */
  readonly duplicate?: true;
};

/**
 * Builds `parseWebhook`: loads the webhook public key (setting, else `CONEKTA_WEBHOOK_PUBLIC_KEY`) on first use,
 * verifies the `digest` header on the raw bytes, and only then parses, maps and deduplicates the event.
 */
export function createConektaWebhookParser({
  webhookPublicKey,
  now,
  deduplicationSize,
}: {
  /** PEM public key, or `undefined` to read the environment. */
  webhookPublicKey: string | undefined;
  /** The clock, for events without `created_at`. */
  now: () => Date;
  /** How many event ids to remember; 0 turns deduplication off. */
  deduplicationSize: number;
}): (request: PaymentProviderV1WebhookRequest) => Promise<ConektaWebhookEvent> {
  const seenEvents = new Set<string>();
  let publicKey: Promise<CryptoKey> | undefined;
  return async ({ rawBody, headers }) => {
    const pem = loadSetting({
      value: webhookPublicKey,
      environmentVariable: 'CONEKTA_WEBHOOK_PUBLIC_KEY',
      settingName: 'webhookPublicKey',
      description: 'Conekta webhook public key (PEM)',
    });
    publicKey ??= importConektaWebhookPublicKey(pem);
    publicKey.catch(() => {
      publicKey = undefined;
    });
    const digest = Object.entries(headers).find(([name]) => name.toLowerCase() === 'digest')?.[1];
    await verifyConektaSignature({ rawBody, digest, publicKey: await publicKey });
    const event = parseEvent(rawBody);
    const mapped = mapConektaEvent(event, now());
    if (deduplicationSize > 0) {
      if (seenEvents.has(event.id)) return { ...mapped, duplicate: true };
      seenEvents.add(event.id);
      if (seenEvents.size > deduplicationSize) seenEvents.delete(seenEvents.values().next().value as string);
    }
    return mapped;
  };
}

function parseEvent(rawBody: string | Uint8Array) {
  let json: unknown;
  try {
    json = JSON.parse(
      typeof rawBody === 'string' ? rawBody : new TextDecoder('utf-8', { fatal: true }).decode(rawBody),
    );
  } catch (error) {
    throw new WebhookVerificationError({
      provider: conektaProviderId,
      reason: 'malformed-body',
      message: 'the body is not JSON.',
      cause: error,
    });
  }
  const parsed = conektaEventSchema.safeParse(json);
  if (!parsed.success) {
    throw new WebhookVerificationError({
      provider: conektaProviderId,
      reason: 'malformed-body',
      message: 'the body is not a Conekta event (it needs an id and a type).',
    });
  }
  return parsed.data;
}
