import { generateKeyPairSync, sign } from 'node:crypto';

/** An RSA key pair in PEM, as Conekta's webhook keys are: Conekta keeps the private half, the app gets the public one. */
export interface ConektaWebhookKeyPair {
  /** `-----BEGIN PUBLIC KEY-----` (SPKI), what `POST /webhook_keys` returns as `public_key`. */
  readonly publicKey: string;
  /** `-----BEGIN PRIVATE KEY-----` (PKCS#8), the half only Conekta (or this emulator) holds. */
  readonly privateKey: string;
}

/** A webhook delivery as Conekta would POST it: the exact body bytes and the headers, `digest` included. */
export interface SignedConektaWebhook {
  /** The body exactly as sent. */
  readonly rawBody: string;
  /** Request headers, lower-case: `content-type` and `digest`. */
  readonly headers: Record<string, string>;
}

/** Generates a fresh 2048-bit RSA webhook key pair for tests. */
export function generateConektaWebhookKeyPair(): ConektaWebhookKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey, privateKey };
}

/**
 * Signs a webhook body the way Conekta does: RSASSA-PKCS1-v1_5 over the SHA-256 of the UTF-8 body with the webhook
 * key's private half, base64 in the `digest` header. Pass an object to have it serialised, or a string to sign as is.
 */
export function signConektaWebhook({
  body,
  privateKey,
}: {
  /** The event (serialised with `JSON.stringify`) or the exact body text. */
  body: unknown;
  /** The webhook key's private half, PEM. */
  privateKey: string;
}): SignedConektaWebhook {
  const rawBody = typeof body === 'string' ? body : JSON.stringify(body);
  const digest = sign('sha256', Buffer.from(rawBody, 'utf8'), privateKey).toString('base64');
  return { rawBody, headers: { 'content-type': 'application/json', digest } };
}
