import { type HttpClient, type HttpClientOptions, httpClientOver, type SendRequest } from './http-client';

// axios (and its form-data, proxy and adapter modules) is the heaviest thing an import of cobro would load, and
// only a request needs it: it is imported on the first request of any client, once per process. cobro's own
// instance, not axios's default one, so interceptors an app puts on the default never touch cobro's requests.
// Its adapter is cobro's own over node:http (see nodeHttpAdapter), loaded with it, without the per-request proxy
// lookups and redirect machinery of axios's Node adapter; the requests cobro's clients make go to it straight (see
// nodeRequest), the others through axios's pipeline.
let ownSender: Promise<SendRequest> | undefined;
const loadAxios = () => {
  ownSender ??= Promise.all([import('axios'), import('./node-http-adapter'), import('./node-request')]).then(
    ([module, { nodeHttpAdapter }, { nodeRequest }]) => {
      const adapter = nodeHttpAdapter(module);
      const instance = module.default.create({ adapter });
      // Every request of cobro's names its own Accept (and Content-Type where it has a body): without axios's
      // per-method header defaults there is far less for axios to merge on each request.
      instance.defaults.headers = { common: {} } as never;
      return nodeRequest(module, instance, adapter);
    },
  );
  return ownSender;
};

/**
 * An HTTP client for an adapter's API: base URL, timeout, JSON, a `User-Agent` naming the adapter, and no
 * throwing on HTTP status (adapters map every status themselves with {@link toApiCallError}).
 *
 * Pass the app's own axios instance as `http` to reuse its agents, proxies or interceptors. cobro never mutates its
 * defaults: every request made through the returned client still carries cobro's base URL, timeout, `User-Agent`
 * and limits (the adapter's per-request options on top). Without `http`, axios is imported on the first request;
 * in edge runtimes (the `workerd`, `edge-light` and `worker` export conditions) the runtime's `fetch` is used
 * instead, as axios itself would there.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { http } = options;
  return httpClientOver(options, async (config) => (http ? http.request(config) : (await loadAxios())(config)));
}
