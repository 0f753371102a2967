import axios, { type AxiosInstance, type AxiosRequestConfig, type RawAxiosRequestHeaders } from 'axios';

/**
 * An axios instance for an adapter's API: base URL, timeout, JSON, a `User-Agent` naming the adapter, and no
 * throwing on HTTP status (adapters map every status themselves with {@link toApiCallError}).
 *
 * Pass the app's own instance as `http` to reuse its agents, proxies or interceptors. cobro never mutates its
 * defaults: it wraps the instance so that every request made through the returned one still carries cobro's base
 * URL, timeout, `User-Agent` and limits (the adapter's per-request options on top).
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
  /** An instance supplied by the app; its agents and interceptors are used, cobro's settings applied per request. */
  http?: AxiosInstance;
}): AxiosInstance {
  const settings = {
    baseURL,
    timeout: timeoutMs,
    validateStatus: () => true,
    // Large statements and media lists are fine, but never an unbounded body from a misbehaving server.
    maxContentLength: 50 * 1024 * 1024,
    maxRedirects: 0,
  } satisfies AxiosRequestConfig;
  const headers = { 'User-Agent': userAgent, Accept: 'application/json' };
  if (!http) return axios.create({ ...settings, headers });
  return withSettings(http, settings, headers);
}

/** `http`, seen through a proxy whose every request starts from cobro's settings; nothing on `http` changes. */
function withSettings(
  http: AxiosInstance,
  settings: AxiosRequestConfig,
  headers: Readonly<Record<string, string>>,
): AxiosInstance {
  const request = (config: AxiosRequestConfig = {}) =>
    http.request({
      ...settings,
      ...config,
      headers: { ...headers, ...plainHeaders(config.headers) },
    });
  const bodyless =
    (method: string) =>
    (url: string, config: AxiosRequestConfig = {}) =>
      request({ ...config, method, url });
  const withBody =
    (method: string) =>
    (url: string, data?: unknown, config: AxiosRequestConfig = {}) =>
      request({ ...config, method, url, data });
  const overrides: Record<PropertyKey, unknown> = {
    request,
    get: bodyless('get'),
    delete: bodyless('delete'),
    head: bodyless('head'),
    options: bodyless('options'),
    post: withBody('post'),
    put: withBody('put'),
    patch: withBody('patch'),
  };
  return new Proxy(http, {
    get: (target, key, receiver) => (key in overrides ? overrides[key] : Reflect.get(target, key, receiver)),
    apply: (_target, _this, args: unknown[]) =>
      typeof args[0] === 'string'
        ? request({ ...(args[1] as AxiosRequestConfig | undefined), url: args[0] })
        : request(args[0] as AxiosRequestConfig | undefined),
  });
}

function plainHeaders(value: AxiosRequestConfig['headers']): RawAxiosRequestHeaders {
  if (!value) return {};
  // AxiosHeaders keeps its entries as own properties; `toJSON` gives them without its methods.
  const json = (value as { toJSON?: () => RawAxiosRequestHeaders }).toJSON;
  return typeof json === 'function' ? json.call(value) : { ...(value as RawAxiosRequestHeaders) };
}
