import { CobroError } from './cobro-error';

const marker = 'cobro.error.validation';
const symbol = Symbol.for(marker);

/** One problem found in an input: where it is (a path such as `lines[2].quantity`) and what is wrong, in plain words. */
export interface ValidationIssue {
  /** Dotted path to the bad field, with array indexes in brackets; empty for the input as a whole. */
  readonly path: string;
  /** What is wrong with it, in plain words. */
  readonly message: string;
}

/**
 * An input was refused. `issues` lists every bad field by path; the message lists them too, so a log line is enough
 * to fix the call. Nothing was stored.
 */
export class ValidationError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(ValidationError, 'name', { value: 'ValidationError' });
  }

  private readonly [symbol] = true;

  /** What was being validated, e.g. `invoice` or `createStripe settings`. */
  readonly subject: string;
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param options - the fields below, as named
   */
  constructor({ subject, issues, cause }: { subject: string; issues: readonly ValidationIssue[]; cause?: unknown }) {
    const list = issues.map((issue) => `${issue.path || '(input)'}: ${issue.message}`).join('; ');
    super({ code: 'COBRO_VALIDATION', message: `Invalid ${subject}: ${list}`, cause });
    this.name = 'ValidationError';
    this.subject = subject;
    this.issues = issues;
  }

  /** True when `error` is a {@link ValidationError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is ValidationError {
    return CobroError.hasMarker(error, marker);
  }
}
