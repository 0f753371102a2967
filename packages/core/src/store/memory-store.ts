import type { BillingStoreV1 } from '../spec/billing-store/v1/billing-store-v1';
import { createMemoryDue } from './memory-due';
import { createMemoryRecords } from './memory-records';
import { createMemoryWork } from './memory-work';
import { instantMs } from './store-input';

const finalStates = new Set(['sent', 'failed']);

/**
 * The embedded store: everything in this process's memory, gone when it exits. Right for tests, demos, scripts
 * and a single-process app that can afford to lose its state; use `@cobro/postgres` otherwise (PGlite embedded, or
 * PostgreSQL for several processes).
 *
 * It keeps the whole {@link BillingStoreV1} contract: values are deep-copied in and out (no aliasing), a write
 * with a stale invoice version is refused with `StaleVersionError`, claims and outbox moves are atomic (each
 * method checks and writes without yielding to the event loop), and a refused call leaves nothing half-written.
 */
export function createMemoryStore(): BillingStoreV1 {
  const due = createMemoryDue();
  const records = createMemoryRecords(due);
  const work = createMemoryWork(due, records);
  const getCustomerWork: BillingStoreV1['getCustomerWork'] = async (customerId, { outboxSince }) => {
    const sinceMs = instantMs(outboxSince, 'outboxSince');
    const customer = await records.methods.getCustomer(customerId);
    if (!customer) return undefined;
    const invoices = records.invoicesOf(customerId, ['open', 'partially_paid']);
    const open = new Set(invoices.map((invoice) => invoice.id));
    const outbox = (await work.listOutbox({ customerId })).filter(
      (entry) => open.has(entry.invoiceId) || !finalStates.has(entry.state) || Date.parse(entry.updatedAt) >= sinceMs,
    );
    const lastInboundAt = due.lastInbound(customerId);
    return {
      customer,
      invoices,
      outbox,
      paymentLinks: records.linksOf([...open]),
      ...(lastInboundAt === undefined ? {} : { lastInboundAt }),
    };
  };
  return {
    specificationVersion: 'v1',
    name: 'memory',
    ...records.methods,
    ...work,
    ...due.methods,
    getCustomerWork,
    async getCustomersWork(customerIds, options) {
      instantMs(options?.outboxSince, 'outboxSince');
      const works = [];
      for (const customerId of customerIds) works.push(await getCustomerWork(customerId, options));
      return works;
    },
    async settleDueCustomers(settles) {
      const settled = [];
      for (const each of settles) settled.push(await due.methods.settleDueCustomer(each));
      return settled;
    },
  };
}
