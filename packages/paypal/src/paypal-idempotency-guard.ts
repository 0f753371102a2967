import { ApiCallError } from '@cobro/core';
import { payPalProviderId } from './paypal-error';

/**
 * Repeats are caught on this side too: within one process, a second call with the same key and the same request gets
 * the first call's result (sharing it while it is still in flight), and the same key with a different request is
 * refused. A failed call is forgotten so it can be retried. Invoicing v2 declares no `PayPal-Request-Id`, so this
 * guard (plus the key-derived invoice number PayPal keeps unique) is what stops a repeated create from making a second
 * invoice; for Orders and refunds it saves a round trip on top of the `PayPal-Request-Id` PayPal honours.
 */
export interface PayPalIdempotencyGuard {
  /** Runs `call` once per `(scope, key)`; see the interface description. */
  run<T>(scope: string, key: string, fingerprint: string, call: () => Promise<T>): Promise<T>;
}

/** Creates a guard remembering at most `capacity` keys (oldest forgotten first). */
export function createPayPalIdempotencyGuard(capacity = 1000): PayPalIdempotencyGuard {
  const entries = new Map<string, { fingerprint: string; result: Promise<unknown> }>();
  return {
    run<T>(scope: string, key: string, fingerprint: string, call: () => Promise<T>): Promise<T> {
      const id = `${scope}\u0000${key}`;
      const existing = entries.get(id);
      if (existing) {
        if (existing.fingerprint !== fingerprint) {
          return Promise.reject(
            new ApiCallError({
              provider: payPalProviderId,
              kind: 'idempotency-conflict',
              message: `The idempotency key of this ${scope} was already used for a different request; use a new key for a new request.`,
            }),
          );
        }
        return existing.result as Promise<T>;
      }
      const result = call();
      entries.set(id, { fingerprint, result });
      result.catch(() => {
        if (entries.get(id)?.result === result) entries.delete(id);
      });
      while (entries.size > capacity) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return result;
    },
  };
}

/** A stable text form of a request for fingerprinting: object keys sorted, `undefined` dropped. */
export function fingerprintOf(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : item,
  );
}
