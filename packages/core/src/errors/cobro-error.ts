const marker = 'cobro.error';
const symbol = Symbol.for(marker);

/**
 * Base class of every error cobro throws.
 *
 * Check with {@link CobroError.isInstance} (or a subclass's `isInstance`) rather than `instanceof`: the
 * `Symbol.for` marker survives two copies of `@cobro/core` in one app (ESM and CJS, or duplicated installs).
 * Messages never contain secrets, tokens or full phone numbers.
 */
export class CobroError extends Error {
  static {
    // The published build is minified, which renames classes: each error class sets its own name, so
    // `constructor.name` (and `err.name`, set in the constructors) read as in the source.
    Object.defineProperty(CobroError, 'name', { value: 'CobroError' });
  }

  private readonly [symbol] = true;

  /** Stable, machine-readable code, e.g. `COBRO_VALIDATION`. Safe to switch on; never changes within a major. */
  readonly code: string;

  /**
   * @param options - the fields below, as named
   */
  constructor({ code, message, cause }: { code: string; message: string; cause?: unknown }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'CobroError';
    this.code = code;
  }

  /** True when `error` is any cobro error, from any copy of `@cobro/core`. */
  static isInstance(error: unknown): error is CobroError {
    return CobroError.hasMarker(error, marker);
  }

  /** @internal Checks the `Symbol.for` marker that each subclass declares. */
  protected static hasMarker(error: unknown, markerName: string): boolean {
    const markerSymbol = Symbol.for(markerName);
    return (
      error != null &&
      typeof error === 'object' &&
      markerSymbol in error &&
      typeof (error as Record<symbol, unknown>)[markerSymbol] === 'boolean' &&
      (error as Record<symbol, unknown>)[markerSymbol] === true
    );
  }
}
