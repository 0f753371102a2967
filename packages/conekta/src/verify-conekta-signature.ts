import { WebhookVerificationError } from '@cobro/core';
import { type RawBody, toBytes } from '@cobro/core/adapter';
import { conektaProviderId } from './conekta-error';

/**
 * Verifies Conekta's webhook `digest` header on the raw request bytes.
 *
 * Conekta signs the SHA-256 of each notification body with the private half of the company's webhook key
 * (`POST /webhook_keys`) and sends the signature base64-encoded in the `digest` header: RSASSA-PKCS1-v1_5 with
 * SHA-256. The public half (a PEM `-----BEGIN PUBLIC KEY-----` block) verifies it. Verification uses WebCrypto, so it
 * runs in Node ≥ 20 and edge runtimes. Conekta sends no timestamp, so replays are handled by deduplicating event ids.
 *
 * @throws `WebhookVerificationError` `missing-header` when there is no `digest` header, `malformed-header` when it
 * is not base64, `bad-signature` when the signature does not match the body under the key.
 */
export async function verifyConektaSignature({
  rawBody,
  digest,
  publicKey,
}: {
  /** The request body exactly as received. */
  rawBody: RawBody;
  /** The `digest` header value. */
  digest: string | undefined;
  /** The webhook key's public key, PEM (SPKI). */
  publicKey: string | CryptoKey;
}): Promise<void> {
  if (digest === undefined || digest.trim() === '') {
    throw new WebhookVerificationError({
      provider: conektaProviderId,
      reason: 'missing-header',
      message: 'the digest header is missing.',
    });
  }
  const signature = decodeBase64(digest.trim());
  if (signature === undefined) {
    throw new WebhookVerificationError({
      provider: conektaProviderId,
      reason: 'malformed-header',
      message: 'the digest header is not base64.',
    });
  }
  const key = typeof publicKey === 'string' ? await importConektaWebhookPublicKey(publicKey) : publicKey;
  const valid = await subtle().verify(
    'RSASSA-PKCS1-v1_5',
    key,
    toArrayBuffer(signature),
    toArrayBuffer(toBytes(rawBody)),
  );
  if (!valid) {
    throw new WebhookVerificationError({
      provider: conektaProviderId,
      reason: 'bad-signature',
      message: 'the digest does not match the body under the webhook public key.',
    });
  }
}

/**
 * Imports a Conekta webhook public key (PEM, as returned by `POST /webhook_keys`) for RSASSA-PKCS1-v1_5/SHA-256
 * verification. Literal `\n` escapes (as the key appears in JSON or a one-line environment variable) are accepted.
 *
 * @throws `WebhookVerificationError` `untrusted-certificate` when the text is not an RSA public key.
 */
export async function importConektaWebhookPublicKey(pem: string): Promise<CryptoKey> {
  const body = pem
    .replace(/\\n/g, '\n')
    .replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '')
    .replace(/\s+/g, '');
  const der = decodeBase64(body);
  try {
    if (der === undefined || der.length === 0) throw new Error('not base64');
    return await subtle().importKey('spki', toArrayBuffer(der), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, [
      'verify',
    ]);
  } catch (error) {
    throw new WebhookVerificationError({
      provider: conektaProviderId,
      reason: 'untrusted-certificate',
      message: 'the configured webhook public key is not a PEM RSA public key (-----BEGIN PUBLIC KEY-----).',
      cause: error,
    });
  }
}

function decodeBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) && !/^[A-Za-z0-9_-]+={0,2}$/.test(text)) return undefined;
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard.padEnd(Math.ceil(standard.length / 4) * 4, '=');
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}

function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle) throw new Error('WebCrypto (globalThis.crypto.subtle) is not available in this runtime.');
  return crypto.subtle;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
