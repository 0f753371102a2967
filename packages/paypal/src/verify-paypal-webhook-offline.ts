import { verify } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { WebhookVerificationError } from '@cobro/core';
import { type RawBody, toBytes } from '@cobro/core/adapter';
import { checkPayPalCertificateURL, type PayPalCertificateStore } from './paypal-certificate-store';
import { payPalProviderId } from './paypal-error';
import type { PayPalTransmission } from './paypal-webhook-headers';

const digestByAlgorithm: Readonly<Record<string, string>> = {
  SHA256withRSA: 'sha256',
  SHA384withRSA: 'sha384',
  SHA512withRSA: 'sha512',
};

/**
 * The message PayPal signs: `<transmission id>|<transmission time>|<webhook id>|<CRC32 of the raw body as an
 * unsigned decimal>` (PayPal's webhook docs; `crc32.unsigned` in PayPal-node-SDK).
 */
export function payPalSignedMessage({
  transmissionId,
  transmissionTime,
  webhookId,
  rawBody,
}: {
  /** `paypal-transmission-id`. */
  transmissionId: string;
  /** `paypal-transmission-time`. */
  transmissionTime: string;
  /** The id of the webhook subscription the app registered. */
  webhookId: string;
  /** The body exactly as received. */
  rawBody: RawBody;
}): string {
  return `${transmissionId}|${transmissionTime}|${webhookId}|${crc32(toBytes(rawBody)) >>> 0}`;
}

/**
 * Verifies a delivery offline, as PayPal recommends: checks the certificate URL against the allowed hosts before
 * fetching anything, gets the certificate (cached by URL), and checks `paypal-transmission-sig` (RSA, the digest
 * named by `paypal-auth-algo`) over {@link payPalSignedMessage}.
 *
 * @throws `WebhookVerificationError`: `untrusted-certificate` (URL or certificate), `malformed-header` (algorithm or
 * base64), `bad-signature`.
 */
export async function verifyPayPalWebhookOffline({
  rawBody,
  transmission,
  webhookId,
  certificates,
  allowedHosts,
}: {
  /** The body exactly as received. */
  rawBody: RawBody;
  /** The transmission headers. */
  transmission: PayPalTransmission;
  /** The webhook id the app registered with PayPal. */
  webhookId: string;
  /** The certificate cache. */
  certificates: PayPalCertificateStore;
  /** Hosts the certificate may come from. */
  allowedHosts: readonly string[];
}): Promise<void> {
  const url = checkPayPalCertificateURL(transmission.certUrl, allowedHosts);
  const digest = digestByAlgorithm[transmission.authAlgo];
  if (!digest) {
    throw new WebhookVerificationError({
      provider: payPalProviderId,
      reason: 'malformed-header',
      message: `the paypal-auth-algo ${transmission.authAlgo.slice(0, 40)} is not one PayPal uses.`,
    });
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(transmission.transmissionSig)) {
    throw new WebhookVerificationError({
      provider: payPalProviderId,
      reason: 'malformed-header',
      message: 'the paypal-transmission-sig header is not base64.',
    });
  }
  const key = await certificates.publicKey(url);
  const message = payPalSignedMessage({
    transmissionId: transmission.transmissionId,
    transmissionTime: transmission.transmissionTime,
    webhookId,
    rawBody,
  });
  const valid = verify(digest, Buffer.from(message, 'utf8'), key, Buffer.from(transmission.transmissionSig, 'base64'));
  if (!valid) {
    throw new WebhookVerificationError({
      provider: payPalProviderId,
      reason: 'bad-signature',
      message: 'the signature does not match the body, the transmission headers and the webhook id.',
    });
  }
}
