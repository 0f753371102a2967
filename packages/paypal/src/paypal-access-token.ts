import { ApiCallError } from '@cobro/core';
import { payPalProviderId } from './paypal-error';

/** An OAuth2 access token and when it stops working, as the token cache keeps it. */
export interface PayPalAccessToken {
  /** The bearer token. Never logged, never put in an error. */
  readonly token: string;
  /** When to stop using it: PayPal's `expires_in` minus the refresh margin, in epoch milliseconds. */
  readonly refreshAtMs: number;
}

/** The access-token cache `createPayPalAccessTokenCache` returns. */
export interface PayPalAccessTokenCache {
  /** A valid token: the cached one, or a fresh one (one request, however many callers wait for it). */
  get(): Promise<string>;
  /** Forgets `token` after PayPal answered 401 with it, so the next `get` fetches a new one (only once). */
  invalidate(token: string): void;
  /** How many token requests were sent, for diagnostics and tests. */
  readonly requestCount: number;
}

/**
 * Caches the client-credentials token until `refreshMarginMs` before PayPal says it expires, and refreshes it
 * single-flight: concurrent callers share one `POST /v1/oauth2/token`. A failed request is not cached, so the next
 * call tries again.
 */
export function createPayPalAccessTokenCache({
  fetchToken,
  clock,
  refreshMarginMs = 5 * 60_000,
}: {
  /** Sends `POST /v1/oauth2/token`; resolves with `access_token` and `expires_in` (seconds). */
  fetchToken: () => Promise<{ accessToken: string; expiresInSeconds: number }>;
  /** The current time. */
  clock: () => Date;
  /** How long before `expires_in` runs out to refresh. Default 5 minutes (PayPal tokens last about 9 hours). */
  refreshMarginMs?: number;
}): PayPalAccessTokenCache {
  let cached: PayPalAccessToken | undefined;
  let pending: Promise<PayPalAccessToken> | undefined;
  let requestCount = 0;
  const refresh = () => {
    pending ??= (async () => {
      requestCount += 1;
      const startedMs = clock().getTime();
      const { accessToken, expiresInSeconds } = await fetchToken();
      if (accessToken === '' || !Number.isFinite(expiresInSeconds) || expiresInSeconds <= 0) {
        throw new ApiCallError({
          provider: payPalProviderId,
          kind: 'unknown',
          message: 'PayPal answered the token request without an access token or expiry.',
        });
      }
      // A token shorter-lived than the margin is still used, for half its life, rather than refetched on every call.
      const lifetimeMs = expiresInSeconds * 1000;
      const marginMs = Math.min(refreshMarginMs, lifetimeMs / 2);
      cached = { token: accessToken, refreshAtMs: startedMs + lifetimeMs - marginMs };
      return cached;
    })().finally(() => {
      pending = undefined;
    });
    return pending;
  };
  return {
    async get() {
      if (cached && clock().getTime() < cached.refreshAtMs) return cached.token;
      return (await refresh()).token;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
    get requestCount() {
      return requestCount;
    },
  };
}
