import type { BillingStoreV1CustomerWork } from '../spec/billing-store/v1/billing-store-v1-customer-work';
import type { BillingStoreV1DueCustomer } from '../spec/billing-store/v1/billing-store-v1-due-customer';
import type { BillingStoreV1SettleDueOptions } from '../spec/billing-store/v1/billing-store-v1-settle-due-options';
import type { BillingContext } from './billing-context';
import { historyWindowMs } from './customer-send-state';

// Customers whose work is read together. Small, so a customer's work is read shortly before its drain starts (a
// page waits its turn behind the sends before it), yet one read serves several drains.
const workChunk = 16;

/** Reads a customer's work; `undefined` when there is no such customer. */
export type WorkReader = () => Promise<BillingStoreV1CustomerWork | undefined>;

/**
 * For one claimed page, the reader of each customer's work: with a store that has `getCustomersWork`, the first drain
 * to need a customer's work reads it for the next few customers of the page in one call. Without it, none (each
 * drain reads its own).
 */
export function createWorkLoader(
  context: BillingContext,
  page: readonly BillingStoreV1DueCustomer[],
): (due: BillingStoreV1DueCustomer) => WorkReader | undefined {
  const { store } = context;
  if (typeof store.getCustomersWork !== 'function') return () => undefined;
  const indexOf = new Map(page.map((due, index) => [due.customerId, index]));
  const chunks = new Map<number, Promise<readonly (BillingStoreV1CustomerWork | undefined)[]>>();
  const chunkAt = (start: number) => {
    let chunk = chunks.get(start);
    if (chunk === undefined) {
      const ids = page.slice(start, start + workChunk).map((due) => due.customerId);
      const since = new Date(Date.parse(context.now()) - historyWindowMs).toISOString();
      chunk = (store.getCustomersWork as NonNullable<typeof store.getCustomersWork>)(ids, { outboxSince: since });
      chunks.set(start, chunk);
    }
    return chunk;
  };
  return (due) => {
    const index = indexOf.get(due.customerId);
    if (index === undefined) return undefined;
    const start = index - (index % workChunk);
    return async () => (await chunkAt(start))[index - start];
  };
}

/** Settles collected from a page's drains, handed back in one store call when the store can (`settleDueCustomers`). */
export interface SettleBatch {
  /** Queues one customer's settle (or settles it at once, with a store that has no `settleDueCustomers`). */
  readonly add: (settle: BillingStoreV1SettleDueOptions) => Promise<void>;
  /** Hands back every queued customer. */
  readonly flush: () => Promise<void>;
}

/** The settle batch of one run: queued while the page drains, flushed before the next claim. */
export function createSettleBatch(context: BillingContext): SettleBatch {
  const { store } = context;
  const queued: BillingStoreV1SettleDueOptions[] = [];
  if (typeof store.settleDueCustomers !== 'function') {
    return {
      add: async (settle) => {
        await store.settleDueCustomer(settle);
      },
      flush: async () => undefined,
    };
  }
  const settleAll = store.settleDueCustomers.bind(store);
  return {
    add: async (settle) => {
      queued.push(settle);
    },
    flush: async () => {
      if (queued.length === 0) return;
      await settleAll(queued.splice(0));
    },
  };
}
