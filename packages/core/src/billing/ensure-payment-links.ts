import type { Customer } from '../model/customer';
import type { Invoice } from '../model/invoice';
import type { BillingStoreV1PaymentLinkRecord } from '../spec/billing-store/v1/billing-store-v1-payment-link-record';
import type { PaymentProviderV1 } from '../spec/payment-provider/v1/payment-provider-v1';
import type { BillingContext } from './billing-context';

const day = 86_400_000;

/** The providers that collect this invoice, in order: the app's choice, or every one that takes its currency. */
export function providersFor(context: BillingContext, invoice: Invoice, customer: Customer): PaymentProviderV1[] {
  const chosen = context.options.selectProviders?.(invoice, customer);
  const all = [...context.providers.values()];
  if (chosen) return chosen.map((id) => context.providers.get(id)).filter((each) => each !== undefined);
  return all.filter((provider) => provider.capabilities.methodsByCurrency[invoice.currency] !== undefined);
}

/**
 * The live payment links of an invoice, one per provider, created when missing and rotated when they would expire
 * before `validUntil` or ask for another amount than the balance (after a part payment). The old link is expired at
 * the provider first, so a customer never pays through a stale one. Creation is idempotent per (invoice, provider,
 * attempt): a crash between the provider's answer and the store's write gets the same link back next time.
 *
 * @param known - the invoice's links as already read (by a drain), instead of reading them again
 */
export async function ensurePaymentLinks(
  context: BillingContext,
  invoice: Invoice,
  customer: Customer,
  validUntil: number,
  known?: readonly BillingStoreV1PaymentLinkRecord[],
): Promise<BillingStoreV1PaymentLinkRecord[]> {
  const { store } = context;
  // A drain already read the customer's links with its work: no second read per send.
  const existing = known ?? (await store.listPaymentLinks(invoice.id));
  const links: BillingStoreV1PaymentLinkRecord[] = [];
  for (const provider of providersFor(context, invoice, customer)) {
    const own = existing.filter((link) => link.provider === provider.provider);
    const active = own.filter((link) => link.state === 'active');
    const usable = active.find(
      (link) =>
        link.amount.amountMinor === invoice.balance.amountMinor &&
        (link.expiresAt === undefined || Date.parse(link.expiresAt) > validUntil),
    );
    if (usable) {
      links.push(usable);
      continue;
    }
    for (const stale of active) {
      const lapsed = stale.expiresAt !== undefined && Date.parse(stale.expiresAt) <= Date.parse(context.now());
      if (!lapsed) await expireAtProvider(context, provider, stale);
      await store.putPaymentLink({ ...stale, state: 'expired' });
      await store.appendAudit({
        at: context.now(),
        actor: 'system',
        action: 'payment-link.rotated',
        invoiceId: invoice.id,
        customerId: customer.id,
        details: { provider: provider.provider, linkId: stale.linkId },
      });
    }
    links.push(await createLink(context, provider, invoice, customer, own.length + 1));
  }
  return links;
}

async function createLink(
  context: BillingContext,
  provider: PaymentProviderV1,
  invoice: Invoice,
  customer: Customer,
  attempt: number,
): Promise<BillingStoreV1PaymentLinkRecord> {
  const now = Date.parse(context.now());
  const { maxLinkLifetimeMs, minLinkLifetimeMs } = provider.capabilities;
  const wanted = context.options.linkLifetimeMs ?? 30 * day;
  const lifetime = Math.max(minLinkLifetimeMs ?? 0, Math.min(maxLinkLifetimeMs ?? wanted, wanted));
  const link = await provider.createPaymentLink({
    amount: invoice.balance,
    invoiceReference: invoice.id,
    attempt,
    customer: {
      id: customer.id,
      name: customer.name,
      phone: customer.phone,
      locale: customer.locale,
      country: customer.country,
    },
    description: `${invoice.number}: ${invoice.description ?? invoice.lines[0]?.description ?? context.options.business.name}`,
    expiresAt: new Date(now + lifetime).toISOString(),
    ...(context.options.successUrl ? { successUrl: context.options.successUrl } : {}),
    idempotencyKey: `cobro:${invoice.id}:${provider.provider}:${attempt}`,
    metadata: { invoice_number: invoice.number },
  });
  const record: BillingStoreV1PaymentLinkRecord = {
    provider: provider.provider,
    linkId: link.id,
    invoiceId: invoice.id,
    url: link.url,
    amount: invoice.balance,
    createdAt: context.now(),
    ...(link.expiresAt ? { expiresAt: link.expiresAt } : {}),
    state: 'active',
  };
  await context.store.putPaymentLink(record);
  await context.store.appendAudit({
    at: context.now(),
    actor: `provider:${provider.provider}`,
    action: 'payment-link.created',
    invoiceId: invoice.id,
    customerId: customer.id,
    details: { linkId: link.id, attempt },
  });
  return record;
}

async function expireAtProvider(
  context: BillingContext,
  provider: PaymentProviderV1 | undefined,
  link: BillingStoreV1PaymentLinkRecord,
): Promise<void> {
  try {
    if (provider?.capabilities.expireLinks) await provider.expirePaymentLink({ linkId: link.linkId });
  } catch (error) {
    // A link the provider already closed (expired, used) needs no expiring; anything else is for a person to see.
    context.logger.warn('cobro: could not expire a payment link', {
      provider: link.provider,
      linkId: link.linkId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Stops every live link of an invoice (it was paid in full or voided), so nobody pays it twice. */
export async function retirePaymentLinks(
  context: BillingContext,
  invoiceId: string,
  state: 'expired' | 'used',
): Promise<void> {
  for (const link of await context.store.listPaymentLinks(invoiceId)) {
    if (link.state !== 'active') continue;
    await expireAtProvider(context, context.providers.get(link.provider), link);
    await context.store.putPaymentLink({ ...link, state });
  }
}
