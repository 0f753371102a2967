import { WebhookVerificationError } from '@cobro/core';
import type { RawBody } from '@cobro/core/adapter';
import { hmacSha256, hmacSha256Sync } from './hmac-sha256';

const provider = 'whatsapp-cloud';

/** Reads a header case-insensitively from a plain record. */
export function headerValue(headers: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  // Most frameworks hand headers over lower-cased: a direct hit avoids walking them all.
  if (Object.hasOwn(headers, wanted) && headers[wanted] !== undefined) return headers[wanted];
  for (const key of Object.keys(headers)) if (key.toLowerCase() === wanted) return headers[key];
  return undefined;
}

const hexValue = (code: number) =>
  code >= 48 && code <= 57
    ? code - 48
    : code >= 97 && code <= 102
      ? code - 87
      : code >= 65 && code <= 70
        ? code - 55
        : -1;

/** The 32 bytes of `sha256=<64 hex digits>` (surrounding spaces allowed, hex in either case), or `undefined`. */
function signatureBytes(header: string): Uint8Array | undefined {
  const value = header.trim();
  if (value.length !== 71 || value.slice(0, 7).toLowerCase() !== 'sha256=') return undefined;
  const bytes = new Uint8Array(32);
  for (let index = 0; index < 32; index++) {
    const high = hexValue(value.charCodeAt(7 + index * 2));
    const low = hexValue(value.charCodeAt(8 + index * 2));
    if (high < 0 || low < 0) return undefined;
    bytes[index] = (high << 4) | low;
  }
  return bytes;
}

/** Reads the signature header, or throws the refusal that names what is wrong with it. */
function expectedSignature(headers: Readonly<Record<string, string | undefined>>): Uint8Array {
  const header = headerValue(headers, 'x-hub-signature-256');
  if (header === undefined || header === '') {
    throw new WebhookVerificationError({
      provider,
      reason: 'missing-header',
      message: 'no X-Hub-Signature-256 header',
    });
  }
  const signature = signatureBytes(header);
  if (!signature) {
    throw new WebhookVerificationError({
      provider,
      reason: 'malformed-header',
      message: 'X-Hub-Signature-256 must be sha256=<64 hex digits>',
    });
  }
  return signature;
}

/** Compares two 32-byte MACs in constant time: the time taken does not depend on where they differ. */
function checkMac(mac: Uint8Array, signature: Uint8Array): void {
  let difference = mac.length ^ signature.length;
  for (let index = 0; index < signature.length; index++) difference |= (mac[index] ?? 0) ^ (signature[index] as number);
  if (difference !== 0) {
    throw new WebhookVerificationError({
      provider,
      reason: 'bad-signature',
      message: 'the signature does not match the raw body',
    });
  }
}

/**
 * The synchronous twin of {@link verifyWhatsAppSignature}, for runtimes with `node:crypto`: returns `false` when the
 * runtime has none (then verify with the async function), throws as it does on a bad signature.
 *
 * @internal
 */
export function verifyWhatsAppSignatureSync(
  appSecret: string,
  rawBody: RawBody,
  headers: Readonly<Record<string, string | undefined>>,
): boolean {
  const signature = expectedSignature(headers);
  const mac = hmacSha256Sync(appSecret, rawBody);
  if (!mac) return false;
  checkMac(mac, signature);
  return true;
}

/**
 * Verifies `X-Hub-Signature-256: sha256=<hex>`: the HMAC-SHA256 of the raw body bytes under the app secret,
 * compared in constant time (Node's own HMAC on Node, WebCrypto on edge runtimes). Meta signs the bytes it sends, with
 * escaped unicode and escaped slashes, so a parsed and re-serialised body fails: pass the body untouched.
 *
 * @throws `WebhookVerificationError` for a missing or malformed header or a signature that does not match.
 */
export async function verifyWhatsAppSignature({
  appSecret,
  rawBody,
  headers,
}: {
  /** The Meta app's secret. */
  appSecret: string;
  /** The body exactly as received. */
  rawBody: RawBody;
  /** The request's headers. */
  headers: Readonly<Record<string, string | undefined>>;
}): Promise<void> {
  const signature = expectedSignature(headers);
  checkMac(await hmacSha256(appSecret, rawBody), signature);
}
