import {
  ApiCallError,
  type PaymentProviderV1Capabilities,
  type PaymentProviderV1CreateLinkOptions,
  type PaymentProviderV1Payment,
  type PaymentProviderV1Refund,
  type PaymentProviderV1WebhookEvent,
  UnsupportedFunctionalityError,
  ValidationError,
  WebhookVerificationError,
} from '@cobro/core';
import type {
  InMemoryPaymentLink,
  InMemoryPaymentProvider,
  InMemoryPaymentProviderOptions,
  WebhookDelivery,
} from './in-memory-payment-provider-types';
import { inMemorySignatureHeader, signInMemoryWebhook, verifyInMemoryWebhook } from './in-memory-webhook-signature';

export type {
  CompletedPayment,
  InMemoryPaymentLink,
  InMemoryPaymentProvider,
  InMemoryPaymentProviderOptions,
  WebhookDelivery,
} from './in-memory-payment-provider-types';

/**
 * Creates the in-memory reference payment provider: a complete `PaymentProviderV1` with idempotent links,
 * payments, refunds, expiry and HMAC-SHA256 signed webhooks (`x-cobro-signature: t=<unix>,v1=<hex>` over
 * `t.rawBody`), for app tests and as the model adapter authors compare against. It passes
 * `runPaymentProviderContract`.
 */
export function createInMemoryPaymentProvider(options: InMemoryPaymentProviderOptions): InMemoryPaymentProvider {
  const provider = options.provider ?? 'in-memory';
  const now = options.now ?? (() => new Date());
  const tolerance = options.toleranceSeconds ?? 300;
  const methodsByCurrency = options.methodsByCurrency ?? {
    EUR: ['card'],
    USD: ['card'],
    BRL: ['card', 'pix'],
    MXN: ['card', 'oxxo', 'spei'],
  };
  const links = new Map<string, InMemoryPaymentLink>();
  const byKey = new Map<string, { fingerprint: string; linkId: string }>();
  const payments = new Map<string, PaymentProviderV1Payment>();
  const refunds = new Map<string, PaymentProviderV1Refund>();
  const faults: number[] = [];
  let sequence = 0;
  let creations = 0;
  const nextId = (prefix: string) => `${prefix}_${String(++sequence).padStart(6, '0')}`;

  const notFound = (what: string, id: string) =>
    new ApiCallError({ provider, kind: 'not-found', statusCode: 404, message: `${provider}: no ${what} ${id}` });
  const fail = () => {
    const status = faults.shift();
    if (status === undefined) return;
    const kind =
      status === 401
        ? 'auth'
        : status === 429
          ? 'rate-limited'
          : status >= 500
            ? 'unavailable'
            : status === 404
              ? 'not-found'
              : 'invalid-request';
    throw new ApiCallError({
      provider,
      kind,
      statusCode: status,
      message: `${provider}: HTTP ${status}`,
      requestId: nextId('req'),
    });
  };

  const sign = async (
    body: unknown,
    signOptions: { secret?: string; timestamp?: number } = {},
  ): Promise<WebhookDelivery> => {
    const rawBody = JSON.stringify(body);
    const timestamp = signOptions.timestamp ?? Math.floor(now().getTime() / 1000);
    const signature = await signInMemoryWebhook(signOptions.secret ?? options.webhookSecret, timestamp, rawBody);
    return { rawBody, headers: { 'content-type': 'application/json', [inMemorySignatureHeader]: signature } };
  };

  const capabilities: PaymentProviderV1Capabilities = {
    methodsByCurrency,
    reusableLinks: false,
    maxLinkLifetimeMs: 30 * 86_400_000,
    minLinkLifetimeMs: 5 * 60_000,
    expireLinks: true,
    refunds: true,
    partialRefunds: true,
    partialPayments: false,
    ...options.capabilities,
  };
  const unsupported = (functionality: string) => new UnsupportedFunctionalityError({ provider, functionality });

  const self: InMemoryPaymentProvider = {
    specificationVersion: 'v1',
    provider,
    capabilities,
    links,
    payments,
    creations: () => creations,

    async createPaymentLink(input: PaymentProviderV1CreateLinkOptions) {
      fail();
      const methods = methodsByCurrency[input.amount.currency];
      const issues = [
        ...(methods
          ? []
          : [{ path: 'amount.currency', message: `${input.amount.currency} is not supported by ${provider}` }]),
        ...(Number.isSafeInteger(input.amount.amountMinor) && input.amount.amountMinor > 0
          ? []
          : [{ path: 'amount.amountMinor', message: 'must be a positive whole number of minor units' }]),
        ...(input.idempotencyKey ? [] : [{ path: 'idempotencyKey', message: 'is required' }]),
      ];
      if (issues.length > 0) throw new ValidationError({ subject: 'payment link options', issues });
      const fingerprint = JSON.stringify([input.amount, input.invoiceReference, input.attempt]);
      const previous = byKey.get(input.idempotencyKey);
      if (previous) {
        if (previous.fingerprint !== fingerprint) {
          throw new ApiCallError({
            provider,
            kind: 'idempotency-conflict',
            statusCode: 409,
            message: `${provider}: idempotency key reused with different parameters`,
          });
        }
        const { amount: _, active: __, ...link } = links.get(previous.linkId)!;
        return link;
      }
      creations++;
      const id = nextId('link');
      const offered = (input.allowedMethods ?? methods ?? []).filter((method) => methods?.includes(method));
      const link = {
        id,
        url: `${options.linkBaseUrl ?? 'https://pay.invalid/l/'}${id}`,
        reusable: false,
        methods: offered,
        invoiceReference: input.invoiceReference,
        ...(input.expiresAt ? { expiresAt: input.expiresAt } : {}),
      };
      links.set(id, { ...link, amount: input.amount, active: true });
      byKey.set(input.idempotencyKey, { fingerprint, linkId: id });
      return link;
    },

    async getPayment({ paymentId }) {
      fail();
      const payment = payments.get(paymentId);
      if (!payment) throw notFound('payment', paymentId);
      return payment;
    },

    async expirePaymentLink({ linkId }) {
      if (!capabilities.expireLinks) throw unsupported('expirePaymentLink');
      fail();
      const link = links.get(linkId);
      if (!link) throw notFound('link', linkId);
      links.set(linkId, { ...link, active: false });
    },

    async refund({ paymentId, amount, idempotencyKey }) {
      if (!capabilities.refunds) throw unsupported('refund');
      if (amount && !capabilities.partialRefunds) throw unsupported('partial refund');
      fail();
      const existing = refunds.get(idempotencyKey);
      if (existing) return existing;
      const payment = payments.get(paymentId);
      if (!payment) throw notFound('payment', paymentId);
      const refundAmount = amount ?? {
        amountMinor: payment.amount.amountMinor - payment.amountRefunded.amountMinor,
        currency: payment.amount.currency,
      };
      const refunded = payment.amountRefunded.amountMinor + refundAmount.amountMinor;
      if (
        refundAmount.currency !== payment.amount.currency ||
        refunded > payment.amount.amountMinor ||
        refundAmount.amountMinor <= 0
      ) {
        throw new ApiCallError({
          provider,
          kind: 'invalid-request',
          statusCode: 400,
          message: `${provider}: refund exceeds what is left of ${paymentId}`,
        });
      }
      payments.set(paymentId, {
        ...payment,
        amountRefunded: { amountMinor: refunded, currency: payment.amount.currency },
        status: refunded === payment.amount.amountMinor ? 'refunded' : 'partially_refunded',
      });
      const refund: PaymentProviderV1Refund = {
        id: nextId('refund'),
        paymentId,
        amount: refundAmount,
        status: 'succeeded',
        raw: { idempotencyKey },
      };
      refunds.set(idempotencyKey, refund);
      return refund;
    },

    async parseWebhook({ rawBody, headers }) {
      const text = await verifyInMemoryWebhook({
        provider,
        secret: options.webhookSecret,
        rawBody,
        headers,
        nowSeconds: now().getTime() / 1000,
        toleranceSeconds: tolerance,
      });
      let event: PaymentProviderV1WebhookEvent;
      try {
        event = { ...(JSON.parse(text) as PaymentProviderV1WebhookEvent) };
      } catch (cause) {
        throw new WebhookVerificationError({
          provider,
          reason: 'malformed-body',
          message: 'the body is not JSON',
          cause,
        });
      }
      if (typeof event?.type !== 'string' || typeof event.eventId !== 'string') {
        throw new WebhookVerificationError({ provider, reason: 'malformed-body', message: 'the body is not an event' });
      }
      return { ...event, raw: JSON.parse(text) as unknown };
    },

    async completePayment(linkId, paymentOptions = {}) {
      const link = links.get(linkId);
      if (!link?.active) throw new Error(`Link ${linkId} does not exist or is no longer active.`);
      const paymentId = nextId('pay');
      const amount = paymentOptions.amount ?? link.amount;
      const paidAt = now().toISOString();
      const method = paymentOptions.method ?? link.methods[0] ?? 'card';
      payments.set(paymentId, {
        id: paymentId,
        status: 'succeeded',
        amount,
        amountRefunded: { amountMinor: 0, currency: amount.currency },
        invoiceReference: link.invoiceReference,
        linkId,
        method,
        paidAt,
        raw: { paymentId, linkId },
      });
      const body = {
        type: 'payment-succeeded',
        eventId: nextId('evt'),
        provider,
        occurredAt: paidAt,
        invoiceReference: link.invoiceReference,
        paymentId,
        linkId,
        amount,
        method,
      };
      return { paymentId, delivery: await sign(body) };
    },

    sign,
    failNext(status) {
      faults.push(status);
    },
  };
  return self;
}
