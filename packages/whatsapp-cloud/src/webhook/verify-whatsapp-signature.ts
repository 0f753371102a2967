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

const isHexDigit = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);

/**
 * `sha256=<64 hex digits>` (surrounding spaces allowed, hex in either case, the prefix in any case) trimmed, or
 * `undefined`. Checked in place: the MAC is later compared against these digits where they stand.
 */
function signatureHex(header: string): string | undefined {
  const value = header.trim();
  if (value.length !== 71) return undefined;
  // `sha256=`, letters in either case (| 32 lower-cases an ASCII letter and leaves digits and `=` alone).
  if (
    (value.charCodeAt(0) | 32) !== 115 ||
    (value.charCodeAt(1) | 32) !== 104 ||
    (value.charCodeAt(2) | 32) !== 97 ||
    value.charCodeAt(3) !== 50 ||
    value.charCodeAt(4) !== 53 ||
    value.charCodeAt(5) !== 54 ||
    value.charCodeAt(6) !== 61
  ) {
    return undefined;
  }
  for (let index = 7; index < 71; index++) if (!isHexDigit(value.charCodeAt(index))) return undefined;
  return value;
}

/** Reads the signature header, or throws the refusal that names what is wrong with it. */
function expectedSignature(headers: Readonly<Record<string, string | undefined>>): string {
  const header = headerValue(headers, 'x-hub-signature-256');
  if (header === undefined || header === '') {
    throw new WebhookVerificationError({
      provider,
      reason: 'missing-header',
      message: 'no X-Hub-Signature-256 header',
    });
  }
  const signature = signatureHex(header);
  if (signature === undefined) {
    throw new WebhookVerificationError({
      provider,
      reason: 'malformed-header',
      message: 'X-Hub-Signature-256 must be sha256=<64 hex digits>',
    });
  }
  return signature;
}

/**
 * Compares a 32-byte MAC with the header's hex digits (checked by {@link signatureHex}) in constant time: every byte
 * is compared, whatever differs first, and no decoded copy of the header is made.
 */
function checkMac(mac: Uint8Array, signature: string): void {
  let difference = mac.length ^ 32;
  for (let index = 0; index < 32; index++) {
    const high = signature.charCodeAt(7 + index * 2);
    const low = signature.charCodeAt(8 + index * 2);
    // A hex digit's value: '0'–'9' are 0x30–0x39, 'a'–'f' 0x61–0x66, 'A'–'F' 0x41–0x46.
    const byte = (((high & 15) + 9 * (high >> 6)) << 4) | ((low & 15) + 9 * (low >> 6));
    difference |= (mac[index] as number) ^ byte;
  }
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
