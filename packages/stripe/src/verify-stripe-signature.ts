import { WebhookVerificationError } from '@cobro/core';
import { computeHmac, nodeHmac, type RawBody, toBytes } from '@cobro/core/adapter';
import { stripeProviderId } from './stripe-provider-id';

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
 * The same check in one synchronous step with Node's native HMAC (what stripe-node's `constructEvent` does);
 * `undefined` where there is no `node:crypto`, so the caller falls back to WebCrypto.
 */
export function verifyStripeSignatureOnNode(options: VerifyStripeSignatureOptions): number | undefined {
  return checkStripeSignatureOnNode(
    options.header,
    options.rawBody,
    options.secrets,
    options.toleranceSeconds,
    options.nowMs,
  );
}

/**
 * {@link verifyStripeSignatureOnNode} with its options as arguments, for the webhook parser: on the hot path of every
 * delivery, where an options object per call is one allocation more than stripe-node makes.
 *
 * @internal
 */
export function checkStripeSignatureOnNode(
  header: string | undefined,
  rawBody: RawBody,
  secrets: readonly string[],
  toleranceSeconds: number,
  nowMs: number,
): number | undefined {
  const signatures = parseHeader(header);
  const timestamp = signatures.timestamp;
  // Hashed in two parts: joining a body of a few KB to its prefix would copy it for nothing.
  const data = [`${timestamp}.`, typeof rawBody === 'string' ? rawBody : toBytes(rawBody)];
  let matched = false;
  for (const secret of secrets) {
    const mac = nodeHmac({ secret, data });
    if (mac === undefined) return undefined;
    // Every secret is tried, whichever matched, so timing reveals nothing about which one did.
    matched = macMatches(mac, signatures) || matched;
  }
  return settle(matched, timestamp, toleranceSeconds, nowMs);
}

/** The same check with WebCrypto, for runtimes without `node:crypto` (edge); exported for its tests. */
export async function verifyStripeSignatureWithWebCrypto(options: VerifyStripeSignatureOptions): Promise<number> {
  const signatures = parseHeader(options.header);
  const timestamp = signatures.timestamp;
  const data =
    typeof options.rawBody === 'string'
      ? `${timestamp}.${options.rawBody}`
      : prefixed(`${timestamp}.`, toBytes(options.rawBody));
  let matched = false;
  for (const secret of options.secrets) {
    matched = macMatches(await computeHmac({ secret, data }), signatures) || matched;
  }
  return settle(matched, timestamp, options.toleranceSeconds, options.nowMs);
}

/** The timestamp of a `Stripe-Signature` header and where its well-formed `v1` values start. */
interface ParsedHeader {
  readonly header: string;
  readonly timestamp: number;
  /** Offsets in `header` of each `v1` value, 64 lower-case hex digits each. */
  readonly offsets: readonly number[];
}

// Parsed as stripe-node parses it (split on `,` then `=`, keys compared exactly, the last `t` wins), but stricter:
// no spaces, no upper-case hex, a timestamp of 1 to 12 digits only. Stripe itself never sends anything else. Read in
// place by offsets: splitting and matching regular expressions allocated more than the rest of the check.
function parseHeader(header: string | undefined): ParsedHeader {
  if (header === undefined || header.trim() === '')
    throw refuse('missing-header', 'the Stripe-Signature header is missing.');
  let timestamp: number | undefined;
  const offsets: number[] = [];
  const length = header.length;
  for (let start = 0; start <= length; ) {
    let comma = header.indexOf(',', start);
    if (comma < 0) comma = length;
    const separator = header.indexOf('=', start);
    if (separator >= 0 && separator < comma) {
      // The value ends at the part's second `=`, if any, as `split('=')[1]` would have it.
      let end = header.indexOf('=', separator + 1);
      if (end < 0 || end > comma) end = comma;
      const keyLength = separator - start;
      if (keyLength === 1 && header.charCodeAt(start) === 116 /* t */) {
        timestamp = readDigits(header, separator + 1, end);
      } else if (
        keyLength === 2 &&
        header.charCodeAt(start) === 118 /* v */ &&
        header.charCodeAt(start + 1) === 49 /* 1 */ &&
        end - separator - 1 === 64 &&
        isLowerHex(header, separator + 1, end)
      ) {
        offsets.push(separator + 1);
      }
    }
    start = comma + 1;
  }
  if (Number.isNaN(timestamp)) throw refuse('malformed-header', 'the Stripe-Signature timestamp (t=) is not digits.');
  if (timestamp === undefined) throw refuse('malformed-header', 'the Stripe-Signature header has no timestamp (t=).');
  if (offsets.length === 0) throw refuse('malformed-header', 'the Stripe-Signature header has no v1 signature.');
  return { header, timestamp, offsets };
}

/** The number written by 1 to 12 ASCII digits from `start` to `end`, or `NaN`. */
function readDigits(text: string, start: number, end: number): number {
  if (end <= start || end - start > 12) return Number.NaN;
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

function isLowerHex(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102))) return false;
  }
  return true;
}

/**
 * Whether `mac` is any of the header's `v1` values, compared as bytes against the hex where it stands (no hex string
 * of the MAC, no decoded copy of the header): every byte of every entry is compared, whatever differs first, so the
 * time taken says nothing about a near miss.
 */
function macMatches(mac: Uint8Array, { header, offsets }: ParsedHeader): boolean {
  let matched = false;
  for (const offset of offsets) {
    let difference = mac.length ^ 32;
    for (let index = 0; index < 32; index++) {
      const high = header.charCodeAt(offset + index * 2);
      const low = header.charCodeAt(offset + index * 2 + 1);
      // Lower-case hex only (checked when parsed): '0'–'9' are 48–57, 'a'–'f' 97–102.
      const byte = (((high & 15) + 9 * (high >> 6)) << 4) | ((low & 15) + 9 * (low >> 6));
      difference |= (mac[index] as number) ^ byte;
    }
    matched = difference === 0 || matched;
  }
  return matched;
}

function settle(matched: boolean, timestamp: number, toleranceSeconds: number, nowMs: number): number {
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
