import { ApiCallError, type MessagingChannelV1Recipient } from '@cobro/core';
import { createHttpClient, type RetryOptions, retryWithBackoff, toApiCallError } from '@cobro/core/adapter';
import type { AxiosInstance, AxiosResponse } from 'axios';
import type { WhatsAppMessagePayload } from '../messages/build-messages';
import { createPacer, type Pacer, type PacerOptions } from '../pacing/create-pacer';
import { toWhatsAppApiError } from '../whatsapp-cloud-error';
import { normalizeRecipient } from './normalize-recipient';
import { settleSendFailure } from './settle-send-failure';

declare const __COBRO_VERSION__: string | undefined;
const version = typeof __COBRO_VERSION__ === 'string' ? __COBRO_VERSION__ : '0.0.0-source';

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
  /** An axios instance of the app's (its agents and interceptors are used; base URL, timeout and User-Agent stay cobro's). */
  readonly http?: AxiosInstance;
  /** Per-request timeout in ms. */
  readonly timeoutMs?: number;
  /** Retry policy for retryable errors (rate limits, 5xx). */
  readonly retry?: RetryOptions;
  /** Pacing of sends (80 msg/s for the number and one per 6 s per recipient by default); `false` turns it off. */
  readonly pacing?: Pacer | PacerOptions | false;
  /** The WhatsApp Business Account id, needed for templates. */
  readonly wabaId?: string;
}

/** The low-level Cloud API client: one call per Graph endpoint cobro uses. */
export interface WhatsAppCloudClient {
  /**
   * Sends a message. Retries with backoff only what proves the message was not accepted (HTTP 429, 130429, 131056,
   * a connection that never opened); a 5xx, 131000, or a timeout or reset after the request was written may have
   * delivered it, so it is never re-posted: that is an `ambiguous` error.
   *
   * @throws ValidationError when `to` is neither a phone number nor a business-scoped user id.
   * @throws ApiCallError (`outside-service-window` for 131047, `rate-limited`, `ambiguous`, `undeliverable`, `template`, `auth`…).
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
  /**
   * Uploads media (an invoice PDF, say) as multipart form data; the boundary is left to the HTTP client.
   *
   * @returns the media id, valid for 30 days.
   */
  uploadMedia(media: {
    /** The file's bytes. */
    readonly bytes: Uint8Array;
    /** Its MIME type, e.g. `application/pdf`. */
    readonly mimeType: string;
    /** Its file name. */
    readonly filename: string;
  }): Promise<{
    /** The media id to send it by. */
    readonly id: string;
  }>;
  /** Reads a media object's download URL and metadata. */
  getMedia(id: string): Promise<{
    /** A short-lived download URL (needs the access token). */
    readonly url: string;
    /** MIME type. */
    readonly mimeType: string;
    /** Size in bytes. */
    readonly fileSize: number;
  }>;
  /** Deletes a media object. */
  deleteMedia(id: string): Promise<void>;
  /** Lists the WhatsApp Business Account's message templates (first page of up to 100). */
  listTemplates(): Promise<
    readonly {
      /** Template id. */
      readonly id: string;
      /** Template name. */
      readonly name: string;
      /** Language code. */
      readonly language: string;
      /** `APPROVED`, `PENDING`, `REJECTED`, `PAUSED`, `DISABLED`… */
      readonly status: string;
      /** `UTILITY`, `MARKETING`… (Meta may recategorise). */
      readonly category: string;
    }[]
  >;
  /** Submits a template for approval, e.g. each of `buildWhatsAppTemplates(…)` from `@cobro/core`. */
  createTemplate(definition: Readonly<Record<string, unknown>>): Promise<{
    /** Template id. */
    readonly id: string;
    /** Review status. */
    readonly status: string;
    /** Category Meta assigned. */
    readonly category: string;
  }>;
  /** Deletes every language of a template by name. */
  deleteTemplate(name: string): Promise<void>;
}

/** Creates the low-level client. Prefer `createWhatsAppCloud`, which reads settings from the environment. */
export function createWhatsAppCloudClient(options: WhatsAppCloudClientOptions): WhatsAppCloudClient {
  const http = createHttpClient({
    baseURL: `${options.baseURL.replace(/\/$/, '')}/${options.graphApiVersion}`,
    userAgent: `cobro-whatsapp-cloud/${version}`,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.http ? { http: options.http } : {}),
  });
  const pacer =
    options.pacing === false
      ? undefined
      : options.pacing && 'acquire' in options.pacing
        ? options.pacing
        : createPacer(options.pacing || {});
  const call = async (
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    data?: unknown,
    idempotent = method !== 'POST',
  ): Promise<Record<string, unknown>> => {
    let response: AxiosResponse;
    try {
      response = await http.request({
        method,
        url: path,
        data,
        headers: {
          Authorization: `Bearer ${options.accessToken}`,
          ...(data !== undefined && !(data instanceof FormData) ? { 'Content-Type': 'application/json' } : {}),
        },
        validateStatus: () => true,
      });
    } catch (error) {
      // The Cloud API has no idempotency key: a request that may have arrived is never repeated.
      throw toApiCallError({ provider: 'whatsapp-cloud', error, idempotent });
    }
    if (response.status >= 200 && response.status < 300) return response.data as Record<string, unknown>;
    throw toWhatsAppApiError({
      status: response.status,
      body: response.data,
      headers: response.headers as Record<string, unknown>,
    });
  };
  const post = (body: Record<string, unknown>) =>
    call('POST', `/${encodeURIComponent(options.phoneNumberId)}/messages`, body);
  const waba = () => {
    if (!options.wabaId) {
      throw new RangeError('Templates need the WhatsApp Business Account id (wabaId or WHATSAPP_BUSINESS_ACCOUNT_ID).');
    }
    return `/${encodeURIComponent(options.wabaId)}/message_templates`;
  };
  return {
    async sendMessage(payload, { to, reference }) {
      const address = normalizeRecipient(to);
      const body = {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        ...address,
        ...payload,
        ...(reference ? { biz_opaque_callback_data: reference } : {}),
      };
      const recipient = 'to' in address ? address.to : address.recipient;
      // Each attempt takes its own slot, so retries after a 130429 or 131056 never bunch up either.
      const data = await retryWithBackoff(async () => {
        await pacer?.acquire(recipient);
        return post(body).catch((error: unknown) => {
          throw settleSendFailure(error);
        });
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
    async uploadMedia({ bytes, mimeType, filename }) {
      const form = new FormData();
      form.append('messaging_product', 'whatsapp');
      form.append('type', mimeType);
      form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }), filename);
      const data = await retryWithBackoff(
        () => call('POST', `/${encodeURIComponent(options.phoneNumberId)}/media`, form),
        options.retry,
      );
      return { id: String(data.id) };
    },
    async getMedia(id) {
      const data = await retryWithBackoff(() => call('GET', `/${encodeURIComponent(id)}`), options.retry);
      return { url: String(data.url), mimeType: String(data.mime_type), fileSize: Number(data.file_size) };
    },
    async deleteMedia(id) {
      await retryWithBackoff(() => call('DELETE', `/${encodeURIComponent(id)}`), options.retry);
    },
    async listTemplates() {
      const data = await retryWithBackoff(() => call('GET', `${waba()}?limit=100`), options.retry);
      return ((data.data as Record<string, unknown>[] | undefined) ?? []).map((template) => ({
        id: String(template.id),
        name: String(template.name),
        language: String(template.language),
        status: String(template.status),
        category: String(template.category),
      }));
    },
    async createTemplate(definition) {
      const data = await retryWithBackoff(() => call('POST', waba(), definition), options.retry);
      return { id: String(data.id), status: String(data.status), category: String(data.category) };
    },
    async deleteTemplate(name) {
      await retryWithBackoff(() => call('DELETE', `${waba()}?name=${encodeURIComponent(name)}`), options.retry);
    },
  };
}
