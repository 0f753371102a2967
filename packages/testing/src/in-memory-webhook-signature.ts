import { WebhookVerificationError } from '@cobro/core';
import { computeHmac, type RawBody, toBytes, toHex, verifyHmacHex } from '@cobro/core/adapter';

/** The header the in-memory provider signs its webhooks in: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const inMemorySignatureHeader = 'x-cobro-signature';

const encoder = new TextEncoder();

/** `<t>.` followed by the body's exact bytes: what the HMAC covers (never a decoded or re-encoded string). */
function signedPayload(timestamp: number, rawBody: RawBody): Uint8Array {
  const prefix = encoder.encode(`${timestamp}.`);
  const body = toBytes(rawBody);
  const payload = new Uint8Array(prefix.length + body.length);
  payload.set(prefix);
  payload.set(body, prefix.length);
  return payload;
}

/** The signature header value for `rawBody` signed at `timestamp` (unix seconds) with `secret`. */
export async function signInMemoryWebhook(secret: string, timestamp: number, rawBody: string): Promise<string> {
  const mac = await computeHmac({ secret, data: signedPayload(timestamp, rawBody) });
  return `t=${timestamp},v1=${toHex(mac)}`;
}

/**
 * Checks the signature header against the raw bytes, then the timestamp against `nowSeconds ± toleranceSeconds`,
 * and only then decodes the body as UTF-8 text for parsing.
 *
 * @throws WebhookVerificationError with reason `missing-header`, `malformed-header`, `bad-signature` or `expired`.
 */
export async function verifyInMemoryWebhook({
  provider,
  secret,
  rawBody,
  headers,
  nowSeconds,
  toleranceSeconds,
}: {
  provider: string;
  secret: string;
  rawBody: RawBody;
  headers: Readonly<Record<string, string | undefined>>;
  nowSeconds: number;
  toleranceSeconds: number;
}): Promise<string> {
  const header = inMemorySignatureHeader;
  const signature = Object.entries(headers).find(([name]) => name.toLowerCase() === header)?.[1];
  if (!signature)
    throw new WebhookVerificationError({ provider, reason: 'missing-header', message: `no ${header} header` });
  const parts = new Map(signature.split(',').map((part) => part.trim().split('=', 2) as [string, string | undefined]));
  const t = parts.get('t');
  const v1 = parts.get('v1');
  const timestamp = Number(t);
  if (!t || !v1 || !Number.isSafeInteger(timestamp)) {
    throw new WebhookVerificationError({
      provider,
      reason: 'malformed-header',
      message: `${header} must be t=<unix>,v1=<hex>`,
    });
  }
  if (!(await verifyHmacHex({ secret, data: signedPayload(timestamp, rawBody), signatureHex: v1 }))) {
    throw new WebhookVerificationError({
      provider,
      reason: 'bad-signature',
      message: 'the signature does not match the body',
    });
  }
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    throw new WebhookVerificationError({
      provider,
      reason: 'expired',
      message: `signed more than ${toleranceSeconds} s away from now`,
    });
  }
  return new TextDecoder().decode(toBytes(rawBody));
}
