import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { AxiosAdapter, AxiosResponse, InternalAxiosRequestConfig } from 'axios';

type AxiosModule = typeof import('axios');

// axios's rules, so a request means the same through either adapter: an absolute URL ignores the base URL.
const absoluteUrl = /^([a-z][a-z\d+\-.]*:)?\/\//i;
const proxyVariables = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'];
const decoders: Readonly<Record<string, (body: Buffer) => Buffer>> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  compress: gunzipSync,
  'x-compress': gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

interface Target {
  readonly https: boolean;
  readonly hostname: string;
  readonly port: string;
  readonly path: string;
}

// The same few base URLs are parsed for every request: a parsed URL is kept (bounded).
const targets = new Map<string, Target | null>();

function targetOf(url: string): Target | undefined {
  let target = targets.get(url);
  if (target === undefined) {
    target = null;
    try {
      const parsed = new URL(url);
      if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && !parsed.username && !parsed.password) {
        target = {
          https: parsed.protocol === 'https:',
          // `[::1]` is a URL's spelling; a socket wants `::1`.
          hostname: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
          port: parsed.port,
          path: parsed.pathname + parsed.search,
        };
      }
    } catch {
      // Not a URL this adapter sends: axios's own adapter reports it as it always has.
    }
    if (targets.size >= 1_000) targets.clear();
    targets.set(url, target);
  }
  return target ?? undefined;
}

function fullUrl({ baseURL, url = '', allowAbsoluteUrls }: InternalAxiosRequestConfig): string {
  if (!baseURL || (allowAbsoluteUrls !== false && absoluteUrl.test(url))) return url;
  return url ? `${baseURL.replace(/\/?\/$/, '')}/${url.replace(/^\/+/, '')}` : baseURL;
}

// What only axios's own adapter does (proxies, redirects, streams, forms, progress events, custom agents or
// transports…): such a request goes to it, unchanged.
function needsAxiosAdapter(config: InternalAxiosRequestConfig, data: unknown): boolean {
  const own = config as unknown as Record<string, unknown>;
  if (config.maxRedirects !== 0 || config.params !== undefined || config.auth !== undefined) return true;
  if (config.proxy !== undefined || config.cancelToken !== undefined) return true;
  if (config.responseType !== undefined && config.responseType !== 'json' && config.responseType !== 'text') {
    return true;
  }
  for (const option of [
    'httpAgent',
    'httpsAgent',
    'socketPath',
    'transport',
    'lookup',
    'family',
    'beforeRedirect',
    'onUploadProgress',
    'onDownloadProgress',
    'maxRate',
    'insecureHTTPParser',
    'httpVersion',
    'http2Options',
  ]) {
    if (own[option] !== undefined) return true;
  }
  if (!(data === undefined || data === null || typeof data === 'string' || Buffer.isBuffer(data))) return true;
  return proxyVariables.some((name) => process.env[name]);
}

/**
 * An axios adapter over `node:http` for the requests cobro makes (JSON or text in and out, no redirects, no proxy):
 * what axios's own Node adapter does for them, without its per-request proxy lookups, redirect machinery and
 * stream plumbing. Requests with anything else (a proxy in the environment, redirects, params, forms, streams,
 * agents…) go to axios's own adapter unchanged. Node's global agent (keep-alive since Node 19) carries the
 * connections, as with axios's adapter. Statuses are settled by `validateStatus`, timeouts are axios's
 * `ECONNABORTED` (or `ETIMEDOUT` with `transitional.clarifyTimeoutError`), socket errors keep Node's `code`.
 */
export function nodeHttpAdapter(axios: AxiosModule): AxiosAdapter {
  const { AxiosError, AxiosHeaders } = axios;
  // At run time axios's CanceledError takes (message, config, request); its typings say otherwise.
  const CanceledError = axios.CanceledError as unknown as new (
    message: undefined,
    config: unknown,
    request: unknown,
  ) => Error;
  const fallback = axios.getAdapter('http');
  return (config) => {
    const data: unknown = config.data;
    if (needsAxiosAdapter(config, data)) return fallback(config);
    const target = targetOf(fullUrl(config));
    if (!target) return fallback(config);
    const body: Buffer | undefined =
      data === undefined || data === null ? undefined : typeof data === 'string' ? Buffer.from(data) : (data as Buffer);
    const maxBodyLength = config.maxBodyLength ?? -1;
    if (body !== undefined && maxBodyLength > -1 && body.length > maxBodyLength) {
      return Promise.reject(
        new AxiosError('Request body larger than maxBodyLength limit', AxiosError.ERR_BAD_REQUEST, config),
      );
    }
    // axios keeps each header as an own property of its headers object. One pass: what to send (`false` or nothing
    // means "do not send it") and which of the headers axios adds by default the caller has set (even to false).
    const outgoing: Record<string, string | string[]> = {};
    const given = config.headers as unknown as Record<string, unknown>;
    let userAgent = false;
    let acceptEncoding = false;
    let contentLength = false;
    for (const name of Object.keys(given)) {
      const value = given[name];
      if (value === undefined) continue;
      const lower = name.toLowerCase();
      if (lower === 'user-agent') userAgent = true;
      else if (lower === 'accept-encoding') acceptEncoding = true;
      else if (lower === 'content-length') contentLength = true;
      if (value === null || value === false) continue;
      outgoing[name] = Array.isArray(value) ? value.map(String) : String(value);
    }
    if (!userAgent) outgoing['User-Agent'] = `axios/${axios.default.VERSION}`;
    if (!acceptEncoding && config.decompress !== false) outgoing['Accept-Encoding'] = 'gzip, compress, deflate, br';
    if (!contentLength && body !== undefined) outgoing['Content-Length'] = String(body.length);
    return new Promise<AxiosResponse>((resolve, reject) => {
      let done = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const signal = config.signal as AbortSignal | undefined;
      const finish = (error: unknown, response?: AxiosResponse) => {
        if (done) return;
        done = true;
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener?.('abort', onAbort);
        if (error) reject(error);
        else resolve(response as AxiosResponse);
      };
      const send = target.https ? httpsRequest : httpRequest;
      const req: ClientRequest = send(
        {
          method: (config.method ?? 'get').toUpperCase(),
          hostname: target.hostname,
          ...(target.port ? { port: target.port } : {}),
          path: target.path,
          headers: outgoing,
        },
        (res) => receive(res),
      );
      req.on('error', (error) => finish(AxiosError.from(error, undefined, config, req)));
      const fail = (error: unknown) => {
        finish(error);
        req.destroy();
      };
      function onAbort() {
        fail(new CanceledError(undefined, config, req));
      }
      if (signal) {
        if (signal.aborted) {
          onAbort();
          return;
        }
        signal.addEventListener?.('abort', onAbort);
      }
      const timeout = Number(config.timeout ?? 0);
      if (timeout > 0) {
        const onTimeout = () =>
          fail(
            new AxiosError(
              config.timeoutErrorMessage || `timeout of ${timeout}ms exceeded`,
              config.transitional?.clarifyTimeoutError ? AxiosError.ETIMEDOUT : AxiosError.ECONNABORTED,
              config,
              req,
            ),
          );
        // A wall-clock timer, as axios's adapter keeps one: the socket's own timeout does not run while connecting.
        timer = setTimeout(onTimeout, timeout);
      }

      function receive(res: IncomingMessage) {
        const maxContentLength = config.maxContentLength ?? -1;
        const chunks: Buffer[] = [];
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          length += chunk.length;
          if (maxContentLength > -1 && length > maxContentLength) {
            res.destroy();
            fail(
              new AxiosError(
                `maxContentLength size of ${maxContentLength} exceeded`,
                AxiosError.ERR_BAD_RESPONSE,
                config,
                req,
              ),
            );
          }
        });
        res.on('error', (error) => fail(AxiosError.from(error, undefined, config, req)));
        // A connection closed in the middle of the body: no answer to give, and the request did reach the server.
        res.on('close', () => {
          if (!res.complete) fail(new AxiosError('the response was cut short', 'ECONNRESET', config, req));
        });
        res.on('end', () => {
          if (done) return;
          let raw = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length);
          const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
          const decode = config.decompress !== false && config.method !== 'head' ? decoders[encoding] : undefined;
          if (decode && raw.length > 0 && res.statusCode !== 204) {
            try {
              raw = decode(raw);
            } catch (error) {
              finish(AxiosError.from(error, AxiosError.ERR_BAD_RESPONSE, config, req));
              return;
            }
            // As axios does once it has decompressed: the headers now describe the decoded body.
            delete res.headers['content-encoding'];
            if (maxContentLength > -1 && raw.length > maxContentLength) {
              finish(
                new AxiosError(
                  `maxContentLength size of ${maxContentLength} exceeded`,
                  AxiosError.ERR_BAD_RESPONSE,
                  config,
                  req,
                ),
              );
              return;
            }
          }
          const encodingName = (config.responseEncoding ?? 'utf8') as BufferEncoding;
          let text = raw.toString(encodingName);
          if (encodingName === 'utf8' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          const response: AxiosResponse = {
            data: text,
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: responseHeaders(res),
            config,
            request: req,
          };
          const { validateStatus } = config;
          if (!response.status || !validateStatus || validateStatus(response.status)) {
            finish(undefined, response);
            return;
          }
          finish(
            new AxiosError(
              `Request failed with status code ${response.status}`,
              response.status >= 400 && response.status < 500
                ? AxiosError.ERR_BAD_REQUEST
                : AxiosError.ERR_BAD_RESPONSE,
              config,
              req,
              response,
            ),
          );
        });
      }
      req.end(body);
    });
  };

  // Node's parser has already checked and trimmed every name and value: they go into axios's headers as they are,
  // without its per-header normalising (a linear key search each). A `__proto__` header takes axios's own path.
  function responseHeaders(res: IncomingMessage): InstanceType<typeof AxiosHeaders> {
    if (Object.hasOwn(res.headers, '__proto__')) return new AxiosHeaders(res.headers as Record<string, string>);
    return Object.assign(new AxiosHeaders(), res.headers);
  }
}
