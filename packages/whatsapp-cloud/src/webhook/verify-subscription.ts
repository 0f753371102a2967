import { WebhookVerificationError } from '@cobro/core';
import { timingSafeEqual } from '@cobro/core/adapter';

/**
 * Answers Meta's subscription handshake: `GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`. Returns the
 * challenge to echo with status 200 when the token matches.
 *
 * @throws `WebhookVerificationError` when the mode is not `subscribe` or the token does not match (answer 403).
 */
export function verifyWebhookSubscription({
  query,
  verifyToken,
}: {
  /** The query string or its parsed parameters. */
  query: string | URLSearchParams;
  /** The verify token configured in the Meta app. */
  verifyToken: string;
}): string {
  const parameters = typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')) : query;
  const challenge = parameters.get('hub.challenge');
  if (parameters.get('hub.mode') !== 'subscribe' || challenge === null) {
    throw new WebhookVerificationError({
      provider: 'whatsapp-cloud',
      reason: 'malformed-header',
      message: 'not a subscription request',
    });
  }
  if (!timingSafeEqual(parameters.get('hub.verify_token') ?? '', verifyToken)) {
    throw new WebhookVerificationError({
      provider: 'whatsapp-cloud',
      reason: 'bad-signature',
      message: 'the verify token does not match',
    });
  }
  return challenge;
}
