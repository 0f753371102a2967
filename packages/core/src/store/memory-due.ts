import { type SlotLedger, takeSlots } from '../pacing/slot-ledger';
import type { BillingStoreV1 } from '../spec/billing-store/v1/billing-store-v1';
import type { BillingStoreV1DueCustomer } from '../spec/billing-store/v1/billing-store-v1-due-customer';
import { assertDuration, assertText, instantMs } from './store-input';

interface DueState {
  dueAtMs: number | undefined;
  /** The earliest instant a write asked for while the customer was claimed. */
  rearmedAtMs: number | undefined;
  sequence: number;
  owner: string | undefined;
  leaseExpiresAtMs: number;
}

/** A binary min-heap of (instant, customer id); stale pairs are skipped when popped (lazy deletion). */
function createDueHeap() {
  const heap: [number, string][] = [];
  const less = (a: [number, string], b: [number, string]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const swap = (i: number, j: number) => {
    const t = heap[i] as [number, string];
    heap[i] = heap[j] as [number, string];
    heap[j] = t;
  };
  return {
    push(item: [number, string]) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!less(heap[i] as [number, string], heap[parent] as [number, string])) break;
        swap(i, parent);
        i = parent;
      }
    },
    peek: () => heap[0],
    pop(): [number, string] | undefined {
      const top = heap[0];
      const last = heap.pop();
      if (heap.length > 0 && last) {
        heap[0] = last;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heap.length && less(heap[l] as [number, string], heap[m] as [number, string])) m = l;
          if (r < heap.length && less(heap[r] as [number, string], heap[m] as [number, string])) m = r;
          if (m === i) break;
          swap(i, m);
          i = m;
        }
      }
      return top;
    },
  };
}

/** @internal The memory store's due index, last inbound messages and shared rate limits. */
export interface MemoryDue {
  /**
   * Lowers a customer's due instant (same write as the caller's), unless `by` holds the customer's due claim: a
   * drain's own writes are in hand already.
   */
  lower(customerId: string, atMs: number, by?: string): void;
  /** The last inbound message's instant, if any. */
  lastInbound(customerId: string): string | undefined;
  readonly methods: Pick<
    BillingStoreV1,
    'markCustomerDue' | 'claimDueCustomers' | 'settleDueCustomer' | 'recordInbound' | 'reserveSendSlots'
  >;
}

/** @internal */
export function createMemoryDue(): MemoryDue {
  const states = new Map<string, DueState>();
  const heap = createDueHeap();
  // Claimed customers leave the heap; a worker that dies leaves them here until the lease runs out.
  const leased = new Set<string>();
  const inbound = new Map<string, number>();
  const slots = new Map<string, SlotLedger>();

  const stateOf = (customerId: string) => {
    let state = states.get(customerId);
    if (!state) {
      state = { dueAtMs: undefined, rearmedAtMs: undefined, sequence: 0, owner: undefined, leaseExpiresAtMs: 0 };
      states.set(customerId, state);
    }
    return state;
  };
  const lower = (customerId: string, atMs: number, by?: string) => {
    const state = stateOf(customerId);
    if (by !== undefined && state.owner === by) return;
    state.sequence += 1;
    if (state.owner !== undefined && (state.rearmedAtMs === undefined || atMs < state.rearmedAtMs))
      state.rearmedAtMs = atMs;
    if (state.dueAtMs !== undefined && state.dueAtMs <= atMs) return;
    state.dueAtMs = atMs;
    if (state.owner === undefined) heap.push([atMs, customerId]);
  };
  const take = (customerId: string, state: DueState, owner: string, leaseEnd: number): BillingStoreV1DueCustomer => {
    state.owner = owner;
    state.leaseExpiresAtMs = leaseEnd;
    state.rearmedAtMs = undefined;
    leased.add(customerId);
    return {
      customerId,
      dueAt: new Date(state.dueAtMs as number).toISOString(),
      dueSequence: state.sequence,
    };
  };

  return {
    lower,
    lastInbound(customerId) {
      const at = inbound.get(customerId);
      return at === undefined ? undefined : new Date(at).toISOString();
    },
    methods: {
      async markCustomerDue(customerId, at) {
        assertText(customerId, 'customerId');
        lower(customerId, instantMs(at, 'at'));
      },
      async claimDueCustomers({ owner, now, leaseMs, limit, customerIds }) {
        assertText(owner, 'owner');
        assertDuration(leaseMs, 'leaseMs');
        const nowMs = instantMs(now, 'now');
        const taken: BillingStoreV1DueCustomer[] = [];
        if (customerIds !== undefined) {
          for (const customerId of customerIds) {
            const state = states.get(customerId);
            if (taken.length >= limit || !state || state.dueAtMs === undefined || state.dueAtMs > nowMs) continue;
            if (state.owner !== undefined && state.owner !== owner && state.leaseExpiresAtMs > nowMs) continue;
            taken.push(take(customerId, state, owner, nowMs + leaseMs));
          }
          return taken;
        }
        // Expired leases first: their worker died holding them.
        for (const customerId of leased) {
          if (taken.length >= limit) break;
          const state = states.get(customerId);
          if (!state || state.owner === undefined) {
            leased.delete(customerId);
            continue;
          }
          if (state.leaseExpiresAtMs > nowMs && state.owner !== owner) continue;
          if (state.dueAtMs === undefined || state.dueAtMs > nowMs) continue;
          taken.push(take(customerId, state, owner, nowMs + leaseMs));
        }
        while (taken.length < limit) {
          const top = heap.peek();
          if (!top || top[0] > nowMs) break;
          heap.pop();
          const state = states.get(top[1]);
          // A stale pair: the customer moved, or is leased (it is then in `leased`).
          if (!state || state.dueAtMs !== top[0] || state.owner !== undefined) continue;
          taken.push(take(top[1], state, owner, nowMs + leaseMs));
        }
        return taken;
      },
      async settleDueCustomer({ customerId, owner, dueSequence, nextDueAt }) {
        const nextMs = nextDueAt === undefined ? undefined : instantMs(nextDueAt, 'nextDueAt');
        const state = states.get(customerId);
        if (!state || state.owner !== owner) return false;
        // A write during the claim asked for its own instant: keep the earlier of it and the runtime's.
        const rearmed = state.sequence === dueSequence ? undefined : state.rearmedAtMs;
        state.dueAtMs = rearmed === undefined ? nextMs : nextMs === undefined ? rearmed : Math.min(rearmed, nextMs);
        state.rearmedAtMs = undefined;
        state.owner = undefined;
        state.leaseExpiresAtMs = 0;
        leased.delete(customerId);
        if (state.dueAtMs !== undefined) heap.push([state.dueAtMs, customerId]);
        return true;
      },
      async recordInbound(customerId, at) {
        assertText(customerId, 'customerId');
        const atMs = instantMs(at, 'at');
        if ((inbound.get(customerId) ?? Number.NEGATIVE_INFINITY) < atMs) inbound.set(customerId, atMs);
      },
      async reserveSendSlots(input) {
        const { key, count, intervalMicros, nowMicros, fromMicros, ratePerSecond } = input;
        assertText(key, 'key');
        assertDuration(count, 'count');
        if (!(Number.isFinite(intervalMicros) && intervalMicros > 0)) assertDuration(intervalMicros, 'intervalMicros');
        if (!Number.isSafeInteger(nowMicros)) assertDuration(nowMicros, 'nowMicros');
        if (fromMicros !== undefined && !Number.isSafeInteger(fromMicros)) assertDuration(fromMicros, 'fromMicros');
        if (ratePerSecond !== undefined) assertDuration(ratePerSecond, 'ratePerSecond');
        const { first, ledger } = takeSlots(slots.get(key) ?? { nextFree: 0, taken: 0, entries: [] }, input);
        slots.set(key, ledger);
        return first;
      },
    },
  };
}
