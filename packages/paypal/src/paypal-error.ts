import { ApiCallError, type ApiCallErrorKind } from '@cobro/core';
import { kindFromStatus, parseRetryAfter } from '@cobro/core/adapter';

/** Provider id used in every error and event of this adapter. */
export const payPalProviderId = 'paypal';

// PayPal `details[].issue` codes that say more than the HTTP status (Orders v2 / Payments v2 error references).
const kindByIssue: Readonly<Record<string, ApiCallErrorKind>> = {
  INSTRUMENT_DECLINED: 'declined',
  PAYER_ACTION_REQUIRED: 'declined',
  TRANSACTION_REFUSED: 'declined',
  PAYER_CANNOT_PAY: 'declined',
  CARD_EXPIRED: 'declined',
  DUPLICATE_INVOICE_ID: 'conflict',
  DUPLICATE_INVOICE_NUMBER: 'conflict',
  DUPLICATE_REQUEST_ID: 'idempotency-conflict',
  PREVIOUS_REQUEST_IN_PROGRESS: 'idempotency-conflict',
  RATE_LIMIT_REACHED: 'rate-limited',
  PERMISSION_DENIED: 'permission',
  NOT_AUTHORIZED: 'permission',
  INVALID_RESOURCE_ID: 'not-found',
  RESOURCE_NOT_FOUND: 'not-found',
};

// The top-level `name` of a PayPal error body, when no issue is more specific.
const kindByName: Readonly<Record<string, ApiCallErrorKind>> = {
  AUTHENTICATION_FAILURE: 'auth',
  NOT_AUTHORIZED: 'permission',
  PERMISSION_DENIED: 'permission',
  RESOURCE_NOT_FOUND: 'not-found',
  INVALID_REQUEST: 'invalid-request',
  UNPROCESSABLE_ENTITY: 'invalid-request',
  RATE_LIMIT_REACHED: 'rate-limited',
  INTERNAL_SERVER_ERROR: 'unavailable',
  SERVICE_UNAVAILABLE: 'unavailable',
};

// OAuth2 errors of `POST /v1/oauth2/token` (`{ error, error_description }`).
const kindByOAuthError: Readonly<Record<string, ApiCallErrorKind>> = {
  invalid_client: 'auth',
  unauthorized_client: 'auth',
  invalid_token: 'auth',
  invalid_grant: 'auth',
  invalid_request: 'invalid-request',
  unsupported_grant_type: 'invalid-request',
};

// Tokens (`A21AA…`), Basic/Bearer credentials and long digit runs (cards, phones) never reach a message, even when
// PayPal echoes them in a description.
const secretPatterns: readonly RegExp[] = [
  /\b(?:Bearer|Basic)\s+\S+/gi,
  /\bA[0-9]{2}[A-Za-z0-9_-]{20,}/g,
  /\+?\d{9,}/g,
];

/** Removes tokens, credentials and long digit runs from a message; also any `extraSecrets` given (client id/secret). */
export function scrubPayPalMessage(message: string, extraSecrets: readonly string[] = []): string {
  let text = secretPatterns.reduce((current, pattern) => current.replace(pattern, '[redacted]'), message);
  for (const secret of extraSecrets) if (secret.length >= 4) text = text.split(secret).join('[redacted]');
  return text;
}

interface PayPalErrorBody {
  name?: string;
  message?: string;
  debug_id?: string;
  details?: { issue?: string; description?: string; field?: string }[];
  error?: string;
  error_description?: string;
}

function readErrorBody(body: unknown): PayPalErrorBody {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  const record = body as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const details = Array.isArray(record.details)
    ? record.details
        .filter((detail): detail is Record<string, unknown> => !!detail && typeof detail === 'object')
        .map((detail) => ({
          issue: text(detail.issue),
          description: text(detail.description),
          field: text(detail.field),
        }))
    : undefined;
  return {
    name: text(record.name),
    message: text(record.message),
    debug_id: text(record.debug_id),
    details,
    error: text(record.error),
    error_description: text(record.error_description),
  };
}

/**
 * Turns a non-2xx PayPal response into an `ApiCallError`. The kind comes from the first `details[].issue` PayPal
 * documents (e.g. `INSTRUMENT_DECLINED` → `declined`), else the body's `name`, else the OAuth `error`, else the status;
 * 401, 429 and 5xx always win because retry decisions hang on them. `providerCode` is the issue (or name / OAuth
 * error), `requestId` the `debug_id` or the `paypal-debug-id` header. The message is scrubbed of credentials.
 */
export function toPayPalApiCallError({
  status,
  body,
  headers,
  operation,
  secrets = [],
}: {
  /** HTTP status of the response. */
  status: number;
  /** The parsed response body (PayPal's error object, an OAuth error, HTML from a proxy, empty). */
  body: unknown;
  /** Response headers, lower-case names. */
  headers: Record<string, unknown>;
  /** What was being done, for the message, e.g. `create the invoice`. */
  operation: string;
  /** Values that must never appear in the message (client id and secret). */
  secrets?: readonly string[];
}): ApiCallError {
  const error = readErrorBody(body);
  const issue = error.details?.find((detail) => detail.issue)?.issue;
  const specific =
    (issue ? kindByIssue[issue] : undefined) ??
    (error.name ? kindByName[error.name] : undefined) ??
    (error.error ? kindByOAuthError[error.error] : undefined);
  const kind: ApiCallErrorKind =
    status === 429
      ? 'rate-limited'
      : status === 401
        ? 'auth'
        : status >= 500
          ? 'unavailable'
          : (specific ?? kindFromStatus(status));
  const described = (error.details ?? [])
    .map((detail) =>
      [detail.issue, detail.description, detail.field ? `(${detail.field})` : undefined].filter(Boolean).join(' '),
    )
    .filter((text) => text.length > 0);
  const summary =
    described.length > 0
      ? described.join('; ')
      : (error.message ?? error.error_description ?? error.error ?? `HTTP ${status}`);
  const headerDebugId = headers['paypal-debug-id'];
  const retryAfter = headers['retry-after'];
  return new ApiCallError({
    provider: payPalProviderId,
    kind,
    statusCode: status,
    message: scrubPayPalMessage(
      `PayPal could not ${operation}: ${summary}${error.name ? ` [${error.name}]` : ''}.`,
      secrets,
    ),
    providerCode: issue ?? error.name ?? error.error ?? undefined,
    requestId: error.debug_id ?? (typeof headerDebugId === 'string' ? headerDebugId : undefined),
    retryAfterMs: parseRetryAfter(typeof retryAfter === 'string' ? retryAfter : undefined),
  });
}
