/** What {@link ReserveSendSlots} is asked for; the same shape as the input of `BillingStoreV1.reserveSendSlots`. */
export interface SendSlotRequest {
  /** The limit's name, e.g. `whatsapp:<phone number id>`. */
  readonly key: string;
  /** How many consecutive slots to take. */
  readonly count: number;
  /** The spacing between two slots, in microseconds (1,000,000 / sends per second, rounded up). */
  readonly intervalMicros: number;
  /** The instant the slots may start from, in epoch microseconds. */
  readonly nowMicros: number;
}

/**
 * Takes `count` consecutive slots of a rate limit, atomically, with the contract of
 * `BillingStoreV1.reserveSendSlots`: the first slot is the later of `nowMicros` and the limit's next free slot, and the
 * next free slot moves `count × intervalMicros` on. Resolves with the first slot (epoch microseconds).
 *
 * Pass `(input) => store.reserveSendSlots(input)` so every process sending from one number shares one budget, or
 * {@link createLocalSlotReserver} for a single process. `createRateLimiter` passes an instant up to its
 * `catchUpMs` in the past while sends are waiting, to take the slots a stall let pass unused.
 */
export type ReserveSendSlots = (input: SendSlotRequest) => Promise<number>;

/**
 * The in-process {@link ReserveSendSlots}: a next free slot per key in a `Map`. Right for one process; several
 * processes sending from one number share the store's `reserveSendSlots` instead.
 */
export function createLocalSlotReserver(): ReserveSendSlots {
  const nextFree = new Map<string, number>();
  return async ({ key, count, intervalMicros, nowMicros }) => {
    const first = Math.max(nextFree.get(key) ?? Number.NEGATIVE_INFINITY, nowMicros);
    nextFree.set(key, first + count * intervalMicros);
    return first;
  };
}
