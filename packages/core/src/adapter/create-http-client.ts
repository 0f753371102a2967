import axios, { type AxiosInstance } from 'axios';

/**
 * An axios instance for an adapter's API: base URL, timeout, JSON, a `User-Agent` naming the adapter, and no
 * throwing on HTTP status (adapters map every status themselves with {@link toApiCallError}).
 *
 * Pass the app's own instance as `http` to reuse its agents, proxies or interceptors; cobro then sets only
 * per-request options and never mutates its defaults.
 */
export function createHttpClient({
  baseURL,
  userAgent,
  timeoutMs = 30_000,
  http,
}: {
  /** API root, e.g. `https://graph.facebook.com/v25.0`. */
  baseURL: string;
  /** e.g. `cobro-whatsapp-cloud/0.1.0`. */
  userAgent: string;
  /** Per-request timeout; 30 s by default. */
  timeoutMs?: number;
  /** An instance supplied by the app, used as is. */
  http?: AxiosInstance;
}): AxiosInstance {
  if (http) return http;
  return axios.create({
    baseURL,
    timeout: timeoutMs,
    headers: { 'User-Agent': userAgent, Accept: 'application/json' },
    validateStatus: () => true,
    // Large statements and media lists are fine, but never an unbounded body from a misbehaving server.
    maxContentLength: 50 * 1024 * 1024,
    maxRedirects: 0,
  });
}
