import { CobroError } from './cobro-error';

const marker = 'cobro.error.template-render';
const symbol = Symbol.for(marker);

/** A catalogue message could not be rendered: a variable it needs was not given. Nothing was sent. */
export class TemplateRenderError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(TemplateRenderError, 'name', { value: 'TemplateRenderError' });
  }

  private readonly [symbol] = true;

  /** The catalogue key, e.g. `reminder-overdue-gentle`. */
  readonly messageKey: string;
  /** The locale whose copy was rendered. */
  readonly locale: string;
  /** The missing variable, e.g. `paymentUrl`. */
  readonly variable: string | undefined;

  /** @param options - the key, the locale, the missing variable and the underlying error */
  constructor({
    messageKey,
    locale,
    variable,
    cause,
  }: {
    messageKey: string;
    locale: string;
    variable?: string;
    cause?: unknown;
  }) {
    super({
      code: 'COBRO_TEMPLATE_RENDER',
      message: variable
        ? `Message "${messageKey}" (${locale}) needs the variable "${variable}", which was not given.`
        : `Message "${messageKey}" (${locale}) could not be rendered.`,
      cause,
    });
    this.name = 'TemplateRenderError';
    this.messageKey = messageKey;
    this.locale = locale;
    this.variable = variable;
  }

  /** True when `error` is a {@link TemplateRenderError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is TemplateRenderError {
    return CobroError.hasMarker(error, marker);
  }
}
