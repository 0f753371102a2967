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
}
