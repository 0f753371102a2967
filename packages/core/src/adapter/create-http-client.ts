import type { AxiosInstance, AxiosRequestConfig, AxiosResponse, RawAxiosRequestHeaders } from 'axios';

/**
 * What {@link createHttpClient} returns: axios's request methods, each starting from the adapter's settings.
 * Only the request methods: axios itself is loaded on the first request, so there are no `defaults` or
 * `interceptors` to reach before then (put interceptors on an instance of your own and pass it as `http`).
 */
export interface HttpClient {
  /** Sends `config` (the adapter's settings underneath, `config` on top). */
  request<T = unknown>(config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  /** `GET url`. */
  get<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  /** `DELETE url`. */
  delete<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  /** `HEAD url`. */
  head<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  /** `OPTIONS url`. */
  options<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  /** `POST url` with `data`. */
  post<T = unknown>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  /** `PUT url` with `data`. */
  put<T = unknown>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  /** `PATCH url` with `data`. */
  patch<T = unknown>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
}

// axios (and its form-data, proxy and adapter modules) is the heaviest thing an import of cobro would load, and
// only a request needs it: it is imported on the first request of any client, once per process. cobro's own
// instance, not axios's default one, so interceptors an app puts on the default never touch cobro's requests.
let ownInstance: Promise<AxiosInstance> | undefined;
const loadAxios = () => {
  ownInstance ??= import('axios').then((module) => module.default.create());
  return ownInstance;
};

/**
 * An HTTP client for an adapter's API: base URL, timeout, JSON, a `User-Agent` naming the adapter, and no
 * throwing on HTTP status (adapters map every status themselves with {@link toApiCallError}).
 *
 * Pass the app's own axios instance as `http` to reuse its agents, proxies or interceptors. cobro never mutates its
 * defaults: every request made through the returned client still carries cobro's base URL, timeout, `User-Agent`
 * and limits (the adapter's per-request options on top). Without `http`, axios is imported on the first request.
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
  /** An axios instance supplied by the app; its agents and interceptors are used, cobro's settings applied per request. */
  http?: AxiosInstance;
}): HttpClient {
  const settings = {
    baseURL,
    timeout: timeoutMs,
    validateStatus: () => true,
    // Large statements and media lists are fine, but never an unbounded body from a misbehaving server.
    maxContentLength: 50 * 1024 * 1024,
    maxRedirects: 0,
  } satisfies AxiosRequestConfig;
  const headers = { 'User-Agent': userAgent, Accept: 'application/json' };
  const request = async <T>(config: AxiosRequestConfig = {}): Promise<AxiosResponse<T>> =>
    (http ?? (await loadAxios())).request<T>({
      ...settings,
      ...config,
      headers: { ...headers, ...plainHeaders(config.headers) },
    });
  const bodyless =
    (method: string) =>
    <T>(url: string, config: AxiosRequestConfig = {}) =>
      request<T>({ ...config, method, url });
  const withBody =
    (method: string) =>
    <T>(url: string, data?: unknown, config: AxiosRequestConfig = {}) =>
      request<T>({ ...config, method, url, data });
  return {
    request,
    get: bodyless('get'),
    delete: bodyless('delete'),
    head: bodyless('head'),
    options: bodyless('options'),
    post: withBody('post'),
    put: withBody('put'),
    patch: withBody('patch'),
  };
}

function plainHeaders(value: AxiosRequestConfig['headers']): RawAxiosRequestHeaders {
  if (!value) return {};
  // AxiosHeaders keeps its entries as own properties; `toJSON` gives them without its methods.
  const json = (value as { toJSON?: () => RawAxiosRequestHeaders }).toJSON;
  return typeof json === 'function' ? json.call(value) : { ...(value as RawAxiosRequestHeaders) };
}
