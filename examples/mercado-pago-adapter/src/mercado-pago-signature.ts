import { WebhookVerificationError } from '@cobro/core';
import { computeHmac, timingSafeEqual, toHex } from '@cobro/core/adapter';

const provider = 'mercadopago';

/** The parts of an `x-signature` header, `ts=1704908010,v1=618c8534…`. */
export interface MercadoPagoSignatureHeader {
  /** The timestamp Mercado Pago signed, as sent. */
  readonly ts: string;
  /** The hex HMAC-SHA256. */
  readonly v1: string;
}

/**
 * Splits `x-signature` into `ts` and `v1`. Mercado Pago sends comma-separated `key=value` pairs; order is not
 * guaranteed, so each pair is read by name.
 *
 * @throws `WebhookVerificationError` (`malformed-header`) when either part is missing or malformed.
 */
export function parseSignatureHeader(header: string): MercadoPagoSignatureHeader {
  const parts = new Map(
    header.split(',').map((pair) => {
      const [key = '', ...value] = pair.split('=');
      return [key.trim(), value.join('=').trim()] as const;
    }),
  );
  const ts = parts.get('ts') ?? '';
  const v1 = parts.get('v1') ?? '';
  if (!/^\d{1,13}$/.test(ts) || !/^[0-9a-fA-F]{64}$/.test(v1)) {
    throw new WebhookVerificationError({
      provider,
      reason: 'malformed-header',
      message: 'x-signature needs ts and v1',
    });
  }
  return { ts, v1 };
}

/**
 * The manifest Mercado Pago signs, exactly as its docs give the template
 * `id:[data.id_url];request-id:[x-request-id_header];ts:[ts_header];` — an alphanumeric `data.id` in lower case,
 * and any value that is absent dropped from the template together with its label.
 *
 * Source: "Validate the notification origin", https://www.mercadopago.com.br/developers/en/docs/your-integrations/notifications/webhooks
 * (the same section in https://www.mercadopago.com.mx/developers/en/docs/checkout-pro/payment-notifications).
 */
export function signatureManifest({
  dataId,
  requestId,
  ts,
}: {
  /** `data.id` of the notification. */
  dataId?: string;
  /** The `x-request-id` header. */
  requestId?: string;
  /** `ts` from `x-signature`. */
  ts: string;
}): string {
  return [
    dataId ? `id:${/[a-z]/i.test(dataId) ? dataId.toLowerCase() : dataId};` : '',
    requestId ? `request-id:${requestId};` : '',
    `ts:${ts};`,
  ].join('');
}

/** The hex HMAC-SHA256 of the manifest under the webhook secret: what `v1` must be. */
export async function signManifest(secret: string, manifest: string): Promise<string> {
  return toHex(await computeHmac({ secret, data: manifest }));
}

/**
 * Verifies `v1` over the manifest in constant time, then the timestamp against the tolerance window (seconds; a
 * 13-digit `ts` is read as milliseconds, which some Mercado Pago deliveries send).
 *
 * @throws `WebhookVerificationError` (`bad-signature` or `expired`).
 */
export async function verifySignature({
  secret,
  signature,
  dataId,
  requestId,
  toleranceSeconds,
  now,
}: {
  /** The webhook secret from "Your integrations". */
  secret: string;
  /** The parsed `x-signature`. */
  signature: MercadoPagoSignatureHeader;
  /** `data.id`. */
  dataId?: string;
  /** `x-request-id`. */
  requestId?: string;
  /** How old (or how far ahead) `ts` may be. */
  toleranceSeconds: number;
  /** The current time. */
  now: () => Date;
}): Promise<void> {
  const expected = await signManifest(secret, signatureManifest({ dataId, requestId, ts: signature.ts }));
  if (!timingSafeEqual(expected, signature.v1.toLowerCase())) {
    throw new WebhookVerificationError({ provider, reason: 'bad-signature', message: 'x-signature does not match' });
  }
  const seconds = signature.ts.length === 13 ? Number(signature.ts) / 1000 : Number(signature.ts);
  if (Math.abs(now().getTime() / 1000 - seconds) > toleranceSeconds) {
    throw new WebhookVerificationError({ provider, reason: 'expired', message: 'x-signature is outside the window' });
  }
}
