import { WebhookVerificationError } from '@cobro/core';
import { computeHmac, type RawBody, timingSafeEqual, toHex } from '@cobro/core/adapter';

const provider = 'whatsapp-cloud';

/** Reads a header case-insensitively from a plain record. */
export function headerValue(headers: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/**
 * Verifies `X-Hub-Signature-256: sha256=<hex>`: the HMAC-SHA256 of the raw body bytes under the app secret,
 * compared in constant time with WebCrypto (Node ≥ 20 and edge runtimes). Meta signs the bytes it sends, with
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
  const header = headerValue(headers, 'x-hub-signature-256');
  if (header === undefined || header === '') {
    throw new WebhookVerificationError({
      provider,
      reason: 'missing-header',
      message: 'no X-Hub-Signature-256 header',
    });
  }
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match) {
    throw new WebhookVerificationError({
      provider,
      reason: 'malformed-header',
      message: 'X-Hub-Signature-256 must be sha256=<64 hex digits>',
    });
  }
  const expected = toHex(await computeHmac({ secret: appSecret, data: rawBody }));
  if (!timingSafeEqual(expected, (match[1] as string).toLowerCase())) {
    throw new WebhookVerificationError({
      provider,
      reason: 'bad-signature',
      message: 'the signature does not match the raw body',
    });
  }
}
