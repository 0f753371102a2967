import { ApiCallError, type ApiCallErrorKind } from '@cobro/core';
import { kindFromStatus, parseRetryAfter } from '@cobro/core/adapter';
import { conektaErrorSchema } from './conekta-api';

/** Provider id used in every error and event of this adapter. */
export const conektaProviderId = 'conekta';

// Conekta's `type` field (spec `error` examples and the API reference), mapped to cobro's normalised kinds.
const kindByType: Readonly<Record<string, ApiCallErrorKind>> = {
  authentication_error: 'auth',
  parameter_validation_error: 'invalid-request',
  processing_error: 'declined',
  resource_not_found_error: 'not-found',
  precondition_required_error: 'invalid-request',
  conflict_error: 'conflict',
  too_many_requests_error: 'rate-limited',
  api_error: 'unavailable',
};

// Keys (`key_…`), bearer tokens and long digit runs (card numbers, phones) must never reach a message or a log line,
// even when Conekta echoes them back in `debug_message`.
const secretPatterns: readonly RegExp[] = [/key_[A-Za-z0-9_-]+/g, /Bearer\s+\S+/gi, /\+?\d{9,}/g];

/** Removes API keys, bearer tokens and long digit runs (card or phone numbers) from a message. */
export function scrubConektaMessage(message: string): string {
  return secretPatterns.reduce((text, pattern) => text.replace(pattern, '[redacted]'), message);
}

/**
 * Turns a non-2xx Conekta response into an `ApiCallError`: the kind from the body's `type` (falling back to
 * the HTTP status), the first detail's `code` as `providerCode`, the body's `log_id` as `requestId`, and `Retry-After`
 * when present. The message is built from Conekta's `details[].message` and `param`, scrubbed of keys and numbers.
 */
export function toConektaApiCallError({
  status,
  body,
  headers,
  operation,
}: {
  /** HTTP status of the response. */
  status: number;
  /** The parsed response body (anything: Conekta's error object, HTML from a proxy, empty). */
  body: unknown;
  /** Response headers, lower-case names. */
  headers: Record<string, unknown>;
  /** What was being done, for the message, e.g. `create payment link`. */
  operation: string;
}): ApiCallError {
  const parsed = conektaErrorSchema.safeParse(body);
  const error = parsed.success ? parsed.data : undefined;
  const details = error?.details ?? [];
  const typeKind = error?.type ? kindByType[error.type] : undefined;
  // The HTTP status wins for the transport-level classes a body type cannot express reliably.
  const kind: ApiCallErrorKind =
    status === 429
      ? 'rate-limited'
      : status === 401
        ? 'auth'
        : status >= 500
          ? 'unavailable'
          : (typeKind ?? kindFromStatus(status));
  const described = details
    .map((detail) =>
      [detail.message ?? detail.debug_message, detail.param ? `(${detail.param})` : undefined]
        .filter(Boolean)
        .join(' '),
    )
    .filter((text) => text.length > 0);
  const summary = described.length > 0 ? described.join('; ') : `HTTP ${status}`;
  const retryAfter = headers['retry-after'];
  return new ApiCallError({
    provider: conektaProviderId,
    kind,
    statusCode: status,
    message: scrubConektaMessage(`Conekta could not ${operation}: ${summary}${error?.type ? ` [${error.type}]` : ''}.`),
    providerCode: details.find((detail) => detail.code)?.code ?? error?.type ?? undefined,
    requestId: error?.log_id ?? undefined,
    retryAfterMs: parseRetryAfter(typeof retryAfter === 'string' ? retryAfter : undefined),
  });
}
