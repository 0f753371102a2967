import { CobroError } from './cobro-error';

const marker = 'cobro.error.load-setting';
const symbol = Symbol.for(marker);

/** A required setting was neither passed nor found in the environment. The message names the option and the variable. */
export class LoadSettingError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(LoadSettingError, 'name', { value: 'LoadSettingError' });
  }

  private readonly [symbol] = true;

  /** The option name, e.g. `accessToken`. */
  readonly setting: string;
  /** The environment variable that could have supplied it, e.g. `WHATSAPP_ACCESS_TOKEN`. */
  readonly environmentVariable: string | undefined;

  /**
   * @param options - the fields below, as named
   */
  constructor({
    setting,
    environmentVariable,
    message,
  }: {
    setting: string;
    environmentVariable?: string;
    message: string;
  }) {
    super({ code: 'COBRO_LOAD_SETTING', message });
    this.name = 'LoadSettingError';
    this.setting = setting;
    this.environmentVariable = environmentVariable;
  }

  /** True when `error` is a {@link LoadSettingError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is LoadSettingError {
    return CobroError.hasMarker(error, marker);
  }
}
