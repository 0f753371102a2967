import type { MessagingChannelV1 } from '@cobro/core';
import { loadOptionalSetting, loadSetting, type RetryOptions } from '@cobro/core/adapter';
import type { AxiosInstance } from 'axios';
import { createWhatsAppCloudClient, type WhatsAppCloudClient } from './client/whatsapp-cloud-client';
import type { Pacer, PacerOptions } from './pacing/create-pacer';
import { createServiceWindowTracker, type ServiceWindowTracker } from './service-window';
import { verifyWebhookSubscription } from './webhook/verify-subscription';
import { createWhatsAppCloudChannel } from './whatsapp-cloud-channel';

/** Settings of {@link createWhatsAppCloud}; every secret can come from the environment instead. */
export interface WhatsAppCloudSettings {
  /** System-user access token. Default: `WHATSAPP_ACCESS_TOKEN`. */
  readonly accessToken?: string;
  /** The sending phone number's id. Default: `WHATSAPP_PHONE_NUMBER_ID`. */
  readonly phoneNumberId?: string;
  /** The WhatsApp Business Account id, for templates. Default: `WHATSAPP_BUSINESS_ACCOUNT_ID`. */
  readonly wabaId?: string;
  /** The Meta app secret, for webhook signatures. Default: `WHATSAPP_APP_SECRET`. */
  readonly appSecret?: string;
  /** The webhook verify token of the subscription handshake. Default: `WHATSAPP_VERIFY_TOKEN`. */
  readonly verifyToken?: string;
  /** Graph API version. Default `v25.0`. */
  readonly graphApiVersion?: string;
  /** API root. Default `https://graph.facebook.com`; the emulator's URL in tests. */
  readonly baseURL?: string;
  /** An axios instance of the app's: its agents and interceptors are used, cobro's base URL, Graph version, timeout and User-Agent kept. */
  readonly http?: AxiosInstance;
  /** Per-request timeout in ms. Default 30 000. */
  readonly timeoutMs?: number;
  /** Retry policy for rate limits and outages. */
  readonly retry?: RetryOptions;
  /** Pacing of sends (80 msg/s and one per 6 s per recipient by default; up to 1,000 msg/s); `false` turns it off. */
  readonly pacing?: Pacer | PacerOptions | false;
  /** Where service windows are remembered. Default: in memory. */
  readonly windows?: ServiceWindowTracker;
  /** The current time. */
  readonly now?: () => Date;
}

/** What {@link createWhatsAppCloud} returns. */
export interface WhatsAppCloud {
  /** The messaging channel to hand to cobro. */
  readonly channel: MessagingChannelV1;
  /** The low-level client. */
  readonly client: WhatsAppCloudClient;
  /**
   * Answers the GET subscription handshake; returns the challenge to echo.
   *
   * @throws WebhookVerificationError when the token does not match.
   */
  verifySubscription(query: string | URLSearchParams): string;
}

/**
 * Creates the WhatsApp Cloud API adapter: the messaging channel (window-aware, template fallback, signed webhooks)
 * and the low-level client.
 *
 * @throws LoadSettingError naming the option and the environment variable when a required setting is missing.
 */
export function createWhatsAppCloud(settings: WhatsAppCloudSettings = {}): WhatsAppCloud {
  const setting = (value: string | undefined, environmentVariable: string, settingName: string, description: string) =>
    loadSetting({ value, environmentVariable, settingName, description });
  const wabaId = loadOptionalSetting({ value: settings.wabaId, environmentVariable: 'WHATSAPP_BUSINESS_ACCOUNT_ID' });
  const client = createWhatsAppCloudClient({
    accessToken: setting(
      settings.accessToken,
      'WHATSAPP_ACCESS_TOKEN',
      'accessToken',
      'The WhatsApp Cloud API access token',
    ),
    phoneNumberId: setting(
      settings.phoneNumberId,
      'WHATSAPP_PHONE_NUMBER_ID',
      'phoneNumberId',
      'The WhatsApp phone number id',
    ),
    graphApiVersion: settings.graphApiVersion ?? 'v25.0',
    baseURL: settings.baseURL ?? 'https://graph.facebook.com',
    ...(settings.http ? { http: settings.http } : {}),
    ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
    ...(settings.retry ? { retry: settings.retry } : {}),
    ...(settings.pacing !== undefined ? { pacing: settings.pacing } : {}),
    ...(wabaId ? { wabaId } : {}),
  });
  const appSecret = setting(settings.appSecret, 'WHATSAPP_APP_SECRET', 'appSecret', 'The Meta app secret');
  const channel = createWhatsAppCloudChannel({
    client,
    appSecret,
    windows: settings.windows ?? createServiceWindowTracker(),
    ...(settings.now ? { now: settings.now } : {}),
  });
  return {
    channel,
    client,
    verifySubscription(query) {
      const verifyToken = setting(
        settings.verifyToken,
        'WHATSAPP_VERIFY_TOKEN',
        'verifyToken',
        'The webhook verify token',
      );
      return verifyWebhookSubscription({ query, verifyToken });
    },
  };
}
