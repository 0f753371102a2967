import { randomUUID, sign } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** A webhook delivery as PayPal would POST it: the exact body and the transmission headers. */
export interface SignedPayPalWebhook {
  /** The body exactly as sent. */
  readonly rawBody: string;
  /** Request headers, lower-case: `content-type` and the five `paypal-*` transmission headers. */
  readonly headers: Record<string, string>;
}

/**
 * Signs a webhook body the way PayPal does: RSA-SHA256 (`SHA256withRSA`) over
 * `<transmission id>|<transmission time>|<webhook id>|<CRC32 of the body, unsigned decimal>`, base64 in
 * `paypal-transmission-sig`, with `paypal-cert-url` pointing at the certificate that verifies it. Pass an object to
 * have it serialised, or a string to sign as is.
 */
export function signPayPalWebhook({
  body,
  webhookId,
  certUrl,
  privateKey,
  transmissionId = randomUUID(),
  transmissionTime = new Date().toISOString(),
}: {
  /** The event (serialised with `JSON.stringify`) or the exact body text. */
  body: unknown;
  /** The webhook id the receiver registered (part of the signed message). */
  webhookId: string;
  /** Where the certificate is served. */
  certUrl: string;
  /** The private key (PEM) matching that certificate. */
  privateKey: string;
  /** Default: a random UUID. */
  transmissionId?: string;
  /** Default: now. */
  transmissionTime?: string;
}): SignedPayPalWebhook {
  const rawBody = typeof body === 'string' ? body : JSON.stringify(body);
  const message = `${transmissionId}|${transmissionTime}|${webhookId}|${crc32(Buffer.from(rawBody, 'utf8')) >>> 0}`;
  const signature = sign('sha256', Buffer.from(message, 'utf8'), privateKey).toString('base64');
  return {
    rawBody,
    headers: {
      'content-type': 'application/json',
      'paypal-transmission-id': transmissionId,
      'paypal-transmission-time': transmissionTime,
      'paypal-transmission-sig': signature,
      'paypal-cert-url': certUrl,
      'paypal-auth-algo': 'SHA256withRSA',
    },
  };
}
