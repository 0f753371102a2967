// A complete third-party adapter for a made-up provider, "Acme Pay", written the way docs/custom-payment-adapter.md
// describes: HTTP through createHttpClient, statuses mapped to ApiCallError, webhooks verified on the raw bytes.
import {
  ApiCallError,
  type Money,
  type PaymentProviderV1,
  type PaymentProviderV1Payment,
  type PaymentProviderV1WebhookEvent,
  WebhookVerificationError,
} from '@cobro/core';
import { createHttpClient, kindFromStatus, toApiCallError, verifyHmacHex } from '@cobro/core/adapter';

/** Acme's payment object, as its API returns it. */
export interface AcmePayment {
  id: string;
  link: string;
  reference: string;
  amount: number;
  currency: string;
  amount_refunded: number;
  status: 'paid' | 'refunded' | 'partially_refunded';
  paid_at: string;
}

const provider = 'acme-pay';
const toleranceSeconds = 300;

function toPayment(payment: AcmePayment): PaymentProviderV1Payment {
  const money = (amountMinor: number): Money => ({ amountMinor, currency: payment.currency });
  return {
    id: payment.id,
    status: payment.status === 'paid' ? 'succeeded' : payment.status,
    amount: money(payment.amount),
    amountRefunded: money(payment.amount_refunded),
    invoiceReference: payment.reference,
    linkId: payment.link,
    method: 'card',
    paidAt: payment.paid_at,
    raw: payment,
  };
}

/** Acme's webhook event. */
interface AcmeEvent {
  id: string;
  type: string;
  created: number;
  data: {
    payment?: AcmePayment;
    refund?: { id: string; amount: number };
    link?: { id: string; reference: string };
    failure_reason?: string;
  };
}

function normalise(event: AcmeEvent): PaymentProviderV1WebhookEvent {
  const base = { eventId: event.id, provider, occurredAt: new Date(event.created * 1000).toISOString(), raw: event };
  const { payment: raw, refund, link } = event.data;
  if (event.type === 'link.expired' && link) {
    return { ...base, type: 'link-expired', linkId: link.id, invoiceReference: link.reference };
  }
  if (!raw) return { ...base, type: 'unsupported', providerEventType: event.type };
  const payment = toPayment(raw);
  const about = {
    ...base,
    paymentId: payment.id,
    amount: payment.amount,
    invoiceReference: raw.reference,
    linkId: raw.link,
  };
  switch (event.type) {
    case 'payment.succeeded':
      return { ...about, type: 'payment-succeeded', method: 'card' };
    case 'payment.failed':
      return {
        ...about,
        type: 'payment-failed',
        ...(event.data.failure_reason ? { failureReason: event.data.failure_reason } : {}),
      };
    case 'payment.refunded':
      if (refund) {
        const amountRefunded = { amountMinor: refund.amount, currency: payment.amount.currency };
        return { ...about, type: 'payment-refunded', refundId: refund.id, amountRefunded };
      }
      break;
  }
  return { ...base, type: 'unsupported', providerEventType: event.type };
}

export function createAcmePay({
  apiKey,
  webhookSecret,
  baseURL,
}: {
  apiKey: string;
  webhookSecret: string;
  baseURL: string;
}): PaymentProviderV1 {
  const http = createHttpClient({ baseURL, userAgent: 'cobro-acme-pay/0.0.0', timeoutMs: 5_000 });

  async function call<T>(method: 'GET' | 'POST', url: string, data?: unknown, idempotencyKey?: string): Promise<T> {
    const response = await http
      .request({
        method,
        url,
        data,
        headers: {
          authorization: `Bearer ${apiKey}`,
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        },
      })
      .catch((error: unknown) => {
        throw toApiCallError({ provider, error, idempotent: method === 'GET' || idempotencyKey !== undefined });
      });
    if (response.status < 300) return response.data as T;
    const body = response.data as { error?: { code?: string; message?: string } } | undefined;
    throw new ApiCallError({
      provider,
      kind: kindFromStatus(response.status),
      statusCode: response.status,
      // The provider's message only: the request (and its Authorization header) is never quoted.
      message: `${provider}: ${body?.error?.message ?? `HTTP ${response.status}`}`,
      ...(body?.error?.code ? { providerCode: body.error.code } : {}),
      ...(typeof response.headers['request-id'] === 'string' ? { requestId: response.headers['request-id'] } : {}),
    });
  }

  return {
    specificationVersion: 'v1',
    provider,
    capabilities: {
      methodsByCurrency: { EUR: ['card'], USD: ['card'] },
      reusableLinks: false,
      expireLinks: true,
      refunds: true,
      partialRefunds: true,
      partialPayments: false,
    },

    async createPaymentLink(options) {
      const link = await call<{ id: string; url: string; reference: string }>(
        'POST',
        '/v1/links',
        { amount: options.amount.amountMinor, currency: options.amount.currency, reference: options.invoiceReference },
        options.idempotencyKey,
      );
      return { id: link.id, url: link.url, reusable: false, methods: ['card'], invoiceReference: link.reference };
    },

    async getPayment({ paymentId }) {
      return toPayment(await call<AcmePayment>('GET', `/v1/payments/${encodeURIComponent(paymentId)}`));
    },

    async expirePaymentLink({ linkId }) {
      await call('POST', `/v1/links/${encodeURIComponent(linkId)}/expire`, {});
    },

    async refund({ paymentId, amount, idempotencyKey }) {
      const refund = await call<{ id: string; payment: string; amount: number; currency: string }>(
        'POST',
        '/v1/refunds',
        { payment: paymentId, ...(amount ? { amount: amount.amountMinor } : {}) },
        idempotencyKey,
      );
      return {
        id: refund.id,
        paymentId: refund.payment,
        amount: { amountMinor: refund.amount, currency: refund.currency },
        status: 'succeeded',
        raw: refund,
      };
    },

    async parseWebhook({ rawBody, headers }) {
      const signature = Object.entries(headers).find(([name]) => name.toLowerCase() === 'acme-signature')?.[1];
      const match = /^t=(\d+),s=([0-9a-f]+)$/.exec(signature ?? '');
      if (!signature)
        throw new WebhookVerificationError({ provider, reason: 'missing-header', message: 'no acme-signature' });
      if (!match)
        throw new WebhookVerificationError({ provider, reason: 'malformed-header', message: 'bad acme-signature' });
      const [, timestamp = '', mac = ''] = match;
      const body = typeof rawBody === 'string' ? new TextEncoder().encode(rawBody) : rawBody;
      const signed = new Uint8Array([...new TextEncoder().encode(`${timestamp}.`), ...body]);
      if (!(await verifyHmacHex({ secret: webhookSecret, data: signed, signatureHex: mac }))) {
        throw new WebhookVerificationError({ provider, reason: 'bad-signature', message: 'signature mismatch' });
      }
      if (Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) {
        throw new WebhookVerificationError({ provider, reason: 'expired', message: 'signature too old' });
      }
      let event: AcmeEvent;
      try {
        event = JSON.parse(new TextDecoder().decode(body)) as AcmeEvent;
      } catch (cause) {
        throw new WebhookVerificationError({ provider, reason: 'malformed-body', message: 'not JSON', cause });
      }
      return normalise(event);
    },
  };
}
