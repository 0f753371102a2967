import {
  type Billing,
  type BillingStoreV1,
  createBilling,
  createCustomer,
  createInvoice,
  createMemoryStore,
  parseMoney,
} from '@cobro/core';
import { createInMemoryMessagingChannel } from '@cobro/testing';
import { createFakeClock, type FakeClock } from './demo-billing';

/** One customer, one open invoice sent on 2026-12-01, on a fake clock: for tests that need a runtime, not a month. */
export async function buildSmallBilling(
  name = 'Giulia',
  store: BillingStoreV1 = createMemoryStore(),
): Promise<{ billing: Billing; clock: FakeClock }> {
  const clock = createFakeClock('2026-12-01T09:00:00.000Z');
  const channel = createInMemoryMessagingChannel({ webhookSecret: 'small-test', now: clock.now });
  const billing = createBilling({
    channel,
    store,
    business: { name: 'Pasticceria Rossi' },
    offlinePaymentOptions: [{ kind: 'iban', iban: 'IT60X0542811101000000123456', accountName: 'Pasticceria Rossi' }],
    clock: clock.now,
    workerId: 'small-test',
  });
  await billing.saveCustomer(
    createCustomer({
      id: 'c-1',
      name,
      phone: '+39 347 123 4567',
      locale: 'it-IT',
      timeZone: 'Europe/Rome',
      country: 'IT',
      optIn: { at: '2026-11-20T15:00:00.000Z', source: 'checkout', evidence: 'order form #88' },
    }),
  );
  await billing.addInvoice(
    createInvoice({
      id: 'inv-1',
      number: 'F-1',
      customerId: 'c-1',
      currency: 'EUR',
      status: 'open',
      issueDate: '2026-12-01',
      dueDate: '2026-12-04',
      businessTimeZone: 'Europe/Rome',
      lines: [{ description: 'torta', quantity: '1', unitPrice: parseMoney('45.00', 'EUR'), taxRate: '0' }],
    }),
  );
  await billing.sendInvoice('inv-1');
  return { billing, clock };
}
