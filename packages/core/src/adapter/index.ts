/**
 * `@cobro/core/adapter`: helpers for adapter authors (ours and yours). Apps do not need this entry point.
 *
 * @packageDocumentation
 */
export { createHttpClient, type HttpClient } from './create-http-client';
export { createIdempotencyGuard, fingerprintOf, type IdempotencyGuard } from './idempotency-guard';
export { loadOptionalSetting, loadSetting } from './load-setting';
export { nodeHmacHex, nodeHmacMatchesHex, nodeTimingSafeEqualAscii } from './node-hmac-hex';
export { type RetryOptions, retryWithBackoff } from './retry';
export { kindFromStatus, parseRetryAfter, toApiCallError } from './to-api-call-error';
export { computeHmac, type RawBody, timingSafeEqual, toBytes, toHex, verifyHmacHex } from './verify-hmac';
