import { CobroError } from './cobro-error';

const marker = 'cobro.error.unsupported-functionality';
const symbol = Symbol.for(marker);

/** An adapter was asked for something it declared it cannot do (see its `capabilities`). */
export class UnsupportedFunctionalityError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(UnsupportedFunctionalityError, 'name', { value: 'UnsupportedFunctionalityError' });
  }

  private readonly [symbol] = true;

  /** The adapter's provider or channel id. */
  readonly provider: string;
  /** What was asked, e.g. `refund`. */
  readonly functionality: string;

  /** @param options - the adapter and what was asked of it */
  constructor({ provider, functionality }: { provider: string; functionality: string }) {
    super({ code: 'COBRO_UNSUPPORTED_FUNCTIONALITY', message: `${provider} does not support ${functionality}.` });
    this.name = 'UnsupportedFunctionalityError';
    this.provider = provider;
    this.functionality = functionality;
  }

  /** True when `error` is an {@link UnsupportedFunctionalityError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is UnsupportedFunctionalityError {
    return CobroError.hasMarker(error, marker);
  }
}
