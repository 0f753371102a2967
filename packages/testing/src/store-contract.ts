import { describe } from 'vitest';
import { describeDueCases } from './store-contract/store-contract-due-cases';
import { describeGuaranteeCases } from './store-contract/store-contract-guarantee-cases';
import { type BillingStoreContractOptions, freshStoreOf } from './store-contract/store-contract-harness';
import { describeRecordCases } from './store-contract/store-contract-record-cases';
import { describeWorkCases } from './store-contract/store-contract-work-cases';

/**
 * The billing store contract: a Vitest suite every `BillingStoreV1` runs (the memory store, PGlite, PostgreSQL, or
 * your own database). It is the executable definition of the spec's TSDoc: each method's semantics, optimistic
 * versions, exactly one winner among concurrent `claim` / `beginOutboxSend` / `enqueueOutbox` /
 * `rememberIdempotencyKey` / `claimDueCustomers` callers and non-overlapping `reserveSendSlots`, nothing written by
 * a call that throws, values copied in and out, ordering and paging, and the due index (lowered by the writes that
 * create work; a settle under a moved sequence keeps the earlier instant). Every case gets a fresh store from
 * `create` and hands it to `cleanup`.
 *
 * @example
 * ```ts
 * runBillingStoreContract({
 *   name: 'my-store',
 *   create: async () => createMyStore({ schema: `test_${crypto.randomUUID().slice(0, 8)}` }),
 *   cleanup: async (store) => (store as MyStore).dropSchema(),
 * });
 * ```
 */
export function runBillingStoreContract(options: BillingStoreContractOptions): void {
  const freshStore = freshStoreOf(options);
  describe(`BillingStoreV1 contract: ${options.name}`, () => {
    describeRecordCases(options.name, freshStore);
    describeWorkCases(options.name, freshStore);
    describeDueCases(options.name, freshStore);
    describeGuaranteeCases(options.name, freshStore);
  });
}
