import { CobroError } from './cobro-error';

const marker = 'cobro.error.unsupported-specification-version';
const symbol = Symbol.for(marker);

/** An adapter implements a spec version this `@cobro/core` does not know. The message names the package to upgrade. */
export class UnsupportedSpecificationVersionError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(UnsupportedSpecificationVersionError, 'name', {
      value: 'UnsupportedSpecificationVersionError',
    });
  }

  private readonly [symbol] = true;

  /** The spec, e.g. `PaymentProvider`. */
  readonly specification: string;
  /** The version the adapter declared. */
  readonly version: string;
  /** The versions this core accepts. */
  readonly supportedVersions: readonly string[];

  /**
   * @param options - the fields below, as named
   */
  constructor({
    specification,
    version,
    supportedVersions,
    adapter,
  }: {
    specification: string;
    version: string;
    supportedVersions: readonly string[];
    adapter: string;
  }) {
    super({
      code: 'COBRO_UNSUPPORTED_SPECIFICATION_VERSION',
      message:
        `The ${adapter} adapter implements ${specification} ${version}, but this @cobro/core accepts ` +
        `${supportedVersions.join(', ')}. Upgrade @cobro/core, or install a version of the adapter built for it.`,
    });
    this.name = 'UnsupportedSpecificationVersionError';
    this.specification = specification;
    this.version = version;
    this.supportedVersions = supportedVersions;
  }

  /** True when `error` is an {@link UnsupportedSpecificationVersionError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is UnsupportedSpecificationVersionError {
    return CobroError.hasMarker(error, marker);
  }
}
