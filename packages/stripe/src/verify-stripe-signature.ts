import { WebhookVerificationError } from '@cobro/core';
import { computeHmac, type RawBody, timingSafeEqual, toBytes, toHex } from '@cobro/core/adapter';
import { stripeProviderId } from './stripe-provider-id';

const refuse = (reason: 'missing-header' | 'malformed-header' | 'bad-signature' | 'expired', message: string) =>
  new WebhookVerificationError({ provider: stripeProviderId, reason, message });

/**
 * Verifies a `Stripe-Signature` header (`t=<unix seconds>,v1=<hex>[,v1=<hex>…]`) on the raw body bytes, as
 * Stripe's own libraries do: the HMAC-SHA256 of `${t}.${rawBody}` under each secret is compared in constant time with
 * every `v1` entry (several during Stripe's secret roll; several secrets during yours), and the timestamp must be
 * at most `toleranceSeconds` old. The tolerance is one-sided like Stripe's: only old deliveries are refused. `v0`
 * and unknown schemes are ignored.
 *
 * @returns the signed timestamp, in epoch seconds
 * @throws `WebhookVerificationError` `missing-header`, `malformed-header`, `bad-signature` or `expired`.
 */
export async function verifyStripeSignature({
  rawBody,
  header,
  secrets,
  toleranceSeconds,
  nowMs,
}: {
  /** The request body exactly as received. */
  rawBody: RawBody;
  /** The `Stripe-Signature` header value. */
  header: string | undefined;
  /** The endpoint secrets (`whsec_…`) to accept; any one may match. */
  secrets: readonly string[];
  /** Oldest accepted timestamp age. 0 turns the age check off. */
  toleranceSeconds: number;
  /** The current time in epoch milliseconds. */
  nowMs: number;
}): Promise<number> {
  if (header === undefined || header.trim() === '')
    throw refuse('missing-header', 'the Stripe-Signature header is missing.');
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === undefined) throw refuse('malformed-header', 'the Stripe-Signature header has no timestamp (t=).');
  if (signatures.length === 0) throw refuse('malformed-header', 'the Stripe-Signature header has no v1 signature.');
  const signed = typeof rawBody === 'string' ? `${timestamp}.${rawBody}` : prefixed(`${timestamp}.`, toBytes(rawBody));
  let matched = false;
  for (const secret of secrets) {
    const expected = toHex(await computeHmac({ secret, data: signed }));
    // Compare against every entry without stopping early, so timing reveals nothing about which one matched.
    for (const signature of signatures) matched = timingSafeEqual(expected, signature) || matched;
  }
  if (!matched) throw refuse('bad-signature', 'no v1 signature matches the body under the configured secrets.');
  if (toleranceSeconds > 0 && nowMs / 1000 - timestamp > toleranceSeconds) {
    throw refuse('expired', `the signed timestamp is older than ${toleranceSeconds} seconds.`);
  }
  return timestamp;
}

/** `prefix` and `bytes` as one byte string: what Stripe signs is the timestamp, a dot, then the raw body. */
function prefixed(prefix: string, bytes: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(prefix);
  const signed = new Uint8Array(head.length + bytes.length);
  signed.set(head, 0);
  signed.set(bytes, head.length);
  return signed;
}
