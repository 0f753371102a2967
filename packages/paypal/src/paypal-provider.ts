import {
  ApiCallError,
  type PaymentProviderV1,
  type PaymentProviderV1Payment,
  type PaymentProviderV1PaymentLink,
  type PaymentProviderV1Refund,
  UnsupportedFunctionalityError,
  ValidationError,
  WebhookVerificationError,
} from '@cobro/core';
import { createHttpClient, createIdempotencyGuard, fingerprintOf, loadSetting } from '@cobro/core/adapter';
import { createPayPalInvoiceLink, readInvoice } from './create-paypal-invoice-link';
import { capturePayPalOrder, createPayPalOrderLink, payPalOrderRefunds, readOrder } from './create-paypal-order-link';
import { createPayPalWebhookParser } from './create-paypal-webhook-parser';
import { listPayPalRefunds } from './list-paypal-refunds';
import { payPalCaptureOrderId, payPalRefundCaptureId, summarizePayPalCapture } from './map-paypal-capture';
import { isPayPalInvoiceId, summarizePayPalInvoice } from './map-paypal-invoice';
import { payPalCapabilities, payPalOrderLinkLifetimeMs } from './paypal-capabilities';
import { createPayPalCertificateStore, payPalCertificateHosts } from './paypal-certificate-store';
import { createPayPalClient, type PayPalClient, payPalUserAgent } from './paypal-client';
import { payPalProviderId } from './paypal-error';

import { moneyAt, requireResource, stringAt } from './paypal-json';
import { fromPayPalMoney } from './paypal-money';
import type { PayPalProviderSettings } from './paypal-settings';
import { refundPayPalPayment } from './refund-paypal-payment';

const baseURLByEnvironment = {
  sandbox: 'https://api-m.sandbox.paypal.com',
  live: 'https://api-m.paypal.com',
} as const;

/** The PayPal implementation of `PaymentProviderV1`, as {@link createPayPal} returns it. */
export interface PayPalProvider extends PaymentProviderV1<typeof payPalProviderId> {
  /** Re-reads every refund and reversal of an invoice or capture from PayPal, oldest first. */
  listRefunds(options: {
    /** The invoice id (`INV2-…`) or capture id. */
    readonly paymentId: string;
  }): Promise<readonly PaymentProviderV1Refund[]>;
  /** Which PayPal API makes links: `invoice` or `order`. */
  readonly linkType: 'invoice' | 'order';
  /**
   * Captures an approved order (order mode) and returns the payment. `parseWebhook` does this by itself on
   * `CHECKOUT.ORDER.APPROVED`; call it from a reconciliation job when that webhook may have been missed. Capturing
   * twice is safe (same `PayPal-Request-Id`).
   *
   * @throws `ApiCallError` (`ORDER_NOT_APPROVED`) while the payer has not approved.
   */
  captureOrder(options: {
    /** The order id (the link id in order mode). */
    readonly orderId: string;
  }): Promise<PaymentProviderV1Payment>;
}

/**
 * Creates the PayPal payment provider. By default a payment link is an Invoicing v2 invoice: created as a draft,
 * "sent" without any PayPal e-mail (`send_to_recipient: false`), and shared through its payer-view URL, where the
 * customer pays with PayPal or a card. With `linkType: 'order'` it is an Orders v2 checkout instead. OAuth2
 * client-credentials tokens are cached and refreshed single-flight; webhooks are verified offline against PayPal's
 * certificate (or by API) before anything is parsed.
 *
 * @example
 * ```ts
 * import { createPayPal } from '@cobro/paypal';
 * const paypal = createPayPal({ environment: 'live' }); // PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET, PAYPAL_WEBHOOK_ID
 * ```
 *
 * @throws `LoadSettingError` when the client id or secret is neither passed nor set in the environment.
 * @throws `ValidationError` for an unknown `environment`, `linkType` or `verification`.
 */
export function createPayPal(settings: PayPalProviderSettings = {}): PayPalProvider {
  const clientId = loadSetting({
    value: settings.clientId,
    environmentVariable: 'PAYPAL_CLIENT_ID',
    settingName: 'clientId',
    description: 'PayPal REST app client id',
  });
  const clientSecret = loadSetting({
    value: settings.clientSecret,
    environmentVariable: 'PAYPAL_CLIENT_SECRET',
    settingName: 'clientSecret',
    description: 'PayPal REST app secret',
  });
  const environment = settings.environment ?? 'sandbox';
  const linkType = settings.linkType ?? 'invoice';
  const verification = settings.verification ?? 'offline';
  const issues = [
    ...(environment in baseURLByEnvironment ? [] : [{ path: 'environment', message: 'must be sandbox or live' }]),
    ...(linkType === 'invoice' || linkType === 'order'
      ? []
      : [{ path: 'linkType', message: 'must be invoice or order' }]),
    ...(verification === 'offline' || verification === 'api'
      ? []
      : [{ path: 'verification', message: 'must be offline or api' }]),
  ];
  if (issues.length > 0) throw new ValidationError({ subject: 'createPayPal settings', issues });
  const clock = settings.clock ?? (() => new Date());
  const baseURL = settings.baseURL ?? baseURLByEnvironment[environment];
  const client = createPayPalClient({
    clientId,
    clientSecret,
    baseURL,
    http: settings.http,
    timeoutMs: settings.timeoutMs,
    clock,
  });
  const certificateHttp = createHttpClient({
    baseURL,
    userAgent: payPalUserAgent,
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    ...(settings.http ? { http: settings.http } : {}),
  });
  const certificates = createPayPalCertificateStore({
    clock,
    fetchCertificate:
      settings.fetchCertificate ??
      (async (url) => {
        const response = await certificateHttp.request<string>({
          method: 'GET',
          url,
          baseURL: undefined,
          responseType: 'text',
          transformResponse: [(data: unknown) => data],
          maxContentLength: 64 * 1024,
          maxRedirects: 0,
        });
        if (response.status >= 400 && response.status < 500) {
          // PayPal has no certificate there: a made-up path, refused (and remembered as refused).
          throw new WebhookVerificationError({
            provider: payPalProviderId,
            reason: 'untrusted-certificate',
            message: `the certificate URL answered HTTP ${response.status}.`,
          });
        }
        if (response.status !== 200 || typeof response.data !== 'string') {
          throw new Error(`certificate download answered HTTP ${response.status}`);
        }
        return response.data;
      }),
  });
  const guard = createIdempotencyGuard(payPalProviderId);
  const capabilities = payPalCapabilities(linkType);

  const refusedCurrency = (currency: string) =>
    new ValidationError({
      subject: 'PayPal payment link',
      issues: [{ path: 'amount.currency', message: `PayPal does not take ${currency}` }],
    });

  return {
    specificationVersion: 'v1' as const,
    provider: payPalProviderId,
    capabilities,
    linkType,

    async createPaymentLink(options) {
      const methods = capabilities.methodsByCurrency[options.amount.currency];
      if (!methods) throw refusedCurrency(options.amount.currency);
      const { idempotencyKey: key, ...rest } = options;
      return guard.run('payment link', key, fingerprintOf(rest), async (): Promise<PaymentProviderV1PaymentLink> => {
        if (linkType === 'order') {
          const { order, url } = await createPayPalOrderLink(client, options);
          const created = Date.parse(stringAt(order, 'create_time') ?? '') || clock().getTime();
          return {
            id: order.id,
            url,
            expiresAt: new Date(created + payPalOrderLinkLifetimeMs).toISOString(),
            reusable: false,
            methods,
            invoiceReference: options.invoiceReference,
          };
        }
        const { invoice, url } = await createPayPalInvoiceLink(client, options);
        return { id: invoice.id, url, reusable: false, methods, invoiceReference: options.invoiceReference };
      });
    },

    async getPayment({ paymentId }) {
      if (isPayPalInvoiceId(paymentId)) return summarizePayPalInvoice(await readInvoice(client, paymentId));
      return readCapturePayment(client, paymentId);
    },

    listRefunds: ({ paymentId }) => listPayPalRefunds(client, paymentId),

    async expirePaymentLink({ linkId }) {
      if (linkType !== 'invoice' || !isPayPalInvoiceId(linkId)) {
        throw new UnsupportedFunctionalityError({
          provider: payPalProviderId,
          functionality: 'expiring an order link',
        });
      }
      try {
        await client.send({
          method: 'POST',
          path: `/v2/invoicing/invoices/${encodeURIComponent(linkId)}/cancel`,
          body: { send_to_recipient: false, send_to_invoicer: false },
          operation: `cancel invoice ${linkId}`,
          idempotent: true,
        });
      } catch (error) {
        // Cancelling twice is refused; an invoice already cancelled is what was asked for.
        if (!ApiCallError.isInstance(error) || error.statusCode !== 422) throw error;
        const invoice = await readInvoice(client, linkId);
        if (stringAt(invoice, 'status') !== 'CANCELLED') throw error;
      }
    },

    async refund(options) {
      const { idempotencyKey: key, ...rest } = options;
      return guard.run('refund', key, fingerprintOf(rest), () => refundPayPalPayment(client, options));
    },

    async captureOrder({ orderId }) {
      const capture = await capturePayPalOrder(client, orderId);
      const payment = summarizePayPalCapture(capture);
      return payment.linkId ? payment : { ...payment, linkId: orderId };
    },

    parseWebhook: createPayPalWebhookParser({
      webhookId: settings.webhookId,
      verification,
      linkType,
      client,
      certificates,
      allowedHosts: settings.certificateHostAllowlist ?? payPalCertificateHosts,
      toleranceSeconds: settings.transmissionToleranceSeconds ?? 300,
      clock,
    }),
  };
}

// A capture does not list its refunds; for a partial refund they are summed from the order's refunds of it.
async function readCapturePayment(client: PayPalClient, captureId: string): Promise<PaymentProviderV1Payment> {
  const { body } = await client.send({
    method: 'GET',
    path: `/v2/payments/captures/${encodeURIComponent(captureId)}`,
    operation: `read capture ${captureId}`,
    idempotent: true,
  });
  const capture = requireResource(body, `read capture ${captureId}`);
  const orderId = payPalCaptureOrderId(capture);
  if (stringAt(capture, 'status') !== 'PARTIALLY_REFUNDED' || !orderId) return summarizePayPalCapture(capture);
  const order = await readOrder(client, orderId);
  const currency = moneyAt(capture, 'amount')?.currency_code ?? 'USD';
  const refunded = payPalOrderRefunds(order)
    .filter((refund) => stringAt(refund, 'status') === 'COMPLETED' && payPalRefundCaptureId(refund) === captureId)
    .reduce(
      (sum, refund) =>
        sum + fromPayPalMoney(moneyAt(refund, 'amount') ?? { currency_code: currency, value: '0' }).amountMinor,
      0,
    );
  return summarizePayPalCapture(capture, { amountMinor: refunded, currency });
}
