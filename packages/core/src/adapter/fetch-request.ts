import type { AxiosRequestConfig, AxiosResponse } from 'axios';
import { plainHeaders } from './http-client';

// axios's rules, so a request means the same on either transport: an absolute URL ignores the base URL.
const absoluteUrl = /^([a-z][a-z\d+\-.]*:)?\/\//i;

function urlOf({ baseURL, url = '', params }: AxiosRequestConfig): string {
  let full =
    baseURL && !absoluteUrl.test(url)
      ? url
        ? `${baseURL.replace(/\/?\/$/, '')}/${url.replace(/^\/+/, '')}`
        : baseURL
      : url;
  if (params && typeof params === 'object') {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params as Record<string, unknown>)) {
      if (value !== undefined && value !== null) query.append(name, String(value));
    }
    const text = query.toString();
    if (text) full += `${full.includes('?') ? '&' : '?'}${text}`;
  }
  return full;
}

/** A failure without a response, shaped like axios's: a `code` that `toApiCallError` classifies, and no config. */
function transportError(message: string, code: string, cause?: unknown): Error & { code: string } {
  return Object.assign(new Error(message, cause === undefined ? undefined : { cause }), { code });
}

function bodyOf(data: unknown, headers: Record<string, string>): BodyInit | undefined {
  if (data === undefined || data === null) return undefined;
  if (
    typeof data === 'string' ||
    data instanceof FormData ||
    data instanceof URLSearchParams ||
    data instanceof Blob ||
    data instanceof ArrayBuffer ||
    ArrayBuffer.isView(data)
  ) {
    return data as BodyInit;
  }
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  return JSON.stringify(data);
}

function dataOf(text: string, config: AxiosRequestConfig, headers: Record<string, string>, status: number): unknown {
  const transforms = config.transformResponse;
  if (transforms !== undefined) {
    // As in axios, the caller's transforms replace the default JSON parsing.
    let data: unknown = text;
    for (const transform of Array.isArray(transforms) ? transforms : [transforms]) {
      data = transform.call(config as never, data, headers as never, status);
    }
    return data;
  }
  if (config.responseType !== undefined && config.responseType !== 'json') return text;
  if (text === '') return text;
  try {
    return JSON.parse(text);
  } catch {
    // axios's default (silent JSON parsing): a body that is not JSON stays text.
    return text;
  }
}

/**
 * Sends an axios request config with the runtime's `fetch`: what axios's own fetch adapter does in an edge runtime,
 * without bundling axios. The response has axios's shape (`status`, `data`, lower-case `headers`); statuses are not
 * thrown unless `validateStatus` says so; failures without a response carry a `code` (`ECONNABORTED` for a timeout,
 * `ERR_NETWORK` otherwise, or the runtime's own code when it gives one).
 */
export async function fetchRequest<T>(config: AxiosRequestConfig): Promise<AxiosResponse<T>> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(plainHeaders(config.headers))) {
    // `false` (or nothing) means "do not send this header", as in axios.
    if (value !== undefined && value !== null && value !== false) headers[name] = String(value);
  }
  const body = bodyOf(config.data, headers);
  const controller = new AbortController();
  const timeoutMs = config.timeout ?? 0;
  const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
  let response: Response;
  let text: string;
  try {
    try {
      response = await fetch(urlOf(config), {
        method: (config.method ?? 'get').toUpperCase(),
        headers,
        ...(body === undefined ? {} : { body }),
        redirect: config.maxRedirects === 0 ? 'manual' : 'follow',
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) {
        throw transportError(`timeout of ${timeoutMs}ms exceeded`, 'ECONNABORTED', error);
      }
      const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
      throw transportError(
        'the request failed without a response',
        typeof code === 'string' ? code : 'ERR_NETWORK',
        error,
      );
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
  const responseHeaders = Object.fromEntries(response.headers);
  const maxContentLength = config.maxContentLength ?? -1;
  if (maxContentLength > -1 && new TextEncoder().encode(text).length > maxContentLength) {
    throw transportError(`maxContentLength size of ${maxContentLength} exceeded`, 'ERR_BAD_RESPONSE');
  }
  const result = {
    data: dataOf(text, config, responseHeaders, response.status) as T,
    status: response.status,
    statusText: response.statusText,
    headers: responseHeaders,
    config,
    request: undefined,
  } as unknown as AxiosResponse<T>;
  if (config.validateStatus && !config.validateStatus(response.status)) {
    throw Object.assign(transportError(`Request failed with status code ${response.status}`, 'ERR_BAD_RESPONSE'), {
      response: result,
    });
  }
  return result;
}
