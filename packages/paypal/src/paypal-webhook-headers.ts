import { WebhookVerificationError } from '@cobro/core';
import { payPalProviderId } from './paypal-error';

/** The five transmission headers PayPal signs a webhook delivery with. */
export interface PayPalTransmission {
  /** `paypal-transmission-id`. */
  readonly transmissionId: string;
  /** `paypal-transmission-time` (ISO 8601). */
  readonly transmissionTime: string;
  /** `paypal-transmission-sig`, base64. */
  readonly transmissionSig: string;
  /** `paypal-cert-url`: where PayPal's signing certificate is. */
  readonly certUrl: string;
  /** `paypal-auth-algo`, e.g. `SHA256withRSA`. */
  readonly authAlgo: string;
}

const names = {
  transmissionId: 'paypal-transmission-id',
  transmissionTime: 'paypal-transmission-time',
  transmissionSig: 'paypal-transmission-sig',
  certUrl: 'paypal-cert-url',
  authAlgo: 'paypal-auth-algo',
} as const;

/**
 * Reads the transmission headers (names in any case).
 *
 * @throws `WebhookVerificationError` `missing-header` naming the first one absent.
 */
export function readPayPalTransmission(headers: Readonly<Record<string, string | undefined>>): PayPalTransmission {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value?.trim()]));
  const read = (name: string) => {
    const value = lower.get(name);
    if (!value) {
      throw new WebhookVerificationError({
        provider: payPalProviderId,
        reason: 'missing-header',
        message: `the ${name} header is missing.`,
      });
    }
    return value;
  };
  return {
    transmissionId: read(names.transmissionId),
    transmissionTime: read(names.transmissionTime),
    transmissionSig: read(names.transmissionSig),
    certUrl: read(names.certUrl),
    authAlgo: read(names.authAlgo),
  };
}
