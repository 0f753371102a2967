import { type SlotLedger, takeSlots } from './slot-ledger';

/** What {@link ReserveSendSlots} is asked for; the same shape as the input of `BillingStoreV1.reserveSendSlots`. */
export interface SendSlotRequest {
  /** The limit's name, e.g. `whatsapp:<phone number id>`. */
  readonly key: string;
  /** How many consecutive slots to take. */
  readonly count: number;
  /** The spacing between two slots, in microseconds (1,000,000 / sends per second, rounded up). */
  readonly intervalMicros: number;
  /** The current instant, in epoch microseconds. */
  readonly nowMicros: number;
  /**
   * How far back slots nobody used may still be taken (a catch-up after a stall), in epoch microseconds; default
   * `nowMicros`, which takes none.
   */
  readonly fromMicros?: number;
  /**
   * Sends allowed in any one-second window. Given, slots taken from the past are held back as far as needed to keep
   * every second at this many, counting every process's sends.
   */
  readonly ratePerSecond?: number;
}

/**
 * Takes `count` consecutive slots of a rate limit, atomically, with the contract of
 * `BillingStoreV1.reserveSendSlots`: the first slot is the latest of `fromMicros` (or `nowMicros`), the limit's next
 * free slot and, with `ratePerSecond`, what keeps every one-second window within the rate; the next free slot moves
 * `count × intervalMicros` on. Resolves with the first slot (epoch microseconds).
 *
 * Pass `(input) => store.reserveSendSlots(input)` so every process sending from one number shares one budget, or
 * {@link createLocalSlotReserver} for a single process. `createRateLimiter` passes a `fromMicros` up to its
 * `catchUpMs` in the past while sends are waiting, to take the slots a stall let pass unused.
 */
export type ReserveSendSlots = (input: SendSlotRequest) => Promise<number>;

/**
 * The in-process {@link ReserveSendSlots}: a next free slot per key in a `Map`. Right for one process; several
 * processes sending from one number share the store's `reserveSendSlots` instead. It keeps no one-second window
 * (`ratePerSecond` is not needed here): the limiter's own log of its sends keeps that, exactly, in one process.
 */
export function createLocalSlotReserver(): ReserveSendSlots {
  const ledgers = new Map<string, SlotLedger>();
  return async ({ ratePerSecond: _, ...input }) => {
    const { first, ledger } = takeSlots(ledgers.get(input.key), input);
    ledgers.set(input.key, ledger);
    return first;
  };
}
