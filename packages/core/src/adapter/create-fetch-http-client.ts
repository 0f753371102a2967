import { fetchRequest } from './fetch-request';
import { type HttpClient, type HttpClientOptions, httpClientOver } from './http-client';

/**
 * `createHttpClient` in edge runtimes: the same client over the runtime's `fetch` (axios would use `fetch` there
 * too, through its fetch adapter, and weigh about 22 KiB gzip in the bundle), or over the app's axios instance when
 * one is given as `http`.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { http } = options;
  return httpClientOver(options, (config) => (http ? http.request(config) : fetchRequest(config)));
}
