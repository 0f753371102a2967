import { ApiCallError, WebhookVerificationError } from '@cobro/core';
import type { PayPalClient } from './paypal-client';
import { payPalProviderId } from './paypal-error';
import { stringAt } from './paypal-json';
import type { PayPalTransmission } from './paypal-webhook-headers';

/**
 * The `POST /v1/notifications/verify-webhook-signature` body, with the raw event spliced in as `webhook_event`
 * verbatim. PayPal checks the CRC32 of the event it is given, so re-serialising the parsed event (which turns `1.0`
 * into `1`, PayPal-node-SDK#412) would make genuine deliveries fail; the text is never parsed here.
 */
export function payPalVerifySignatureBody(
  rawText: string,
  transmission: PayPalTransmission,
  webhookId: string,
): string {
  const head = JSON.stringify({
    auth_algo: transmission.authAlgo,
    cert_url: transmission.certUrl,
    transmission_id: transmission.transmissionId,
    transmission_sig: transmission.transmissionSig,
    transmission_time: transmission.transmissionTime,
    webhook_id: webhookId,
  });
  return `${head.slice(0, -1)},"webhook_event":${rawText}}`;
}

/**
 * Verifies a delivery by asking PayPal (`verification: 'api'`). Works where the certificate cannot be fetched, at the
 * cost of a round trip per delivery; PayPal's webhook simulator events cannot be verified this way.
 *
 * @throws `WebhookVerificationError` `malformed-body` when the body is not a JSON object's text (so it cannot be
 * spliced), `bad-signature` when PayPal answers `FAILURE` or refuses the request as invalid; `ApiCallError` when
 * PayPal cannot be asked (auth, outage), so the delivery is answered 5xx and retried.
 */
export async function verifyPayPalWebhookByApi({
  client,
  rawText,
  transmission,
  webhookId,
}: {
  /** The API client. */
  client: PayPalClient;
  /** The body exactly as received, as text. */
  rawText: string;
  /** The transmission headers. */
  transmission: PayPalTransmission;
  /** The webhook id the app registered with PayPal. */
  webhookId: string;
}): Promise<void> {
  const trimmed = rawText.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) {
    throw new WebhookVerificationError({
      provider: payPalProviderId,
      reason: 'malformed-body',
      message: 'the body is not a JSON object.',
    });
  }
  let status: string | undefined;
  try {
    const { body } = await client.send({
      method: 'POST',
      path: '/v1/notifications/verify-webhook-signature',
      body: payPalVerifySignatureBody(rawText, transmission, webhookId),
      rawJson: true,
      operation: 'verify a webhook signature',
      idempotent: true,
    });
    status = stringAt(body, 'verification_status');
  } catch (error) {
    if (ApiCallError.isInstance(error) && error.kind === 'invalid-request') {
      throw new WebhookVerificationError({
        provider: payPalProviderId,
        reason: 'bad-signature',
        message: 'PayPal refused to verify the delivery as sent.',
        cause: error,
      });
    }
    throw error;
  }
  if (status !== 'SUCCESS') {
    throw new WebhookVerificationError({
      provider: payPalProviderId,
      reason: 'bad-signature',
      message: `PayPal answered verification_status ${status ?? '(none)'}.`,
    });
  }
}
