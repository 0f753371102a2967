import { ApiCallError, type ApiCallErrorKind } from '@cobro/core';
import { kindFromStatus, parseRetryAfter } from '@cobro/core/adapter';

const retryable = new Set([130429, 131056, 4, 80007, 613, 131000, 131016, 2]);
const auth = new Set([190, 0]);
const undeliverable = new Set([131026, 131051, 131052, 131053, 131008, 131009, 100]);
const policy = new Set([131048, 131049, 131050, 368, 130497, 131031, 131064]);

/** The kind of a Graph API error code, following the table in Meta's error-code reference. */
export function whatsappErrorKind(code: number, status: number): ApiCallErrorKind {
  if (code === 131047) return 'outside-service-window';
  if (code === 130429 || code === 131056 || code === 4 || code === 80007 || code === 613) return 'rate-limited';
  if (retryable.has(code)) return 'unavailable';
  if (auth.has(code)) return 'auth';
  if (code === 10 || (code >= 200 && code <= 299)) return 'permission';
  if (code >= 132000 && code < 133000) return 'template';
  if (code === 100) return 'invalid-request';
  if (undeliverable.has(code)) return 'undeliverable';
  if (policy.has(code)) return 'declined';
  return kindFromStatus(status);
}

interface GraphErrorBody {
  error?: {
    message?: string;
    type?: string;
    code?: number;
    error_subcode?: number;
    fbtrace_id?: string;
    error_data?: { details?: string };
  };
}

/**
 * Turns a Graph API error response into an {@link ApiCallError} with the WhatsApp code as `providerCode`, the
 * `fbtrace_id` as `requestId`, and the wait Meta asks for (`Retry-After`, or `x-business-use-case-usage`'s
 * `estimated_time_to_regain_access` in minutes). Phone numbers in Meta's text are masked.
 */
export function toWhatsAppApiError({
  status,
  body,
  headers,
}: {
  /** HTTP status. */
  status: number;
  /** The parsed response body. */
  body: unknown;
  /** Response headers. */
  headers: Readonly<Record<string, unknown>>;
}): ApiCallError {
  const error = (body as GraphErrorBody | undefined)?.error;
  const code = typeof error?.code === 'number' ? error.code : -1;
  const kind = whatsappErrorKind(code, status);
  const details = error?.error_data?.details ?? error?.message ?? `HTTP ${status}`;
  return new ApiCallError({
    provider: 'whatsapp-cloud',
    kind,
    statusCode: status,
    ...(code >= 0 ? { providerCode: String(code) } : {}),
    isRetryable: retryable.has(code) || (code < 0 && (status === 429 || status >= 500)),
    ...(retryAfter(headers) !== undefined ? { retryAfterMs: retryAfter(headers) } : {}),
    ...(error?.fbtrace_id ? { requestId: error.fbtrace_id } : {}),
    message: `WhatsApp ${code >= 0 ? code : status}: ${details.replace(/\+?\d{8,15}/g, (digits) => `${digits.slice(0, 3)}******${digits.slice(-4)}`)}`,
  });
}

function retryAfter(headers: Readonly<Record<string, unknown>>): number | undefined {
  const header = headers['retry-after'];
  const direct = parseRetryAfter(typeof header === 'string' ? header : undefined);
  if (direct !== undefined) return direct;
  const usage = headers['x-business-use-case-usage'];
  if (typeof usage !== 'string') return undefined;
  try {
    const minutes = Object.values(JSON.parse(usage) as Record<string, { estimated_time_to_regain_access?: number }[]>)
      .flat()
      .map((entry) => entry.estimated_time_to_regain_access ?? 0);
    const longest = Math.max(0, ...minutes);
    return longest > 0 ? longest * 60_000 : undefined;
  } catch {
    return undefined;
  }
}
