import { ApiCallError } from '@cobro/core';

// Answers that prove Meta refused the message before accepting it: throttling, never an outage.
const refusedCodes = new Set(['130429', '131056', '4', '80007', '613']);

/**
 * What a failed `POST /messages` means for a retry. The Cloud API has no idempotency key, so only an answer proving
 * the message was not accepted may be repeated: HTTP 429 and the throttling codes (130429, 131056, and the app-level
 * 4, 80007, 613), or a connection that never opened (`network`). Any other answer that would be worth repeating (a
 * bare 5xx from a proxy, 131000, 131016, 2, a timeout or reset after the request was written) may come after Meta
 * took the message, so it becomes `ambiguous` and is never re-posted.
 */
export function settleSendFailure(error: unknown): unknown {
  if (!ApiCallError.isInstance(error) || !error.isRetryable) return error;
  if (error.kind === 'network' && error.statusCode === undefined) return error;
  if (error.statusCode === 429 || (error.providerCode !== undefined && refusedCodes.has(error.providerCode)))
    return error;
  return new ApiCallError({
    provider: error.provider,
    kind: 'ambiguous',
    message: `${error.message} (the message may have been accepted, so it was not sent again)`,
    ...(error.statusCode === undefined ? {} : { statusCode: error.statusCode }),
    ...(error.providerCode === undefined ? {} : { providerCode: error.providerCode }),
    ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
    cause: error,
  });
}
