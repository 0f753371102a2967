// Everything `@cobro/core/adapter` exports but `createHttpClient`, whose transport differs between Node (axios,
// index.ts) and edge runtimes (fetch, edge.ts).
export type { HttpClient, HttpClientOptions } from './http-client';
export { createIdempotencyGuard, fingerprintOf, type IdempotencyGuard } from './idempotency-guard';
export { loadOptionalSetting, loadSetting } from './load-setting';
export {
  type NodeHmacOptions,
  nodeHmac,
  nodeHmacHex,
  nodeHmacMatchesHex,
  nodeTimingSafeEqualAscii,
} from './node-hmac-hex';
export { type RetryOptions, retryWithBackoff } from './retry';
export { kindFromStatus, parseRetryAfter, toApiCallError } from './to-api-call-error';
export { computeHmac, type RawBody, timingSafeEqual, toBytes, toHex, verifyHmacHex } from './verify-hmac';
