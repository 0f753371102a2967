import { CobroError } from './cobro-error';

const marker = 'cobro.error.stale-version';
const symbol = Symbol.for(marker);

/**
 * A write carried a version that is no longer current: someone else changed the record first.
 * The write was refused, not merged; re-read, re-apply and try again.
 */
export class StaleVersionError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(StaleVersionError, 'name', { value: 'StaleVersionError' });
  }

  private readonly [symbol] = true;

  /** What was written, e.g. `invoice`. */
  readonly entity: string;
  /** Its id. */
  readonly id: string;
  /** The version the writer read. */
  readonly expectedVersion: number;
  /** The version now stored. */
  readonly actualVersion: number;

  /**
   * @param options - the fields below, as named
   */
  constructor({
    entity,
    id,
    expectedVersion,
    actualVersion,
  }: {
    entity: string;
    id: string;
    expectedVersion: number;
    actualVersion: number;
  }) {
    super({
      code: 'COBRO_STALE_VERSION',
      message: `Stale write to ${entity} ${id}: written from version ${expectedVersion}, stored version is ${actualVersion}.`,
    });
    this.name = 'StaleVersionError';
    this.entity = entity;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** True when `error` is a {@link StaleVersionError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is StaleVersionError {
    return CobroError.hasMarker(error, marker);
  }
}
