import { ApiCallError, type ApiCallErrorKind } from '../errors/api-call-error';

/** Classification of an HTTP status when the provider's body says nothing more specific. */
export function kindFromStatus(status: number): ApiCallErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 408 || status === 429) return status === 429 ? 'rate-limited' : 'unavailable';
  if (status >= 500) return 'unavailable';
  if (status >= 400) return 'invalid-request';
  return 'unknown';
}

/** Parses a `Retry-After` header (seconds or an HTTP date) into milliseconds from now. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null || value === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

// Errors raised before a connection exists: the request provably never reached the provider.
const neverSentCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_INVALID_URL',
]);

/**
 * Turns a transport failure (no HTTP response) into an {@link ApiCallError}.
 *
 * A failure before connecting is `network` (retryable). A timeout or reset after the request was written may have
 * reached the provider, so for a non-idempotent call it is `ambiguous`: never blindly re-sent.
 * Messages carry the error code, never headers or bodies (which may hold tokens or phone numbers).
 */
export function toApiCallError({
  provider,
  error,
  idempotent,
}: {
  /** Provider id. */
  provider: string;
  /** What axios (or anything else) threw. */
  error: unknown;
  /** True when repeating the call cannot duplicate its effect (GET, or a POST with an idempotency key). */
  idempotent: boolean;
}): ApiCallError {
  if (ApiCallError.isInstance(error)) return error;
  // axios's errors and Node's system errors both name the failure in `code`.
  const code = (error as { code?: string } | null | undefined)?.code;
  if (code && neverSentCodes.has(code)) {
    return new ApiCallError({
      provider,
      kind: 'network',
      message: `${provider}: could not connect (${code}).`,
      cause: error,
    });
  }
  if (idempotent) {
    return new ApiCallError({
      provider,
      kind: 'network',
      message: `${provider}: the request failed without a response (${code ?? 'unknown'}); it is safe to repeat.`,
      cause: error,
    });
  }
  return new ApiCallError({
    provider,
    kind: 'ambiguous',
    message: `${provider}: no response after the request was sent (${code ?? 'unknown'}); it may have taken effect, so it was not repeated.`,
    cause: error,
  });
}
