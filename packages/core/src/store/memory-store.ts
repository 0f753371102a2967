import type { BillingStoreV1 } from '../spec/billing-store/v1/billing-store-v1';
import { createMemoryRecords } from './memory-records';
import { createMemoryWork } from './memory-work';

/**
 * The embedded store: everything in this process's memory, gone when it exits. Right for tests, demos, scripts
 * and a single-process app that can afford to lose its state; use a database adapter otherwise.
 *
 * It keeps the whole {@link BillingStoreV1} contract: values are deep-copied in and out (no aliasing), a write
 * with a stale invoice version is refused with `StaleVersionError`, claims and outbox moves are atomic (each
 * method checks and writes without yielding to the event loop), and a refused call leaves nothing half-written.
 */
export function createMemoryStore(): BillingStoreV1 {
  return {
    specificationVersion: 'v1',
    name: 'memory',
    ...createMemoryRecords(),
    ...createMemoryWork(),
  };
}
