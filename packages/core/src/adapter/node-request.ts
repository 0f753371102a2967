import type { AxiosAdapter, AxiosInstance, AxiosRequestConfig, AxiosResponse, InternalAxiosRequestConfig } from 'axios';

type AxiosModule = typeof import('axios');

// The options cobro's clients put on a request. A request with any other (params, auth, transforms, an adapter, a
// response type other than JSON or text…) goes through axios's whole pipeline.
const directOptions = new Set([
  'method',
  'url',
  'baseURL',
  'data',
  'headers',
  'timeout',
  'validateStatus',
  'maxContentLength',
  'maxRedirects',
  'responseType',
  'signal',
]);
const defaultContentTypeMethods = new Set(['post', 'put', 'patch']);

function isPlainJson(data: unknown): boolean {
  if (Array.isArray(data)) return true;
  if (typeof data !== 'object' || data === null) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === Object.prototype || prototype === null;
}

function isDirect(config: AxiosRequestConfig): boolean {
  for (const option of Object.keys(config)) {
    if (!directOptions.has(option) && (config as Record<string, unknown>)[option] !== undefined) return false;
  }
  const { responseType, data } = config;
  if (responseType !== undefined && responseType !== 'json' && responseType !== 'text') return false;
  return data === undefined || data === null || typeof data === 'string' || Buffer.isBuffer(data) || isPlainJson(data);
}

/**
 * How cobro's own axios instance sends on Node. axios's request pipeline (merging the config with the instance's
 * defaults, normalising every header, the interceptor chain, the request and response transforms) cost about 65 µs
 * of CPU per request, as much as the HTTP request itself: measured by the `client-cpu` benchmark, and the largest
 * single cost a worker had left in the scale-out benchmark. cobro's instance has no interceptors and its defaults are
 * cobro's own, so for the requests its clients make (JSON or text in and out) this does what that pipeline would —
 * the same config given to the same adapter (`nodeHttpAdapter`), JSON bodies serialised and a `Content-Type` set as
 * axios sets them, answers parsed by axios's rules (silent JSON parsing) — and hands every other request to axios.
 * As on edge runtimes, where `fetchRequest` stands in for axios.
 */
export function nodeRequest(axios: AxiosModule, instance: AxiosInstance, adapter: AxiosAdapter) {
  const { AxiosHeaders } = axios;
  // At run time axios's CanceledError takes (message, config); its typings say otherwise.
  const CanceledError = axios.CanceledError as unknown as new (message: undefined, config: unknown) => Error;
  return async <T>(config: AxiosRequestConfig): Promise<AxiosResponse<T>> => {
    if (!isDirect(config)) return instance.request<T>(config);
    // As axios's dispatch does: an already aborted request is cancelled before it is sent.
    if ((config.signal as AbortSignal | undefined)?.aborted) throw new CanceledError(undefined, config);
    const headers = new AxiosHeaders();
    const given = (config.headers ?? {}) as Record<string, unknown>;
    for (const name of Object.keys(given)) {
      const value = given[name];
      if (value !== undefined) headers.set(name, value as string);
    }
    let data: unknown = config.data;
    const contentType = String(headers.getContentType() ?? '');
    const json = contentType.includes('application/json');
    if (isPlainJson(data)) {
      // axios turns an object into a form for these types.
      if (contentType.includes('application/x-www-form-urlencoded') || contentType.includes('multipart/form-data')) {
        return instance.request<T>(config);
      }
      headers.setContentType('application/json', false);
      data = JSON.stringify(data);
    } else if (typeof data === 'string' && json) {
      // axios's stringifySafely: JSON text is sent trimmed, any other text as a JSON string.
      try {
        JSON.parse(data);
        data = data.trim();
      } catch {
        data = JSON.stringify(data);
      }
    }
    const method = (config.method ?? 'get').toLowerCase();
    if (defaultContentTypeMethods.has(method)) headers.setContentType('application/x-www-form-urlencoded', false);
    const internal = { ...config, method, headers, data } as InternalAxiosRequestConfig;
    const start = performance.now();
    try {
      return parsed(await adapter(internal), start) as AxiosResponse<T>;
    } catch (error) {
      const response = (error as { response?: AxiosResponse }).response;
      if (response) parsed(response, start);
      throw error;
    }
  };
}

// axios's default response transform: a text body is JSON when it parses (unless text was asked for), else text.
function parsed(response: AxiosResponse, start: number): AxiosResponse {
  (response as { duration?: number }).duration = performance.now() - start;
  const { data, config } = response;
  if (typeof data === 'string' && data !== '' && config.responseType !== 'text') {
    try {
      response.data = JSON.parse(data);
    } catch {
      // Silent JSON parsing: the body stays text.
    }
  }
  return response;
}
