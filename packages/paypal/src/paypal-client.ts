import { ApiCallError } from '@cobro/core';
import { createHttpClient, toApiCallError } from '@cobro/core/adapter';
import type { AxiosInstance, AxiosResponse } from 'axios';
import { createPayPalAccessTokenCache, type PayPalAccessTokenCache } from './paypal-access-token';
import { payPalProviderId, scrubPayPalMessage, toPayPalApiCallError } from './paypal-error';

declare const __COBRO_VERSION__: string | undefined;
const version = typeof __COBRO_VERSION__ === 'string' ? __COBRO_VERSION__ : '0.0.0-source';

/** `cobro-paypal/<version>`: the User-Agent of every request the adapter makes. */
export const payPalUserAgent = `cobro-paypal/${version}`;

/** One call to the PayPal REST API. */
export interface PayPalRequest {
  /** HTTP method. */
  readonly method: 'GET' | 'POST';
  /** Path below the base URL, already encoded, e.g. `/v2/invoicing/invoices/INV2-…`. */
  readonly path: string;
  /** JSON body: an object to serialise, or (`rawJson`) text sent exactly as given. */
  readonly body?: unknown;
  /** Send `body` as is: it is already JSON text (the webhook postback splices the raw event in). */
  readonly rawJson?: boolean;
  /** `PayPal-Request-Id`, for the operations whose spec declares it. */
  readonly requestId?: string;
  /** Ask for the full resource back (`Prefer: return=representation`). */
  readonly representation?: boolean;
  /** What is being done, for error messages, e.g. `create the invoice`. */
  readonly operation: string;
  /** True when repeating the call cannot duplicate its effect (reads, cancel, calls with `PayPal-Request-Id`). */
  readonly idempotent: boolean;
}

/** A successful PayPal response. */
export interface PayPalResponse {
  /** HTTP status (2xx). */
  readonly status: number;
  /** Parsed JSON body, or `undefined` when empty (204). */
  readonly body: unknown;
}

/** Sends authenticated requests to PayPal; every failure becomes an `ApiCallError` without credentials in it. */
export interface PayPalClient {
  /** Sends one request (refreshing the token once if PayPal answers 401). */
  send(request: PayPalRequest): Promise<PayPalResponse>;
  /** The OAuth2 token cache. */
  readonly tokens: PayPalAccessTokenCache;
}

/**
 * Creates the low-level client: OAuth2 client credentials (`POST /v1/oauth2/token`, Basic auth) cached and refreshed
 * single-flight, `Authorization: Bearer` on every call, one retry with a fresh token on 401, JSON in and out.
 * Transport failures never carry credentials: the axios error (whose config holds the headers) is replaced by a
 * plain cause naming only its code.
 */
export function createPayPalClient({
  clientId,
  clientSecret,
  baseURL,
  http,
  timeoutMs,
  clock,
}: {
  clientId: string;
  clientSecret: string;
  baseURL: string;
  http?: AxiosInstance;
  timeoutMs?: number;
  clock: () => Date;
}): PayPalClient {
  const client = createHttpClient({ baseURL, userAgent: payPalUserAgent, timeoutMs, http });
  const secrets = [clientId, clientSecret];

  const exchange = async (
    config: Parameters<AxiosInstance['request']>[0],
    operation: string,
    idempotent: boolean,
  ): Promise<{ status: number; body: unknown; headers: Record<string, unknown> }> => {
    let response: AxiosResponse<unknown>;
    try {
      response = await client.request({
        ...config,
        baseURL,
        // Parse ourselves: an HTML error page from a proxy must become a typed error, not a thrown SyntaxError.
        responseType: 'text',
        transformResponse: [(data: unknown) => data],
        validateStatus: () => true,
      });
    } catch (error) {
      throw withoutSecrets(toApiCallError({ provider: payPalProviderId, error, idempotent }), secrets);
    }
    const body = parseJson(response.data);
    const headers = Object.fromEntries(
      Object.entries(response.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    if (response.status < 200 || response.status >= 300) {
      throw toPayPalApiCallError({ status: response.status, body, headers, operation, secrets });
    }
    return { status: response.status, body, headers };
  };

  const tokens = createPayPalAccessTokenCache({
    clock,
    fetchToken: async () => {
      const { body } = await exchange(
        {
          method: 'POST',
          url: '/v1/oauth2/token',
          headers: {
            Accept: 'application/json',
            Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`, 'utf8').toString('base64')}`,
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          data: 'grant_type=client_credentials',
        },
        'issue an access token',
        true,
      );
      const record = (body ?? {}) as Record<string, unknown>;
      return {
        accessToken: typeof record.access_token === 'string' ? record.access_token : '',
        expiresInSeconds: typeof record.expires_in === 'number' ? record.expires_in : Number.NaN,
      };
    },
  });

  const sendOnce = async (request: PayPalRequest, token: string) =>
    exchange(
      {
        method: request.method,
        url: request.path,
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
          // `false` stops axios adding its form-encoded default to a body-less request.
          'Content-Type': request.body === undefined ? false : 'application/json',
          ...(request.requestId === undefined ? {} : { 'PayPal-Request-Id': request.requestId }),
          ...(request.representation ? { Prefer: 'return=representation' } : {}),
        },
        data:
          request.body === undefined
            ? undefined
            : request.rawJson
              ? String(request.body)
              : JSON.stringify(request.body),
      },
      request.operation,
      request.idempotent,
    );

  return {
    tokens,
    async send(request) {
      const token = await tokens.get();
      try {
        const { status, body } = await sendOnce(request, token);
        return { status, body };
      } catch (error) {
        // A 401 means the token was refused before anything happened: refresh once and repeat.
        if (!ApiCallError.isInstance(error) || error.statusCode !== 401) throw error;
        tokens.invalidate(token);
        const { status, body } = await sendOnce(request, await tokens.get());
        return { status, body };
      }
    },
  };
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  if (data === '') return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

// The axios error keeps the request config, Authorization header included; drop it and keep only its code.
function withoutSecrets(error: ApiCallError, secrets: readonly string[]): ApiCallError {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return new ApiCallError({
    provider: error.provider,
    kind: error.kind,
    message: scrubPayPalMessage(error.message, secrets),
    statusCode: error.statusCode,
    isRetryable: error.isRetryable,
    cause: new Error(typeof code === 'string' ? code : 'transport error'),
  });
}
