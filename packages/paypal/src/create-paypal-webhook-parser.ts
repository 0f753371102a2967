import {
  ApiCallError,
  type PaymentProviderV1WebhookEvent,
  type PaymentProviderV1WebhookRequest,
  WebhookVerificationError,
} from '@cobro/core';
import { loadSetting } from '@cobro/core/adapter';
import { capturePayPalOrder } from './create-paypal-order-link';
import { mapPayPalCaptureEvent, mapPayPalEvent, type PayPalEvent, payPalEventBase } from './map-paypal-event';
import type { PayPalLinkType } from './paypal-capabilities';
import type { PayPalCertificateStore } from './paypal-certificate-store';
import type { PayPalClient } from './paypal-client';
import { payPalProviderId } from './paypal-error';
import { isPayPalJson, objectAt, stringAt } from './paypal-json';
import { readPayPalTransmission } from './paypal-webhook-headers';
import { verifyPayPalWebhookByApi } from './verify-paypal-webhook-api';
import { verifyPayPalWebhookOffline } from './verify-paypal-webhook-offline';

/** How `parseWebhook` checks a delivery: offline against PayPal's certificate (default), or by asking PayPal. */
export type PayPalWebhookVerification = 'offline' | 'api';

/**
 * Builds `parseWebhook`: reads the transmission headers, verifies the raw bytes (offline or by API), and only then
 * parses and maps the event. In order mode, `CHECKOUT.ORDER.APPROVED` is acted on here: the order is captured (with a
 * `PayPal-Request-Id` from the order id, so a redelivery captures nothing twice) and the event is reported as the
 * capture's outcome, with the capture id as payment id.
 */
export function createPayPalWebhookParser({
  webhookId,
  verification,
  linkType,
  client,
  certificates,
  allowedHosts,
  toleranceSeconds,
  clock,
}: {
  /** The webhook id setting, or `undefined` to read `PAYPAL_WEBHOOK_ID` on first use. */
  webhookId: string | undefined;
  /** Offline or API verification. */
  verification: PayPalWebhookVerification;
  /** Which link type the provider makes. */
  linkType: PayPalLinkType;
  /** The API client (API verification, order capture). */
  client: PayPalClient;
  /** The certificate cache (offline verification). */
  certificates: PayPalCertificateStore;
  /** Hosts a certificate may come from. */
  allowedHosts: readonly string[];
  /** Oldest (and furthest ahead) accepted transmission time, in seconds; 0 turns the check off. */
  toleranceSeconds: number;
  /** The clock, for the transmission age and events without `create_time`. */
  clock: () => Date;
}): (request: PaymentProviderV1WebhookRequest) => Promise<PaymentProviderV1WebhookEvent> {
  return async ({ rawBody, headers }) => {
    const id = loadSetting({
      value: webhookId,
      environmentVariable: 'PAYPAL_WEBHOOK_ID',
      settingName: 'webhookId',
      description: 'PayPal webhook id (from the app’s webhook settings)',
    });
    const transmission = readPayPalTransmission(headers);
    refuseStaleTransmission(transmission.transmissionTime, toleranceSeconds, clock());
    if (verification === 'api') {
      await verifyPayPalWebhookByApi({ client, rawText: toText(rawBody), transmission, webhookId: id });
    } else {
      await verifyPayPalWebhookOffline({ rawBody, transmission, webhookId: id, certificates, allowedHosts });
    }
    const event = parseEvent(rawBody);
    // PayPal signs only a CRC32 of the body, which can be forged: the runtime books nothing from it without
    // re-fetching, and remembers the transmission id so one signature never carries two events.
    const delivery = { deliveryId: transmission.transmissionId };
    if (event.event_type === 'CHECKOUT.ORDER.APPROVED' && linkType === 'order') {
      const orderId = stringAt(objectAt(event, 'resource'), 'id');
      if (orderId) {
        const capture = await capturePayPalOrder(client, orderId).catch((error: unknown) => {
          // An approval naming an order PayPal does not have: nothing to capture; kept for review, not redelivered.
          if (ApiCallError.isInstance(error) && error.kind === 'not-found') return undefined;
          throw error;
        });
        if (!capture) {
          return {
            type: 'unsupported',
            ...payPalEventBase(event, clock()),
            ...delivery,
            providerEventType: `${event.event_type} (order ${orderId} not found)`,
          };
        }
        const mapped = mapPayPalCaptureEvent(event, capture, clock(), orderId);
        if (mapped) return { ...mapped, ...delivery };
        throw new ApiCallError({
          provider: payPalProviderId,
          kind: 'unknown',
          message: `PayPal captured order ${orderId} but the capture could not be read.`,
        });
      }
    }
    return { ...mapPayPalEvent(event, clock()), ...delivery };
  };
}

/**
 * Refuses a transmission older than the tolerance (a replay: PayPal signs every delivery attempt anew) or too far
 * ahead of the clock, before anything is fetched or verified.
 */
function refuseStaleTransmission(transmissionTime: string, toleranceSeconds: number, now: Date): void {
  if (toleranceSeconds <= 0) return;
  const sent = Date.parse(transmissionTime);
  if (Number.isNaN(sent)) {
    throw new WebhookVerificationError({
      provider: payPalProviderId,
      reason: 'malformed-header',
      message: 'the paypal-transmission-time header is not a date.',
    });
  }
  if (Math.abs(now.getTime() - sent) > toleranceSeconds * 1000) {
    throw new WebhookVerificationError({
      provider: payPalProviderId,
      reason: 'expired',
      message: `the transmission time is more than ${toleranceSeconds} seconds from now.`,
    });
  }
}

function toText(rawBody: string | Uint8Array): string {
  if (typeof rawBody === 'string') return rawBody;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(rawBody);
  } catch (error) {
    throw new WebhookVerificationError({
      provider: payPalProviderId,
      reason: 'malformed-body',
      message: 'the body is not UTF-8.',
      cause: error,
    });
  }
}

function parseEvent(rawBody: string | Uint8Array): PayPalEvent {
  let json: unknown;
  try {
    json = JSON.parse(toText(rawBody));
  } catch (error) {
    if (WebhookVerificationError.isInstance(error)) throw error;
    throw new WebhookVerificationError({
      provider: payPalProviderId,
      reason: 'malformed-body',
      message: 'the body is not JSON.',
      cause: error,
    });
  }
  if (!isPayPalJson(json) || typeof json.id !== 'string' || typeof json.event_type !== 'string') {
    throw new WebhookVerificationError({
      provider: payPalProviderId,
      reason: 'malformed-body',
      message: 'the body is not a PayPal event (it needs an id and an event_type).',
    });
  }
  return json as PayPalEvent;
}
