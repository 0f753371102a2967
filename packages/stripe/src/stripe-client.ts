import { ApiCallError } from '@cobro/core';
import { createHttpClient, toApiCallError } from '@cobro/core/adapter';
import type { AxiosInstance, AxiosResponse } from 'axios';
import { encodeStripeForm, type StripeFormValue } from './encode-stripe-form';
import { scrubStripeMessage, toStripeApiCallError } from './stripe-error';
import { stripeProviderId } from './stripe-provider-id';

declare const __COBRO_VERSION__: string | undefined;
const version = typeof __COBRO_VERSION__ === 'string' ? __COBRO_VERSION__ : '0.0.0-source';

/** A JSON object as Stripe returns it. */
export type StripeObject = Record<string, unknown>;

/** One call to the Stripe API. */
export interface StripeRequest {
  /** HTTP method. */
  readonly method: 'GET' | 'POST';
  /** Path below the base URL, already encoded, e.g. `/v1/payment_intents/pi_1?expand[]=latest_charge`. */
  readonly path: string;
  /** Form body, for POST. */
  readonly body?: { readonly [key: string]: StripeFormValue };
  /** `Idempotency-Key`, required for every POST. */
  readonly idempotencyKey?: string;
  /** What is being done, for error messages, e.g. `create the payment link`. */
  readonly operation: string;
}

/** Sends authenticated, version-pinned requests to Stripe and turns every failure into an `ApiCallError`. */
export type StripeClient = (request: StripeRequest) => Promise<StripeObject>;

/**
 * Creates the low-level client: `Authorization: Bearer <key>`, `Stripe-Version`, form bodies and an
 * `Idempotency-Key` on every POST. Because every POST carries a key, a connection lost after sending is safe to
 * repeat (Stripe replays the first result), so it surfaces as a retryable `network` error, not `ambiguous`. Errors
 * never carry the key: the axios error (whose config holds the header) is replaced by a cause naming only its code.
 */
export function createStripeClient({
  secretKey,
  apiVersion,
  baseURL,
  http,
  timeoutMs,
}: {
  secretKey: string;
  apiVersion: string;
  baseURL: string;
  http?: AxiosInstance;
  timeoutMs?: number;
}): StripeClient {
  const client = createHttpClient({ baseURL, userAgent: `cobro-stripe/${version}`, timeoutMs, http });
  return async ({ method, path, body, idempotencyKey, operation }) => {
    if (method === 'POST' && !idempotencyKey) throw new Error(`cobro-stripe: POST ${path} needs an Idempotency-Key`);
    let response: AxiosResponse<unknown>;
    try {
      response = await client.request({
        method,
        url: path,
        baseURL,
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${secretKey}`,
          'Stripe-Version': apiVersion,
          ...(method === 'POST'
            ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': idempotencyKey }
            : {}),
        },
        data: method === 'POST' ? encodeStripeForm(body ?? {}) : undefined,
        // Parse ourselves: an HTML error page from a proxy must become a typed error, not a thrown SyntaxError.
        responseType: 'text',
        transformResponse: [(data: unknown) => data],
        validateStatus: () => true,
      });
    } catch (error) {
      throw withoutSecrets(toApiCallError({ provider: stripeProviderId, error, idempotent: true }));
    }
    const parsed = parseJson(response.data);
    const headers = Object.fromEntries(
      Object.entries(response.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    if (response.status < 200 || response.status >= 300) {
      throw toStripeApiCallError({ status: response.status, body: parsed, headers, operation });
    }
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      Array.isArray(parsed) ||
      (typeof (parsed as StripeObject).id !== 'string' && (parsed as StripeObject).object !== 'list')
    ) {
      throw new ApiCallError({
        provider: stripeProviderId,
        kind: 'unknown',
        statusCode: response.status,
        message: `Stripe answered ${operation} with an unexpected body (no object id, not a list).`,
        requestId: typeof headers['request-id'] === 'string' ? headers['request-id'] : undefined,
      });
    }
    return parsed as StripeObject;
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
function withoutSecrets(error: ApiCallError): ApiCallError {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return new ApiCallError({
    provider: error.provider,
    kind: error.kind,
    message: scrubStripeMessage(error.message),
    statusCode: error.statusCode,
    isRetryable: error.isRetryable,
    cause: new Error(typeof code === 'string' ? code : 'transport error'),
  });
}
