import type { AxiosInstance, AxiosRequestConfig, AxiosResponse, RawAxiosRequestHeaders } from 'axios';

/**
 * What {@link createHttpClient} returns: axios's request methods, each starting from the adapter's settings.
 * Only the request methods: the transport is chosen and loaded on the first request, so there are no `defaults` or
 * `interceptors` to reach before then (put interceptors on an axios instance of your own and pass it as `http`).
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

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** API root, e.g. `https://graph.facebook.com/v25.0`. */
  baseURL: string;
  /** e.g. `cobro-whatsapp-cloud/0.1.0`. */
  userAgent: string;
  /** Per-request timeout; 30 s by default. */
  timeoutMs?: number;
  /** An axios instance supplied by the app; its agents and interceptors are used, cobro's settings applied per request. */
  http?: AxiosInstance;
}

/** A transport: sends one fully merged request. */
export type SendRequest = <T>(config: AxiosRequestConfig) => Promise<AxiosResponse<T>>;

/** The client over `send`, every request starting from the adapter's settings (the caller's config on top). */
export function httpClientOver(
  { baseURL, userAgent, timeoutMs = 30_000 }: HttpClientOptions,
  send: SendRequest,
): HttpClient {
  const settings = {
    baseURL,
    timeout: timeoutMs,
    validateStatus: () => true,
    // Large statements and media lists are fine, but never an unbounded body from a misbehaving server.
    maxContentLength: 50 * 1024 * 1024,
    maxRedirects: 0,
  } satisfies AxiosRequestConfig;
  const headers = { 'User-Agent': userAgent, Accept: 'application/json' };
  const request = <T>(config: AxiosRequestConfig = {}): Promise<AxiosResponse<T>> =>
    send<T>({ ...settings, ...config, headers: { ...headers, ...plainHeaders(config.headers) } });
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

/** Request headers as a plain record. */
export function plainHeaders(value: AxiosRequestConfig['headers']): RawAxiosRequestHeaders {
  if (!value) return {};
  // AxiosHeaders keeps its entries as own properties; `toJSON` gives them without its methods.
  const json = (value as { toJSON?: () => RawAxiosRequestHeaders }).toJSON;
  return typeof json === 'function' ? json.call(value) : { ...(value as RawAxiosRequestHeaders) };
}
