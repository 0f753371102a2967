import { CobroError } from './cobro-error';

const marker = 'cobro.error.holidays-not-loaded';
const symbol = Symbol.for(marker);

/**
 * A policy needed a customer's holidays, but that country's table was not loaded. Tables are separate modules,
 * imported only when needed: the runtime (`createBilling`) loads them itself before it plans; code that calls
 * `planReminders`, `planCustomerReminders` or `checkContact` directly must first `await loadHolidays(country)`.
 * Never read as "not a holiday": a reminder on an unknown day is not sent.
 */
export class HolidaysNotLoadedError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(HolidaysNotLoadedError, 'name', { value: 'HolidaysNotLoadedError' });
  }

  private readonly [symbol] = true;

  /** The customer's country (ISO 3166-1 alpha-2) whose table was not loaded. */
  readonly country: string;

  /** @param options - the country whose table is missing */
  constructor(options: { country: string }) {
    const { country } = options;
    super({
      code: 'COBRO_HOLIDAYS_NOT_LOADED',
      message: `customer.country ${country}: its holiday table is not loaded; await loadHolidays('${country}') before planning or checking a contact.`,
    });
    this.name = 'HolidaysNotLoadedError';
    this.country = country;
  }

  /** True when `error` is a {@link HolidaysNotLoadedError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is HolidaysNotLoadedError {
    return CobroError.hasMarker(error, marker);
  }
}
