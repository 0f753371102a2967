import { ApiCallError } from '../errors/api-call-error';

/** How to retry a call that failed with a retryable {@link ApiCallError}. */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 4. */
  readonly maxAttempts?: number;
  /** Delay before the first retry, in ms. Default 500. Doubles each time. */
  readonly initialDelayMs?: number;
  /** Upper bound of one delay, in ms. Default 30 000. */
  readonly maxDelayMs?: number;
  /** Random source in [0, 1) for jitter; injectable for deterministic tests. */
  readonly random?: () => number;
  /** How to wait; injectable for fake clocks. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Called before each retry, e.g. to log. */
  readonly onRetry?: (info: { attempt: number; delayMs: number; error: ApiCallError }) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call`, retrying only when it throws a retryable {@link ApiCallError}, with exponential backoff and full
 * jitter. A provider's `retryAfterMs` is honoured as a lower bound. Anything else (including `ambiguous`) is thrown at once.
 */
export async function retryWithBackoff<T>(
  call: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 4;
  const initialDelayMs = options.initialDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      if (!ApiCallError.isInstance(error) || !error.isRetryable || attempt >= maxAttempts) throw error;
      const ceiling = Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1));
      const delayMs = Math.max(Math.round(random() * ceiling), error.retryAfterMs ?? 0);
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}
