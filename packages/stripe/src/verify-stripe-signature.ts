import { WebhookVerificationError } from '@cobro/core';
import { computeHmac, nodeHmacMatchesHex, type RawBody, timingSafeEqual, toBytes, toHex } from '@cobro/core/adapter';
import { stripeProviderId } from './stripe-provider-id';

const lowerHex64 = /^[0-9a-f]{64}$/;
const digits = /^\d{1,12}$/;

const refuse = (reason: 'missing-header' | 'malformed-header' | 'bad-signature' | 'expired', message: string) =>
  new WebhookVerificationError({ provider: stripeProviderId, reason, message });

/** Options of {@link verifyStripeSignature}. */
export interface VerifyStripeSignatureOptions {
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
}

/**
 * Verifies a `Stripe-Signature` header (`t=<unix seconds>,v1=<hex>[,v1=<hex>…]`) on the raw body bytes, as
 * Stripe's own libraries do, parsing the header no more leniently than stripe-node (a space or upper-case hex never
 * matches): the HMAC-SHA256 of `${t}.${rawBody}` under each secret is compared in constant time with
 * every `v1` entry (several during Stripe's secret roll; several secrets during yours), and the timestamp must be
 * at most `toleranceSeconds` old. The tolerance is one-sided like Stripe's: only old deliveries are refused. `v0`
 * and unknown schemes are ignored.
 *
 * @returns the signed timestamp, in epoch seconds
 * @throws `WebhookVerificationError` `missing-header`, `malformed-header`, `bad-signature` or `expired`.
 */
export async function verifyStripeSignature(options: VerifyStripeSignatureOptions): Promise<number> {
  return verifyStripeSignatureOnNode(options) ?? verifyStripeSignatureWithWebCrypto(options);
}

/**
 * The same check in one synchronous step with Node's native HMAC and comparison (what stripe-node's
 * `constructEvent` does); `undefined` where there is no `node:crypto`, so the caller falls back to WebCrypto.
 */
export function verifyStripeSignatureOnNode(options: VerifyStripeSignatureOptions): number | undefined {
  const { timestamp, signatures } = parseHeader(options.header);
  // Hashed in two parts: joining a body of a few KB to its prefix would copy it for nothing.
  const data = [`${timestamp}.`, typeof options.rawBody === 'string' ? options.rawBody : toBytes(options.rawBody)];
  let matched = false;
  for (const secret of options.secrets) {
    const found = nodeHmacMatchesHex({ secret, data, signaturesHex: signatures });
    if (found === undefined) return undefined;
    // Every secret is tried, whichever matched, so timing reveals nothing about which one did.
    matched = found || matched;
  }
  return settle(matched, timestamp, options);
}

/** The same check with WebCrypto, for runtimes without `node:crypto` (edge); exported for its tests. */
export async function verifyStripeSignatureWithWebCrypto(options: VerifyStripeSignatureOptions): Promise<number> {
  const { timestamp, signatures } = parseHeader(options.header);
  const data =
    typeof options.rawBody === 'string'
      ? `${timestamp}.${options.rawBody}`
      : prefixed(`${timestamp}.`, toBytes(options.rawBody));
  let matched = false;
  for (const secret of options.secrets) {
    const expected = toHex(await computeHmac({ secret, data }));
    for (const signature of signatures) matched = timingSafeEqual(expected, signature) || matched;
  }
  return settle(matched, timestamp, options);
}

// Parsed as stripe-node parses it (split on `,` then `=`, keys compared exactly, the last `t` wins), but stricter:
// no spaces, no upper-case hex, a timestamp of digits only. Stripe itself never sends anything else.
function parseHeader(header: string | undefined): { timestamp: number; signatures: string[] } {
  if (header === undefined || header.trim() === '')
    throw refuse('missing-header', 'the Stripe-Signature header is missing.');
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    const key = part.slice(0, separator);
    const end = part.indexOf('=', separator + 1);
    const value = part.slice(separator + 1, end < 0 ? undefined : end);
    if (key === 't') timestamp = digits.test(value) ? Number(value) : Number.NaN;
    else if (key === 'v1' && lowerHex64.test(value)) signatures.push(value);
  }
  if (Number.isNaN(timestamp)) throw refuse('malformed-header', 'the Stripe-Signature timestamp (t=) is not digits.');
  if (timestamp === undefined) throw refuse('malformed-header', 'the Stripe-Signature header has no timestamp (t=).');
  if (signatures.length === 0) throw refuse('malformed-header', 'the Stripe-Signature header has no v1 signature.');
  return { timestamp, signatures };
}

function settle(
  matched: boolean,
  timestamp: number,
  { toleranceSeconds, nowMs }: VerifyStripeSignatureOptions,
): number {
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
