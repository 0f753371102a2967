import { CobroError } from './cobro-error';

const marker = 'cobro.error.currency-mismatch';
const symbol = Symbol.for(marker);

/** Arithmetic or comparison between amounts in different currencies. cobro never converts silently. */
export class CurrencyMismatchError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(CurrencyMismatchError, 'name', { value: 'CurrencyMismatchError' });
  }

  private readonly [symbol] = true;

  /** The currency expected. */
  readonly expected: string;
  /** The currency received. */
  readonly actual: string;

  /**
   * @param options - the fields below, as named
   */
  constructor({ expected, actual }: { expected: string; actual: string }) {
    super({ code: 'COBRO_CURRENCY_MISMATCH', message: `Currency mismatch: expected ${expected}, got ${actual}.` });
    this.name = 'CurrencyMismatchError';
    this.expected = expected;
    this.actual = actual;
  }

  /** True when `error` is a {@link CurrencyMismatchError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is CurrencyMismatchError {
    return CobroError.hasMarker(error, marker);
  }
}
