import { CobroError } from './cobro-error';

const marker = 'cobro.error.webhook-verification';
const symbol = Symbol.for(marker);

/** Why a webhook was refused. */
export type WebhookVerificationFailure =
  | 'missing-header'
  | 'malformed-header'
  | 'bad-signature'
  | 'expired'
  | 'untrusted-certificate'
  | 'malformed-body'
  | 'replayed';

/**
 * A webhook was refused: its signature is missing, malformed, wrong or too old, or (after it verified) its body
 * could not be parsed. Signature checks always run on the raw bytes before any parsing. Answer such requests with
 * 400/401 and never act on them.
 */
export class WebhookVerificationError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(WebhookVerificationError, 'name', { value: 'WebhookVerificationError' });
  }

  private readonly [symbol] = true;

  /** Provider id, e.g. `stripe`, `whatsapp-cloud`. */
  readonly provider: string;
  /** Why it was refused. */
  readonly reason: WebhookVerificationFailure;

  /**
   * @param options - the fields below, as named
   */
  constructor({
    provider,
    reason,
    message,
    cause,
  }: {
    provider: string;
    reason: WebhookVerificationFailure;
    message: string;
    cause?: unknown;
  }) {
    super({
      code: 'COBRO_WEBHOOK_VERIFICATION',
      message: `${provider} webhook refused (${reason}): ${message}`,
      cause,
    });
    this.name = 'WebhookVerificationError';
    this.provider = provider;
    this.reason = reason;
  }

  /** True when `error` is a {@link WebhookVerificationError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is WebhookVerificationError {
    return CobroError.hasMarker(error, marker);
  }
}
