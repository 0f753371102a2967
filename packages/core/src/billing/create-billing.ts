import { messageCatalogs } from '../messages/catalogs';
import { createRateLimiter, type RateLimiter } from '../pacing/create-rate-limiter';
import { defaultReminderPolicy } from '../policy/default-reminder-policy';
import { createEventBus } from '../runtime/events';
import type { PaymentProviderV1 } from '../spec/payment-provider/v1/payment-provider-v1';
import { createMemoryStore } from '../store/memory-store';
import type { Billing } from './billing';
import type { BillingContext } from './billing-context';
import { silentLogger } from './billing-logger';
import type { CreateBillingOptions } from './billing-options';
import { drainCustomerNow } from './drain-customer';
import { handleChannelEvent, handleChannelWebhook } from './handle-channel-webhook';
import { handlePaymentWebhook } from './handle-payment-webhook';
import { recordManualPayment, refundPayment, voidInvoice } from './manage-invoices';
import { reconcileOutbox } from './reconcile-outbox';
import { runDueReminders } from './run-due-reminders';
import { addInvoice, saveCustomer } from './save-records';
import { sendInvoice } from './send-invoice';
import { rawWebhookRequest, webhookErrorResponse } from './webhook-response';

/**
 * Creates the billing runtime: the app's one handle to send invoices with payment links, run lawful reminders,
 * book payments from webhooks, answer replies, and keep the audit log. Uses only the specs, so any store, channel
 * and providers that implement them plug in.
 *
 * ```ts
 * const billing = createBilling({
 *   channel: createWhatsAppCloud().channel,
 *   providers: [createStripe()],
 *   business: { name: 'Pasticceria Rossi' },
 * });
 * await billing.saveCustomer(customer);
 * await billing.addInvoice(invoice);
 * await billing.sendInvoice(invoice.id);
 * setInterval(() => billing.runDueReminders(), 5 * 60_000);
 * ```
 */
export function createBilling<const Provider extends PaymentProviderV1 = PaymentProviderV1>(
  options: CreateBillingOptions & { readonly providers?: readonly Provider[] },
): Billing<Provider['provider']> {
  const clock = options.clock ?? (() => new Date());
  const store = options.store ?? createMemoryStore();
  // Named on first use, not here: workerd refuses random values at module scope, where apps create billing.
  let owner = options.workerId;
  const base: BillingContext = {
    options,
    store,
    channel: options.channel,
    providers: new Map((options.providers ?? []).map((provider) => [provider.provider, provider])),
    policy: options.policy ?? defaultReminderPolicy,
    catalogs: options.catalogs ?? messageCatalogs,
    events: options.events ?? createEventBus(),
    logger: options.logger ?? silentLogger,
    get owner() {
      owner ??= `worker-${globalThis.crypto.randomUUID()}`;
      return owner;
    },
    sendLeaseMs: options.sendLeaseMs ?? 120_000,
    draining: new Map(),
    ...rateLimiterFor(options, store),
    now: () => clock().toISOString(),
  };
  const at = (now: Date | string | undefined): BillingContext => {
    if (now === undefined) return base;
    const fixed = typeof now === 'string' ? new Date(now).toISOString() : now.toISOString();
    return { ...base, now: () => fixed };
  };
  // Webhooks only record and enqueue; with `waitUntil` the platform keeps the drain running after the answer.
  const drainAfterAnswer = (waitUntil: ((work: Promise<unknown>) => void) | undefined) => {
    if (!waitUntil) return;
    waitUntil(
      runDueReminders(base).catch((error: unknown) =>
        base.logger.error('cobro: drain after webhook failed', {
          error: error instanceof Error ? error.message : String(error),
        }),
      ),
    );
  };
  const handleChannelEvents = async (events: Parameters<Billing['handleChannelEvents']>[0]) => {
    const results = [];
    for (const event of events) results.push(await handleChannelEvent(base, event));
    return results;
  };

  return {
    store,
    events: base.events,
    saveCustomer: (customer) => saveCustomer(base, customer),
    addInvoice: (invoice) => addInvoice(base, invoice),
    getInvoice: (invoiceId) => store.getInvoice(invoiceId),
    sendInvoice: (invoiceId, sendOptions) => sendInvoice(base, invoiceId, sendOptions),
    runDueReminders: (runOptions) => runDueReminders(at(runOptions?.now)),
    reconcileOutbox: () => reconcileOutbox(base),
    handlePaymentWebhook: (provider, request) => handlePaymentWebhook(base, provider, request),
    handleChannelWebhook: (request) => handleChannelWebhook(base, request),
    handleChannelEvents,
    // The app's own calls send what they queue right away (through the customer's queue); webhooks leave it to a drain.
    recordPayment: async (invoiceId, payment) => {
      const invoice = await recordManualPayment(base, invoiceId, payment);
      await drainCustomerNow(base, invoice.customerId);
      return invoice;
    },
    voidInvoice: (invoiceId, { reason }) => voidInvoice(base, invoiceId, reason),
    refundPayment: async (invoiceId, refund) => {
      const invoice = await refundPayment(base, invoiceId, refund);
      await drainCustomerNow(base, invoice.customerId);
      return invoice;
    },
    async currentPaymentUrl(invoiceId) {
      const links = await store.listPaymentLinks(invoiceId);
      const now = base.now();
      return links.filter((link) => link.state === 'active' && (!link.expiresAt || link.expiresAt > now)).at(-1)?.url;
    },
    paymentWebhookHandler:
      (provider, handlerOptions = {}) =>
      async (request) => {
        if (request.method !== 'POST') return new Response('method not allowed', { status: 405 });
        try {
          const result = await handlePaymentWebhook(base, provider, await rawWebhookRequest(request));
          drainAfterAnswer(handlerOptions.waitUntil);
          return Response.json({ outcome: result.outcome });
        } catch (error) {
          base.logger.error('cobro: payment webhook failed', {
            provider,
            error: error instanceof Error ? error.message : String(error),
          });
          return webhookErrorResponse(error);
        }
      },
    channelWebhookHandler:
      (handlerOptions = {}) =>
      async (request) => {
        if (request.method === 'GET' && handlerOptions.verifySubscription) {
          try {
            const challenge = handlerOptions.verifySubscription(new URL(request.url).search);
            return new Response(challenge, { status: 200, headers: { 'content-type': 'text/plain' } });
          } catch (error) {
            // A missing verify token looks like a wrong one from outside: say which it was in the log.
            base.logger.warn('cobro: webhook subscription handshake refused', {
              error: error instanceof Error ? error.message : String(error),
            });
            return new Response('forbidden', { status: 403 });
          }
        }
        if (request.method !== 'POST') return new Response('method not allowed', { status: 405 });
        try {
          await handleChannelWebhook(base, await rawWebhookRequest(request));
          drainAfterAnswer(handlerOptions.waitUntil);
          return new Response(null, { status: 200 });
        } catch (error) {
          base.logger.error('cobro: channel webhook failed', {
            error: error instanceof Error ? error.message : String(error),
          });
          return webhookErrorResponse(error);
        }
      },
  };
}

/** The shared limiter from `rateLimit`: slots come from the store, so every process draws on one budget. */
function rateLimiterFor(
  options: CreateBillingOptions,
  store: BillingContext['store'],
): { readonly rateLimiter?: RateLimiter } {
  const setting = options.rateLimit;
  if (!setting) return {};
  if ('acquire' in setting) return { rateLimiter: setting };
  return {
    rateLimiter: createRateLimiter({
      key: setting.key ?? `channel:${options.channel.channel}`,
      ratePerSecond: setting.messagesPerSecond,
      reserve: (input) => store.reserveSendSlots(input),
    }),
  };
}
