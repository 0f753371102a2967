import { ApiCallError } from '@cobro/core';
import { createHttpClient, kindFromStatus, parseRetryAfter, toApiCallError } from '@cobro/core/adapter';
import type { MercadoPagoErrorBody } from './mercado-pago-types';

/** The app's own axios instance, typed through core so this package needs no axios dependency of its own. */
export type MercadoPagoHttpInstance = NonNullable<Parameters<typeof createHttpClient>[0]['http']>;

const provider = 'mercadopago';

/** One call to Mercado Pago's REST API. */
export interface MercadoPagoRequest {
  /** HTTP method. */
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Path under the API root, e.g. `/v1/payments/123`. */
  readonly url: string;
  /** JSON body. */
  readonly data?: unknown;
  /** Sent as `X-Idempotency-Key`; also makes a transport failure safe to repeat. */
  readonly idempotencyKey?: string;
}

/** Sends requests with the access token and turns every failure into an `ApiCallError`. */
export type MercadoPagoCall = <T>(request: MercadoPagoRequest) => Promise<T>;

/**
 * The HTTP layer of the adapter: bearer auth, `X-Idempotency-Key`, and Mercado Pago's error body
 * (`{ message, error, status, cause[] }`) mapped to `ApiCallError` kinds. The request (and its Authorization header)
 * is never quoted in an error.
 */
export function createMercadoPagoCall({
  accessToken,
  baseURL,
  http,
  timeoutMs,
}: {
  /** `APP_USR-…` or `TEST-…`. */
  accessToken: string;
  /** API root. */
  baseURL: string;
  /** An axios instance of the app's. */
  http?: MercadoPagoHttpInstance;
  /** Per-request timeout. */
  timeoutMs: number;
}): MercadoPagoCall {
  const client = createHttpClient({
    baseURL,
    userAgent: 'cobro-example-mercadopago/0.0.0',
    timeoutMs,
    ...(http ? { http } : {}),
  });
  return async <T>({ method, url, data, idempotencyKey }: MercadoPagoRequest): Promise<T> => {
    const response = await client
      .request({
        // Per request too, so an app's own axios instance (which cobro never reconfigures) works unchanged.
        baseURL,
        validateStatus: () => true,
        timeout: timeoutMs,
        method,
        url,
        ...(data === undefined ? {} : { data }),
        headers: {
          authorization: `Bearer ${accessToken}`,
          ...(data === undefined ? {} : { 'content-type': 'application/json' }),
          ...(idempotencyKey ? { 'x-idempotency-key': idempotencyKey } : {}),
        },
      })
      .catch((error: unknown) => {
        // PUT of an expiry is idempotent too: repeating it sets the same past date.
        throw toApiCallError({ provider, error, idempotent: method !== 'POST' || idempotencyKey !== undefined });
      });
    if (response.status < 300) return response.data as T;
    const body = (typeof response.data === 'object' ? response.data : undefined) as MercadoPagoErrorBody | undefined;
    const requestId = response.headers['x-request-id'];
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'] as string | undefined);
    const code = body?.cause?.[0]?.code ?? body?.error;
    throw new ApiCallError({
      provider,
      kind: kindFromStatus(response.status),
      statusCode: response.status,
      message: `${provider}: ${body?.message ?? `HTTP ${response.status}`}`,
      ...(code !== undefined ? { providerCode: String(code) } : {}),
      ...(typeof requestId === 'string' ? { requestId } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  };
}
