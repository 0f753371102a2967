import { ApiCallError } from '@cobro/core';
import { createHttpClient, toApiCallError } from '@cobro/core/adapter';
import type { AxiosInstance, AxiosResponse } from 'axios';
import { en } from 'zod/locales';
import type * as z from 'zod/mini';
import { conektaProviderId, scrubConektaMessage, toConektaApiCallError } from './conekta-error';

declare const __COBRO_VERSION__: string | undefined;
const version = typeof __COBRO_VERSION__ === 'string' ? __COBRO_VERSION__ : '0.0.0-source';

/** One call to the Conekta API. */
export interface ConektaRequest<Schema extends z.ZodMiniType> {
  /** HTTP method. */
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Path below the base URL, already encoded, e.g. `/orders/ord_123`. */
  readonly path: string;
  /** JSON body, for POST and PUT. */
  readonly body?: unknown;
  /** Lenient schema of a successful response. */
  readonly schema: Schema;
  /** What is being done, for error messages, e.g. `create the payment link`. */
  readonly operation: string;
  /** True when repeating the call cannot duplicate its effect (reads, cancel). */
  readonly idempotent: boolean;
}

/** Sends authenticated, versioned requests to Conekta and turns every failure into an `ApiCallError`. */
export type ConektaClient = <Schema extends z.ZodMiniType>(request: ConektaRequest<Schema>) => Promise<z.infer<Schema>>;

/**
 * Creates the low-level client: `Authorization: Bearer <key>`, `Accept: application/vnd.conekta-v<version>+json`,
 * `Accept-Language`, JSON bodies. Transport failures and errors never carry the key: the axios error (whose config
 * holds the `Authorization` header) is replaced by a plain cause naming only its code.
 */
export function createConektaClient({
  privateKey,
  apiVersion,
  baseURL,
  language,
  http,
  timeoutMs,
}: {
  privateKey: string;
  apiVersion: string;
  baseURL: string;
  language: 'es' | 'en';
  http?: AxiosInstance;
  timeoutMs?: number;
}): ConektaClient {
  const client = createHttpClient({ baseURL, userAgent: `cobro-conekta/${version}`, timeoutMs, http });
  const accept = `application/vnd.conekta-v${apiVersion}+json`;
  return async ({ method, path, body, schema, operation, idempotent }) => {
    let response: AxiosResponse<unknown>;
    try {
      response = await client.request({
        method,
        url: path,
        baseURL,
        headers: {
          Accept: accept,
          'Accept-Language': language,
          Authorization: `Bearer ${privateKey}`,
          // `false` stops axios adding its form-encoded default to a body-less PUT.
          'Content-Type': body === undefined ? false : 'application/json',
        },
        data: body === undefined ? undefined : JSON.stringify(body),
        // Parse ourselves: an HTML error page from a proxy must become a typed error, not a thrown SyntaxError.
        responseType: 'text',
        transformResponse: [(data: unknown) => data],
        validateStatus: () => true,
      });
    } catch (error) {
      throw withoutSecrets(toApiCallError({ provider: conektaProviderId, error, idempotent }));
    }
    const parsedBody = parseJson(response.data);
    const headers = Object.fromEntries(
      Object.entries(response.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    if (response.status < 200 || response.status >= 300) {
      throw toConektaApiCallError({ status: response.status, body: parsedBody, headers, operation });
    }
    // zod/mini has no wording of its own: English for the message below, passed here rather than set globally.
    const parsed = schema.safeParse(parsedBody, { error: en().localeError });
    if (!parsed.success) {
      throw new ApiCallError({
        provider: conektaProviderId,
        kind: 'unknown',
        statusCode: response.status,
        message: `Conekta answered ${operation} with an unexpected body (${parsed.error.issues
          .slice(0, 3)
          .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
          .join('; ')}).`,
      });
    }
    return parsed.data;
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
    message: scrubConektaMessage(error.message),
    statusCode: error.statusCode,
    isRetryable: error.isRetryable,
    cause: new Error(typeof code === 'string' ? code : 'transport error'),
  });
}
