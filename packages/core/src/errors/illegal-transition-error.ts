import { CobroError } from './cobro-error';

const marker = 'cobro.error.illegal-transition';
const symbol = Symbol.for(marker);

/** A status change that the state machine does not allow, e.g. paying a void invoice. Nothing was changed. */
export class IllegalTransitionError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(IllegalTransitionError, 'name', { value: 'IllegalTransitionError' });
  }

  private readonly [symbol] = true;

  /** What moved, e.g. `invoice`. */
  readonly entity: string;
  /** The current state. */
  readonly from: string;
  /** The requested state or action. */
  readonly to: string;

  /**
   * @param options - the fields below, as named
   */
  constructor({ entity, from, to }: { entity: string; from: string; to: string }) {
    super({ code: 'COBRO_ILLEGAL_TRANSITION', message: `Cannot move ${entity} from "${from}" to "${to}".` });
    this.name = 'IllegalTransitionError';
    this.entity = entity;
    this.from = from;
    this.to = to;
  }

  /** True when `error` is an {@link IllegalTransitionError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is IllegalTransitionError {
    return CobroError.hasMarker(error, marker);
  }
}
