import { ApiCallError, type MessagingChannelV1Recipient } from '@cobro/core';
import { createHttpClient, type RetryOptions, retryWithBackoff, toApiCallError } from '@cobro/core/adapter';
import type { AxiosInstance, AxiosResponse } from 'axios';
import { recipientFields, type WhatsAppMessagePayload } from '../messages/build-messages';
import { createPacer, type Pacer, type PacerOptions } from '../pacing/create-pacer';
import { toWhatsAppApiError } from '../whatsapp-cloud-error';

/** Options of {@link createWhatsAppCloudClient}. */
export interface WhatsAppCloudClientOptions {
  /** System-user access token. */
  readonly accessToken: string;
  /** The sending phone number's id. */
  readonly phoneNumberId: string;
  /** Graph API version, e.g. `v25.0`. */
  readonly graphApiVersion: string;
  /** API root, `https://graph.facebook.com` by default (point it at the emulator in tests). */
  readonly baseURL: string;
  /** An axios instance of the app's, used as is. */
  readonly http?: AxiosInstance;
  /** Per-request timeout in ms. */
  readonly timeoutMs?: number;
  /** Retry policy for retryable errors (rate limits, 5xx). */
  readonly retry?: RetryOptions;
  /** Pacing of sends (80 msg/s for the number and one per 6 s per recipient by default); `false` turns it off. */
  readonly pacing?: Pacer | PacerOptions | false;
}

/** The low-level Cloud API client: one call per Graph endpoint cobro uses. */
export interface WhatsAppCloudClient {
  /**
   * Sends a message. Retries rate limits and outages with backoff; never re-posts after a timeout that may have
   * delivered it (that is an `ambiguous` error).
   *
   * @throws ApiCallError (`outside-service-window` for 131047, `rate-limited`, `undeliverable`, `template`, `auth`…).
   */
  sendMessage(
    payload: WhatsAppMessagePayload,
    options: {
      /** The recipient. */
      readonly to: MessagingChannelV1Recipient;
      /** cobro's reference, echoed back in statuses as `biz_opaque_callback_data`. */
      readonly reference?: string;
    },
  ): Promise<{
    /** The `wamid` of the message. */
    readonly messageId: string;
  }>;
  /** Marks an inbound message read and shows the typing indicator while cobro prepares the answer. */
  markAsRead(messageId: string, options?: { readonly typing?: boolean }): Promise<void>;
}

/** Creates the low-level client. Prefer `createWhatsAppCloud`, which reads settings from the environment. */
export function createWhatsAppCloudClient(options: WhatsAppCloudClientOptions): WhatsAppCloudClient {
  const http = createHttpClient({
    baseURL: `${options.baseURL.replace(/\/$/, '')}/${options.graphApiVersion}`,
    userAgent: 'cobro-whatsapp-cloud',
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.http ? { http: options.http } : {}),
  });
  const pacer =
    options.pacing === false
      ? undefined
      : options.pacing && 'acquire' in options.pacing
        ? options.pacing
        : createPacer(options.pacing || {});
  const post = async (body: Record<string, unknown>) => {
    let response: AxiosResponse;
    try {
      response = await http.post(`/${encodeURIComponent(options.phoneNumberId)}/messages`, body, {
        headers: { Authorization: `Bearer ${options.accessToken}`, 'Content-Type': 'application/json' },
        validateStatus: () => true,
      });
    } catch (error) {
      // The Cloud API has no idempotency key: a request that may have arrived is never repeated.
      throw toApiCallError({ provider: 'whatsapp-cloud', error, idempotent: false });
    }
    if (response.status >= 200 && response.status < 300) return response.data as Record<string, unknown>;
    throw toWhatsAppApiError({
      status: response.status,
      body: response.data,
      headers: response.headers as Record<string, unknown>,
    });
  };
  return {
    async sendMessage(payload, { to, reference }) {
      const body = {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        ...recipientFields(to),
        ...payload,
        ...(reference ? { biz_opaque_callback_data: reference } : {}),
      };
      const recipient = to.userId ?? to.phone ?? '';
      // Each attempt takes its own slot, so retries after a 130429 or 131056 never bunch up either.
      const data = await retryWithBackoff(async () => {
        await pacer?.acquire(recipient);
        return post(body);
      }, options.retry);
      const messageId = (data.messages as { id?: string }[] | undefined)?.[0]?.id;
      if (!messageId) {
        throw new ApiCallError({
          provider: 'whatsapp-cloud',
          kind: 'unknown',
          message: 'WhatsApp accepted the message but returned no message id.',
        });
      }
      return { messageId };
    },
    async markAsRead(messageId, { typing = false } = {}) {
      await retryWithBackoff(
        () =>
          post({
            messaging_product: 'whatsapp',
            status: 'read',
            message_id: messageId,
            ...(typing ? { typing_indicator: { type: 'text' } } : {}),
          }),
        options.retry,
      );
    },
  };
}
