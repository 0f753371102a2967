/** Options of {@link createPacer}. */
export interface PacerOptions {
  /** Messages per second for the phone number: 80 by default, up to 1,000 once Meta upgrades the number. */
  readonly messagesPerSecond?: number;
  /** Minimum spacing between messages to one recipient, in ms. Default 6,000 (WhatsApp's pair rate). */
  readonly perRecipientIntervalMs?: number;
  /** Messages one recipient may receive back to back before the spacing applies. Default 1; WhatsApp allows up to 45. */
  readonly perRecipientBurst?: number;
  /** The clock, in ms. Default `Date.now`. */
  readonly now?: () => number;
  /** How to wait. Default `setTimeout`. */
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * The number's rate limit, shared: e.g. `createRateLimiter` from `@cobro/core` over the store's `reserveSendSlots`,
   * so every process sending from the number draws on one budget and stalls are caught up within it. When set,
   * `messagesPerSecond` is the limiter's business and this pacer keeps only the per-recipient spacing.
   */
  readonly limiter?: {
    /** Waits for, and takes, one send under the number's limit; resolves with the instant it was granted (ms). */
    acquire(): Promise<number>;
  };
}

/** Spaces sends so a bulk run never trips WhatsApp's throughput (130429) or pair-rate (131056) limits. */
export interface Pacer {
  /** Waits for, and takes, the next slot for a message to `recipient`; resolves with the slot's time (ms). */
  acquire(recipient: string): Promise<number>;
  /**
   * Reserves the next slot without waiting (for planning); same rules as {@link Pacer.acquire}. With a shared
   * `limiter`, only the recipient's spacing: the number's slot is taken when the send is acquired.
   */
  reserve(recipient: string): number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Creates a pacer: an even spacing of `1000 / messagesPerSecond` ms for the phone number, and per recipient a token
 * bucket of `perRecipientBurst` refilled one per `perRecipientIntervalMs` (kept as a generic cell-rate limiter). Slots are reserved synchronously at call time, so thousands of concurrent `acquire`s get
 * distinct, correctly spaced slots; idle recipients are forgotten.
 */
export function createPacer(options: PacerOptions = {}): Pacer {
  const rate = options.messagesPerSecond ?? 80;
  if (!(rate > 0 && rate <= 1000)) throw new RangeError('messagesPerSecond must be between 1 and 1,000.');
  // Evenly spaced: any one-second window then holds at most `rate` sends, however Meta aligns its seconds.
  const numberInterval = 1000 / rate;
  const recipientInterval = options.perRecipientIntervalMs ?? 6000;
  const recipientTolerance = ((options.perRecipientBurst ?? 1) - 1) * recipientInterval;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  let numberTheoretical = 0;
  const recipientTheoretical = new Map<string, number>();

  const reserve = (recipient: string) => {
    const current = now();
    const recipientAt = Math.max(current, (recipientTheoretical.get(recipient) ?? 0) - recipientTolerance);
    // Whole milliseconds, rounded up: float spacing (1000 / 3) must never squeeze one extra send into a second.
    const at = Math.ceil(Math.max(recipientAt, numberTheoretical));
    numberTheoretical = Math.max(numberTheoretical, at) + numberInterval;
    recipientTheoretical.set(recipient, Math.max(recipientTheoretical.get(recipient) ?? 0, at) + recipientInterval);
    if (recipientTheoretical.size > 100_000) {
      for (const [key, until] of recipientTheoretical) if (until <= current) recipientTheoretical.delete(key);
    }
    return at;
  };

  const { limiter } = options;
  if (limiter) {
    // The pair rate is kept here; the number's rate is the shared limiter's, taken once the recipient may be sent to.
    const reserveRecipient = (recipient: string) => {
      const current = now();
      const at = Math.ceil(Math.max(current, (recipientTheoretical.get(recipient) ?? 0) - recipientTolerance));
      recipientTheoretical.set(recipient, Math.max(recipientTheoretical.get(recipient) ?? 0, at) + recipientInterval);
      if (recipientTheoretical.size > 100_000) {
        for (const [key, until] of recipientTheoretical) if (until <= current) recipientTheoretical.delete(key);
      }
      return at;
    };
    return {
      reserve: reserveRecipient,
      async acquire(recipient) {
        const wait = reserveRecipient(recipient) - now();
        if (wait > 0) await sleep(wait);
        return limiter.acquire();
      },
    };
  }

  return {
    reserve,
    async acquire(recipient) {
      const at = reserve(recipient);
      const wait = at - now();
      if (wait > 0) await sleep(wait);
      return at;
    },
  };
}
