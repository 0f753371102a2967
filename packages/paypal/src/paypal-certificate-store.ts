import { createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import { ApiCallError, WebhookVerificationError } from '@cobro/core';
import { payPalProviderId } from './paypal-error';

/** The hosts PayPal serves webhook signing certificates from (`paypal-cert-url`), live and sandbox. */
export const payPalCertificateHosts: readonly string[] = [
  'api.paypal.com',
  'api-m.paypal.com',
  'api.sandbox.paypal.com',
  'api-m.sandbox.paypal.com',
];

const loopbackHostnames = new Set(['127.0.0.1', 'localhost', '[::1]']);
const certificatePath = /^\/v1\/notifications\/certs\/[A-Za-z0-9-]{1,200}$/;
// Refusals are remembered so a forger cannot make every delivery cost a download; bounded so they cannot fill memory.
const maxCachedURLs = 1_000;

/**
 * Checks a `paypal-cert-url` before anything is fetched: it must be `https` on one of `allowedHosts` (default
 * {@link payPalCertificateHosts}, matched exactly, port included when given), at a PayPal certificate path
 * (`/v1/notifications/certs/<id>`, no query). A loopback host that a test put in
 * its own allowlist may use `http`, since the emulator has no TLS; the default list has no loopback host.
 *
 * @throws `WebhookVerificationError` `untrusted-certificate` for any other URL.
 */
export function checkPayPalCertificateURL(certUrl: string, allowedHosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(certUrl);
  } catch {
    throw untrusted('the paypal-cert-url header is not a URL.');
  }
  if (!allowedHosts.includes(url.host) || url.username !== '' || url.password !== '') {
    throw untrusted(`the certificate host ${url.host.slice(0, 100)} is not one of PayPal's.`);
  }
  const plainHttpAllowed = url.protocol === 'http:' && loopbackHostnames.has(url.hostname);
  if (url.protocol !== 'https:' && !plainHttpAllowed) throw untrusted('the certificate URL is not https.');
  // PayPal serves its signing certificates at /v1/notifications/certs/CERT-…; nothing else is worth a download.
  if (!certificatePath.test(url.pathname) || url.search !== '' || url.hash !== '') {
    throw untrusted('the certificate URL is not a PayPal certificate path.');
  }
  return url;
}

/** Fetches and caches PayPal signing certificates by URL. */
export interface PayPalCertificateStore {
  /** The public key of the (valid, unexpired) certificate at `url`, fetched once per URL. */
  publicKey(url: URL): Promise<KeyObject>;
}

/**
 * Creates the certificate cache. Each URL is fetched once (concurrent callers share the download) and kept while the
 * certificate is within its validity period. A URL PayPal answers 4xx for, or whose body is no certificate, is
 * remembered as refused (401, never fetched again); a download that failed for an outage is not cached. The certificate chain is not walked to a
 * root: like PayPal's own SDKs, trust comes from fetching over https from PayPal's hosts only.
 */
export function createPayPalCertificateStore({
  fetchCertificate,
  clock,
}: {
  /** Downloads the PEM at a URL that passed {@link checkPayPalCertificateURL}. */
  fetchCertificate: (url: string) => Promise<string>;
  /** The current time, for the validity check. */
  clock: () => Date;
}): PayPalCertificateStore {
  const cache = new Map<string, Promise<{ key: KeyObject; validTo: number; validFrom: number }>>();
  return {
    async publicKey(url) {
      const href = url.href;
      let entry = cache.get(href);
      if (!entry) {
        if (cache.size >= maxCachedURLs) cache.delete(cache.keys().next().value as string);
        entry = load(fetchCertificate, href);
        cache.set(href, entry);
        // A refused URL stays refused; an outage (network, 5xx) is tried again on the next delivery.
        entry.catch((error: unknown) => {
          if (!WebhookVerificationError.isInstance(error)) cache.delete(href);
        });
      }
      const { key, validFrom, validTo } = await entry;
      const now = clock().getTime();
      if (now < validFrom || now > validTo) {
        cache.delete(href);
        throw untrusted('the signing certificate is expired or not yet valid.');
      }
      return key;
    },
  };
}

async function load(fetchCertificate: (url: string) => Promise<string>, href: string) {
  let pem: string;
  try {
    pem = await fetchCertificate(href);
  } catch (error) {
    if (WebhookVerificationError.isInstance(error)) throw error;
    const refused = ApiCallError.isInstance(error) && (error.statusCode ?? 0) >= 400 && (error.statusCode ?? 0) < 500;
    if (refused) throw untrusted(`the certificate URL answered HTTP ${error.statusCode}.`, error);
    if (ApiCallError.isInstance(error)) throw error;
    // A download that failed is PayPal's or the network's problem, not a forged delivery: retryable, answer 5xx.
    throw new ApiCallError({
      provider: payPalProviderId,
      kind: 'unavailable',
      message: 'PayPal webhook: the signing certificate could not be downloaded.',
      cause: error,
    });
  }
  try {
    const certificate = new X509Certificate(pem);
    return {
      key: createPublicKey(certificate.publicKey.export({ type: 'spki', format: 'pem' })),
      validFrom: Date.parse(certificate.validFrom),
      validTo: Date.parse(certificate.validTo),
    };
  } catch (error) {
    throw untrusted('the certificate URL did not return a PEM X.509 certificate.', error);
  }
}

function untrusted(message: string, cause?: unknown): WebhookVerificationError {
  return new WebhookVerificationError({ provider: payPalProviderId, reason: 'untrusted-certificate', message, cause });
}
