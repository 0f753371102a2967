/**
 * Input of `BillingStoreV1.reserveSendSlots`: a share of a rate limit that every process sending from one number
 * draws on. Times are epoch microseconds, so a 1,000-per-second rate (1,000 µs apart) is exact.
 */
export interface BillingStoreV1ReserveSlotsInput {
  /** The limit's name, e.g. `whatsapp:<phone number id>`. */
  readonly key: string;
  /** How many consecutive slots to take. */
  readonly count: number;
  /** The spacing between two slots, in microseconds (1,000,000 / messages per second). */
  readonly intervalMicros: number;
  /** The current instant, in epoch microseconds. */
  readonly nowMicros: number;
  /**
   * How far back slots nobody used may still be taken (a catch-up after a stall), in epoch microseconds; default
   * `nowMicros`, which takes none.
   */
  readonly fromMicros?: number;
  /**
   * Sends allowed in any one-second window. Given, a slot is never earlier than one second after the latest instant
   * at which the slot `ratePerSecond` places before it could go (the later of that slot and the `nowMicros` of the
   * call that took it): slots taken from the past, sent at once, keep every second within the rate.
   */
  readonly ratePerSecond?: number;
}
