import { messageCatalogs } from '../messages/catalogs';
import type { PaymentProviderV1 } from '../spec/payment-provider/v1/payment-provider-v1';
import { defaultReminderPolicy } from '../policy/default-reminder-policy';
import { createEventBus } from '../runtime/events';
import { createMemoryStore } from '../store/memory-store';
import type { Billing } from './billing';
import type { BillingContext } from './billing-context';
import { silentLogger } from './billing-logger';
import type { CreateBillingOptions } from './billing-options';
import { handleChannelEvent, handleChannelWebhook } from './handle-channel-webhook';
import { handlePaymentWebhook } from './handle-payment-webhook';
import { recordManualPayment, refundPayment, voidInvoice } from './manage-invoices';
import { reconcileOutbox } from './reconcile-outbox';
import { runDueReminders } from './run-due-reminders';
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
  // Named on first use, not here: workerd refuses random values at module scope, where apps create billing.
  let owner = options.workerId;
  const base: BillingContext = {
    options,
    store: options.store ?? createMemoryStore(),
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
    now: () => clock().toISOString(),
  };
  const at = (now: Date | string | undefined): BillingContext => {
    if (now === undefined) return base;
    const fixed = typeof now === 'string' ? new Date(now).toISOString() : now.toISOString();
    return { ...base, now: () => fixed };
  };
  const { store } = base;
  const handleChannelEvents = async (events: Parameters<Billing['handleChannelEvents']>[0]) => {
    const results = [];
    for (const event of events) results.push(await handleChannelEvent(base, event));
    return results;
  };

  return {
    store,
    events: base.events,
    saveCustomer: (customer) => store.putCustomer(customer),
    async addInvoice(invoice) {
      const stored = await store.putInvoice({ ...invoice, version: 0 }, { expectedVersion: 0 });
      base.events.emit('invoice.created', { invoice: stored });
      return stored;
    },
    getInvoice: (invoiceId) => store.getInvoice(invoiceId),
    sendInvoice: (invoiceId, sendOptions) => sendInvoice(base, invoiceId, sendOptions),
    runDueReminders: (runOptions) => runDueReminders(at(runOptions?.now)),
    reconcileOutbox: () => reconcileOutbox(base),
    handlePaymentWebhook: (provider, request) => handlePaymentWebhook(base, provider, request),
    handleChannelWebhook: (request) => handleChannelWebhook(base, request),
    handleChannelEvents,
    recordPayment: (invoiceId, payment) => recordManualPayment(base, invoiceId, payment),
    voidInvoice: (invoiceId, { reason }) => voidInvoice(base, invoiceId, reason),
    refundPayment: (invoiceId, refund) => refundPayment(base, invoiceId, refund),
    async currentPaymentUrl(invoiceId) {
      const links = await store.listPaymentLinks(invoiceId);
      const now = base.now();
      return links.filter((link) => link.state === 'active' && (!link.expiresAt || link.expiresAt > now)).at(-1)?.url;
    },
    paymentWebhookHandler: (provider) => async (request) => {
      if (request.method !== 'POST') return new Response('method not allowed', { status: 405 });
      try {
        const result = await handlePaymentWebhook(base, provider, await rawWebhookRequest(request));
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
