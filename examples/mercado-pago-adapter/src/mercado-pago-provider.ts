// A third-party adapter for Mercado Pago Checkout Pro, written against cobro's public spec only (`@cobro/core` and
// its `@cobro/core/adapter` helpers), the way docs/custom-payment-adapter.md describes.
import {
  type PaymentMethod,
  type PaymentProviderV1,
  type PaymentProviderV1PaymentLink,
  ValidationError,
  WebhookVerificationError,
} from '@cobro/core';
import { loadOptionalSetting, loadSetting, toBytes } from '@cobro/core/adapter';
import { createMercadoPagoCall, type MercadoPagoHttpInstance } from './mercado-pago-http';
import { toMercadoPagoAmount } from './mercado-pago-money';
import {
  invoiceReferenceMetadataKey,
  merchantOrderEvent,
  paymentEvent,
  toPayment,
  toRefund,
} from './mercado-pago-normalise';
import { parseSignatureHeader, verifySignature } from './mercado-pago-signature';
import type {
  MercadoPagoMerchantOrder,
  MercadoPagoNotification,
  MercadoPagoPayment,
  MercadoPagoPreference,
  MercadoPagoRefund,
} from './mercado-pago-types';

const provider = 'mercadopago';

// Checkout Pro groups methods by payment type; excluding a type is how a preference stops offering a method.
const paymentTypesByCurrency: Readonly<Record<string, Partial<Record<PaymentMethod, readonly string[]>>>> = {
  BRL: { card: ['credit_card', 'debit_card', 'prepaid_card'], pix: ['bank_transfer'], boleto: ['ticket'] },
  MXN: { card: ['credit_card', 'debit_card', 'prepaid_card'], oxxo: ['ticket'], spei: ['bank_transfer', 'atm'] },
  ARS: { card: ['credit_card', 'debit_card', 'prepaid_card'] },
};

/** Settings of {@link createMercadoPago}; secrets can come from the environment instead. */
export interface MercadoPagoSettings {
  /** The seller's access token. Default: `MERCADOPAGO_ACCESS_TOKEN`. */
  readonly accessToken?: string;
  /** The Webhooks secret signature from "Your integrations". Default: `MERCADOPAGO_WEBHOOK_SECRET`. */
  readonly webhookSecret?: string;
  /** Where Mercado Pago sends payment notifications for these preferences. Default: `MERCADOPAGO_NOTIFICATION_URL`, else the URL set in "Your integrations". */
  readonly notificationUrl?: string;
  /** API root. Default `https://api.mercadopago.com`; a fake API's URL in tests. */
  readonly baseURL?: string;
  /** An axios instance of the app's, used as is. */
  readonly http?: MercadoPagoHttpInstance;
  /** Per-request timeout in ms. Default 15 000. */
  readonly timeoutMs?: number;
  /** How far `ts` in `x-signature` may be from now, in seconds. Default 300. */
  readonly toleranceSeconds?: number;
  /** The current time. */
  readonly now?: () => Date;
}

function headerOf(headers: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}

// Mercado Pago dates carry an offset; an ISO instant in UTC is written with +00:00 rather than Z.
const mercadoPagoDate = (instant: Date) => instant.toISOString().replace('Z', '+00:00');

/**
 * Creates the Mercado Pago adapter: Checkout Pro preferences as payment links, payments re-fetched from
 * `GET /v1/payments/{id}`, refunds, link expiry, and Webhooks notifications verified with `x-signature`.
 *
 * @throws `LoadSettingError` naming the option and the environment variable when a secret is missing.
 */
export function createMercadoPago(settings: MercadoPagoSettings = {}): PaymentProviderV1 {
  const accessToken = loadSetting({
    value: settings.accessToken,
    environmentVariable: 'MERCADOPAGO_ACCESS_TOKEN',
    settingName: 'accessToken',
    description: 'The Mercado Pago access token',
  });
  const webhookSecret = loadSetting({
    value: settings.webhookSecret,
    environmentVariable: 'MERCADOPAGO_WEBHOOK_SECRET',
    settingName: 'webhookSecret',
    description: 'The Mercado Pago webhook secret signature',
  });
  const notificationUrl = loadOptionalSetting({
    value: settings.notificationUrl,
    environmentVariable: 'MERCADOPAGO_NOTIFICATION_URL',
  });
  const now = settings.now ?? (() => new Date());
  const toleranceSeconds = settings.toleranceSeconds ?? 300;
  const call = createMercadoPagoCall({
    accessToken,
    baseURL: settings.baseURL ?? 'https://api.mercadopago.com',
    timeoutMs: settings.timeoutMs ?? 15_000,
    ...(settings.http ? { http: settings.http } : {}),
  });
  const methodsByCurrency = Object.fromEntries(
    Object.entries(paymentTypesByCurrency).map(([currency, types]) => [
      currency,
      Object.keys(types) as PaymentMethod[],
    ]),
  );
  const getPayment = (paymentId: string) =>
    call<MercadoPagoPayment>({ method: 'GET', url: `/v1/payments/${encodeURIComponent(paymentId)}` });

  return {
    specificationVersion: 'v1',
    provider,
    capabilities: {
      methodsByCurrency,
      // One preference could take several payments, but cobro retires a link once paid: one link, one payment.
      reusableLinks: false,
      expireLinks: true,
      refunds: true,
      partialRefunds: true,
      partialPayments: false,
    },

    async createPaymentLink(options): Promise<PaymentProviderV1PaymentLink> {
      const types = paymentTypesByCurrency[options.amount.currency];
      if (!types) {
        throw new ValidationError({
          subject: 'mercadopago link',
          issues: [
            {
              path: 'amount.currency',
              message: `Mercado Pago is set up here for ${Object.keys(paymentTypesByCurrency).join(', ')}`,
            },
          ],
        });
      }
      const offered = Object.keys(types) as PaymentMethod[];
      const methods = options.allowedMethods
        ? offered.filter((method) => options.allowedMethods?.includes(method))
        : offered;
      if (methods.length === 0) {
        throw new ValidationError({
          subject: 'mercadopago link',
          issues: [{ path: 'allowedMethods', message: `none of them is offered in ${options.amount.currency}` }],
        });
      }
      const kept = new Set(methods.flatMap((method) => types[method] ?? []));
      const excluded = [...new Set(Object.values(types).flat())].filter((type) => !kept.has(type));
      const preference = await call<MercadoPagoPreference>({
        method: 'POST',
        url: '/checkout/preferences',
        idempotencyKey: options.idempotencyKey,
        data: {
          items: [
            {
              id: options.invoiceReference,
              title: options.description.slice(0, 256),
              quantity: 1,
              currency_id: options.amount.currency,
              unit_price: toMercadoPagoAmount(options.amount),
            },
          ],
          payer: { name: options.customer.name, ...(options.customer.email ? { email: options.customer.email } : {}) },
          external_reference: options.invoiceReference,
          metadata: {
            ...options.metadata,
            [invoiceReferenceMetadataKey]: options.invoiceReference,
            cobro_attempt: String(options.attempt),
          },
          ...(excluded.length > 0
            ? { payment_methods: { excluded_payment_types: excluded.map((id) => ({ id })) } }
            : {}),
          ...(options.expiresAt
            ? { expires: true, expiration_date_to: mercadoPagoDate(new Date(options.expiresAt)) }
            : { expires: false }),
          ...(notificationUrl ? { notification_url: notificationUrl } : {}),
          ...(options.successUrl ? { back_urls: { success: options.successUrl }, auto_return: 'approved' } : {}),
        },
      });
      return {
        id: preference.id,
        url: preference.init_point,
        ...(preference.expires && preference.expiration_date_to
          ? { expiresAt: new Date(preference.expiration_date_to).toISOString() }
          : {}),
        reusable: false,
        methods,
        invoiceReference: preference.external_reference ?? options.invoiceReference,
      };
    },

    async getPayment({ paymentId }) {
      return toPayment(await getPayment(paymentId));
    },

    async expirePaymentLink({ linkId }) {
      // Checkout Pro has no "deactivate": a preference stops taking payments once expiration_date_to has passed.
      await call({
        method: 'PUT',
        url: `/checkout/preferences/${encodeURIComponent(linkId)}`,
        data: { expires: true, expiration_date_to: mercadoPagoDate(new Date(now().getTime() - 60_000)) },
      });
    },

    async refund({ paymentId, amount, idempotencyKey }) {
      const payment = await getPayment(paymentId);
      if (amount && amount.currency !== payment.currency_id) {
        throw new ValidationError({
          subject: 'mercadopago refund',
          issues: [{ path: 'amount.currency', message: `the payment is in ${payment.currency_id}` }],
        });
      }
      const refund = await call<MercadoPagoRefund>({
        method: 'POST',
        url: `/v1/payments/${encodeURIComponent(paymentId)}/refunds`,
        idempotencyKey,
        // No amount refunds the whole payment.
        data: amount ? { amount: toMercadoPagoAmount(amount) } : {},
      });
      return toRefund(refund, payment.currency_id);
    },

    async parseWebhook({ rawBody, headers }) {
      const header = headerOf(headers, 'x-signature');
      if (!header)
        throw new WebhookVerificationError({ provider, reason: 'missing-header', message: 'no x-signature' });
      const signature = parseSignatureHeader(header);
      // Mercado Pago signs data.id (which its docs read from the notification URL's query) rather than the body.
      // The spec's webhook request carries no URL, and Mercado Pago puts the same id in the body's data.id, so that
      // one field is read from the body here; it is authenticated by the HMAC below before anything acts on it.
      let notification: MercadoPagoNotification;
      try {
        notification = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(toBytes(rawBody)));
      } catch (cause) {
        throw new WebhookVerificationError({ provider, reason: 'malformed-body', message: 'not JSON', cause });
      }
      const dataId = notification?.data?.id;
      if (typeof notification !== 'object' || notification === null || dataId === undefined || dataId === '') {
        throw new WebhookVerificationError({ provider, reason: 'malformed-body', message: 'no data.id' });
      }
      const requestId = headerOf(headers, 'x-request-id');
      await verifySignature({
        secret: webhookSecret,
        signature,
        dataId: String(dataId),
        ...(requestId ? { requestId } : {}),
        toleranceSeconds,
        now,
      });
      // The notification names a resource; its content is re-fetched, so nothing else in the body is trusted.
      if (notification.type === 'payment') {
        return paymentEvent(notification, await getPayment(String(dataId)), now);
      }
      if (notification.type === 'topic_merchant_order_wh' || notification.type === 'merchant_order') {
        const order = await call<MercadoPagoMerchantOrder>({
          method: 'GET',
          url: `/merchant_orders/${encodeURIComponent(String(dataId))}`,
        });
        return merchantOrderEvent(notification, order, now);
      }
      return {
        eventId: String(notification.id),
        provider,
        occurredAt: now().toISOString(),
        raw: notification,
        type: 'unsupported',
        providerEventType: notification.action ?? notification.type,
      };
    },
  };
}
