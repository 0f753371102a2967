import { createHmac } from 'node:crypto';

/** A webhook delivery as Stripe would POST it: the exact body bytes and the headers, `stripe-signature` included. */
export interface SignedStripeWebhook {
  /** The body exactly as sent. */
  readonly rawBody: string;
  /** Request headers, lower-case: `content-type` and `stripe-signature`. */
  readonly headers: Record<string, string>;
}

/**
 * Signs a webhook body the way Stripe does: `Stripe-Signature: t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">`, one
 * `v1` per secret (Stripe sends two while an endpoint secret is being rolled). Pass an object to have it serialised
 * compactly, or a string to sign as is.
 */
export function signStripeWebhook({
  body,
  secrets,
  timestampSeconds,
}: {
  /** The event (serialised with `JSON.stringify`) or the exact body text. */
  body: unknown;
  /** The endpoint secret(s), `whsec_…`. */
  secrets: string | readonly string[];
  /** The signed timestamp, epoch seconds. */
  timestampSeconds: number;
}): SignedStripeWebhook {
  const rawBody = typeof body === 'string' ? body : JSON.stringify(body);
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  const signatures = list.map(
    (secret) => `v1=${createHmac('sha256', secret).update(`${timestampSeconds}.${rawBody}`, 'utf8').digest('hex')}`,
  );
  return {
    rawBody,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'stripe-signature': [`t=${timestampSeconds}`, ...signatures].join(','),
    },
  };
}
