import type { SendSlotRequest } from './reserve-send-slots';

const second = 1_000_000;

/**
 * One reservation as the window check remembers it: its slots' indexes, its first slot's time and the `nowMicros`
 * of the call (slot `start + i` goes at the later of `first + i × interval` and `now`).
 */
interface LedgerEntry {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly now: number;
}

/**
 * @internal A rate limit's shared state: the grid's next free slot, how many slots were ever taken, and the recent
 * reservations the one-second window needs. The SQL twin is `@cobro/postgres`'s `reserveSendSlotsSql`.
 */
export interface SlotLedger {
  readonly nextFree: number;
  readonly taken: number;
  readonly entries: readonly LedgerEntry[];
}

/**
 * @internal Takes `count` slots from a ledger (the contract of `BillingStoreV1.reserveSendSlots`). The first slot is
 * the latest of: the grid's next free slot; `fromMicros` (a catch-up reaching back for slots nobody used) or else
 * `nowMicros`; and, with `ratePerSecond`, the earliest time at which each new slot is one second after the slot
 * `ratePerSecond` places before it could go. A slot taken late goes at once (at the `nowMicros` of its call), and the
 * ledger remembers that: a catch-up never puts more than `ratePerSecond` sends into one second, whichever processes
 * send them, and slots taken on time never push the grid back.
 */
export function takeSlots(
  ledger: SlotLedger | undefined,
  input: SendSlotRequest,
): { first: number; ledger: SlotLedger } {
  const { count, intervalMicros: interval, nowMicros, ratePerSecond } = input;
  const taken = ledger?.taken ?? 0;
  // Slot indexes count from 1: these are taken + 1 … taken + count; `base` is the slot a second's worth before the
  // first. New slot i must not go before old slot base + i went, plus a second; old slot j went at
  // max(first + (j − start) × interval, now) of its entry, so the bound on the new first slot is, per entry, the
  // larger of its grid carried to `base` and its `now` less the slots between `base` and the entry's first overlap.
  let windowStart = Number.NEGATIVE_INFINITY;
  if (ratePerSecond !== undefined) {
    const base = taken + 1 - ratePerSecond;
    for (const entry of ledger?.entries ?? []) {
      if (entry.start > base + count - 1 || entry.end < base) continue;
      const grid = entry.first + (base - entry.start) * interval;
      const late = entry.now - (Math.max(entry.start, base) - base) * interval;
      windowStart = Math.max(windowStart, grid + second, late + second);
    }
  }
  const first = Math.max(ledger?.nextFree ?? Number.NEGATIVE_INFINITY, input.fromMicros ?? nowMicros, windowStart);
  // A later reservation looks back `ratePerSecond` slots from its own first slot at the earliest: older ones go.
  const keepFrom = taken + count + 1 - (ratePerSecond ?? 0);
  const entries = ratePerSecond === undefined ? [] : (ledger?.entries ?? []).filter((each) => each.end >= keepFrom);
  const last = entries.at(-1);
  if (
    last !== undefined &&
    onTime(last) &&
    nowMicros <= first &&
    first === last.first + (taken + 1 - last.start) * interval
  )
    entries[entries.length - 1] = { ...last, end: taken + count };
  else if (ratePerSecond !== undefined) entries.push({ start: taken + 1, end: taken + count, first, now: nowMicros });
  return { first, ledger: { nextFree: first + count * interval, taken: taken + count, entries } };
}

/**
 * An entry taken no later than its first slot bounds later slots by its grid alone (its `now` term never exceeds it),
 * so a reservation on time that continues it on the same grid extends it instead of adding one: at a steady pace the
 * ledger holds an entry or two, not a second's worth of reservations.
 */
const onTime = (entry: LedgerEntry) => entry.now <= entry.first;
