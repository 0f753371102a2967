import { ApiCallError } from '../errors/api-call-error';

/**
 * A client-side idempotency guard, for provider APIs without an idempotency header (Conekta, PayPal Invoicing) or on
 * top of one (saving a round trip): within one process, a second call with the same key and the same request gets the
 * first call's result (sharing it while it is still in flight), and the same key with a different request is refused
 * with an `idempotency-conflict`. A failed call is forgotten so it can be retried. Across processes the adapter must
 * recover on its own (Conekta lists checkouts by the key in their metadata; PayPal searches the key-derived number).
 */
export interface IdempotencyGuard {
  /** Runs `call` once per `(scope, key)`; see the interface description. */
  run<T>(scope: string, key: string, fingerprint: string, call: () => Promise<T>): Promise<T>;
}

/**
 * Creates a guard for `provider` (named in its errors) remembering at most `capacity` keys, oldest forgotten first.
 */
export function createIdempotencyGuard(provider: string, capacity = 1000): IdempotencyGuard {
  const entries = new Map<string, { fingerprint: string; result: Promise<unknown> }>();
  return {
    run<T>(scope: string, key: string, fingerprint: string, call: () => Promise<T>): Promise<T> {
      const id = `${scope}\u0000${key}`;
      const existing = entries.get(id);
      if (existing) {
        if (existing.fingerprint !== fingerprint) {
          return Promise.reject(
            new ApiCallError({
              provider,
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
