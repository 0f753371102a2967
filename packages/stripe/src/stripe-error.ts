import { ApiCallError, type ApiCallErrorKind } from '@cobro/core';
import { kindFromStatus, parseRetryAfter } from '@cobro/core/adapter';
import { stripeProviderId } from './stripe-provider-id';

// Secret, restricted and publishable keys, webhook secrets, bearer tokens and long digit runs (card or phone
// numbers) never reach a message, even when Stripe echoes part of a request back.
const secretPatterns: readonly RegExp[] = [
  /\b(?:sk|rk|pk)_(?:test|live)_[A-Za-z0-9]+/g,
  /\bwhsec_[A-Za-z0-9+/=]+/g,
  /Bearer\s+\S+/gi,
  // Digit runs inside ids (`cs_test_a1…`) are not numbers anyone could misuse; only free-standing runs are.
  /(?<![A-Za-z0-9_])\+?\d{9,}(?![A-Za-z0-9_])/g,
];

/** Removes API keys, webhook secrets, bearer tokens and long digit runs from a message. */
export function scrubStripeMessage(message: string): string {
  return secretPatterns.reduce((text, pattern) => text.replace(pattern, '[redacted]'), message);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

// Stripe's error `type` (spec `api_errors.type`), mapped to cobro's kinds; the HTTP status refines it below.
function kindOf(status: number, type: string | undefined, code: string | undefined): ApiCallErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 429 || code === 'rate_limit') return 'rate-limited';
  if (status >= 500 || type === 'api_error') return 'unavailable';
  if (type === 'idempotency_error') return 'idempotency-conflict';
  if (type === 'card_error' || status === 402) return 'declined';
  if (status === 404 || code === 'resource_missing') return 'not-found';
  if (status === 409) return 'conflict';
  return kindFromStatus(status);
}

/**
 * Turns a non-2xx Stripe response into an `ApiCallError`: the kind from the status and the body's
 * `error.type`/`code`, `decline_code` (else `code`, else `type`) as `providerCode`, the `Request-Id` header as
 * `requestId`, and `Retry-After` when present. The message carries Stripe's `message` and `param`, scrubbed.
 */
export function toStripeApiCallError({
  status,
  body,
  headers,
  operation,
}: {
  /** HTTP status of the response. */
  status: number;
  /** The parsed body: Stripe's `{ error: {...} }`, or anything a proxy sent. */
  body: unknown;
  /** Response headers, lower-case names. */
  headers: Record<string, unknown>;
  /** What was being done, e.g. `create the payment link`. */
  operation: string;
}): ApiCallError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const type = text(error.type);
  const code = text(error.code);
  const declineCode = text(error.decline_code);
  const detail = [text(error.message), text(error.param) ? `(${error.param})` : undefined].filter(Boolean).join(' ');
  const tags = [type, code, declineCode].filter(Boolean).join('/');
  const requestId = text(headers['request-id']) ?? text(error.request_id);
  const retryAfter = headers['retry-after'];
  return new ApiCallError({
    provider: stripeProviderId,
    kind: kindOf(status, type, code),
    statusCode: status,
    message: scrubStripeMessage(
      `Stripe could not ${operation}: ${detail || `HTTP ${status}`}${tags ? ` [${tags}]` : ''}.`,
    ),
    providerCode: declineCode ?? code ?? type,
    requestId,
    retryAfterMs: parseRetryAfter(typeof retryAfter === 'string' ? retryAfter : undefined),
  });
}
