import { CobroError } from './cobro-error';

const marker = 'cobro.error.api-call';
const symbol = Symbol.for(marker);

/**
 * What kind of failure a provider call had, normalised across providers so the runtime can decide
 * what to do without knowing the provider.
 *
 * - `auth`: bad or expired credentials; `permission`: credentials lack a permission.
 * - `invalid-request`: the request itself was refused (fix the input; never retried).
 * - `declined`: the payment method or the recipient refused.
 * - `not-found`, `conflict`, `idempotency-conflict` (same key, different body).
 * - `rate-limited`: slow down (retryable, honour `retryAfterMs`).
 * - `unavailable`: 5xx or provider outage (retryable).
 * - `network`: the request never got a response and provably never reached the provider (retryable).
 * - `ambiguous`: the request may have reached the provider (a timeout after it was written); never blindly re-sent.
 * - `outside-service-window`, `undeliverable`, `template`: messaging channel categories.
 * - `unknown`: anything else.
 */
export type ApiCallErrorKind =
  | 'auth'
  | 'permission'
  | 'invalid-request'
  | 'declined'
  | 'not-found'
  | 'conflict'
  | 'idempotency-conflict'
  | 'rate-limited'
  | 'unavailable'
  | 'network'
  | 'ambiguous'
  | 'outside-service-window'
  | 'undeliverable'
  | 'template'
  | 'unknown';

/** Options of {@link ApiCallError}. */
export interface ApiCallErrorOptions {
  /** Provider id, e.g. `stripe`, `whatsapp-cloud`. */
  readonly provider: string;
  /** Normalised failure kind. */
  readonly kind: ApiCallErrorKind;
  /** Human-readable message, with no secrets, tokens or full phone numbers. */
  readonly message: string;
  /** HTTP status, when a response arrived. */
  readonly statusCode?: number;
  /** The provider's own error code (e.g. `131047`, `card_declined`). */
  readonly providerCode?: string;
  /** Whether retrying the same call may succeed. Defaults from `kind`. */
  readonly isRetryable?: boolean;
  /** How long the provider asked to wait, in milliseconds. */
  readonly retryAfterMs?: number;
  /** The provider's request or trace id, for support tickets (Stripe `Request-Id`, Meta `fbtrace_id`, PayPal `Paypal-Debug-Id`). */
  readonly requestId?: string;
  /** The underlying error. */
  readonly cause?: unknown;
}

const retryableKinds: ReadonlySet<ApiCallErrorKind> = new Set(['rate-limited', 'unavailable', 'network']);

/**
 * A call to a provider's API failed. Adapters classify; the runtime decides whether to retry from
 * `isRetryable` and `retryAfterMs`. An `ambiguous` error is never retryable: the call may have taken effect.
 */
export class ApiCallError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(ApiCallError, 'name', { value: 'ApiCallError' });
  }

  private readonly [symbol] = true;

  /** Provider id. */
  readonly provider: string;
  /** Normalised failure kind. */
  readonly kind: ApiCallErrorKind;
  /** HTTP status, when a response arrived. */
  readonly statusCode: number | undefined;
  /** The provider's own error code. */
  readonly providerCode: string | undefined;
  /** Whether retrying the same call may succeed. */
  readonly isRetryable: boolean;
  /** How long the provider asked to wait, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** The provider's request or trace id. */
  readonly requestId: string | undefined;

  /** @param options - see {@link ApiCallErrorOptions} */
  constructor(options: ApiCallErrorOptions) {
    super({ code: 'COBRO_API_CALL', message: options.message, cause: options.cause });
    this.name = 'ApiCallError';
    this.provider = options.provider;
    this.kind = options.kind;
    this.statusCode = options.statusCode;
    this.providerCode = options.providerCode;
    this.isRetryable = options.kind === 'ambiguous' ? false : (options.isRetryable ?? retryableKinds.has(options.kind));
    this.retryAfterMs = options.retryAfterMs;
    this.requestId = options.requestId;
  }

  /** True when `error` is an {@link ApiCallError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is ApiCallError {
    return CobroError.hasMarker(error, marker);
  }
}
