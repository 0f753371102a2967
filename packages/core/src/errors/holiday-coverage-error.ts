import { CobroError } from './cobro-error';

const marker = 'cobro.error.holiday-coverage';
const symbol = Symbol.for(marker);

/**
 * The holiday tables do not cover a date the policy needs checked: its year is outside the covered years, or the
 * customer's country has no table. Never read as "not a holiday": a reminder on an unknown day is not sent.
 */
export class HolidayCoverageError extends CobroError {
  static {
    // The published build is minified: the class keeps its name for `constructor.name` (see cobro-error.ts).
    Object.defineProperty(HolidayCoverageError, 'name', { value: 'HolidayCoverageError' });
  }

  private readonly [symbol] = true;

  /** The customer's country (ISO 3166-1 alpha-2). */
  readonly country: string;
  /** The customer's subdivision, when set. */
  readonly subdivision: string | undefined;
  /** The calendar date that could not be checked, `YYYY-MM-DD`. */
  readonly date: string;
  /** The years the tables cover, inclusive. */
  readonly coveredYears: {
    /** The first year the tables cover. */
    readonly first: number;
    /** The last year the tables cover. */
    readonly last: number;
  };

  /** @param options - the day that could not be checked and the covered years */
  constructor(options: {
    country: string;
    subdivision?: string | undefined;
    date: string;
    coveredYears: { first: number; last: number };
    countryCovered: boolean;
  }) {
    const { country, subdivision, date, coveredYears } = options;
    const where = subdivision ? `${country}-${subdivision}` : country;
    super({
      code: 'COBRO_HOLIDAY_COVERAGE',
      message: options.countryCovered
        ? `customer.country ${where}: no holiday table for ${date}; the tables cover ${coveredYears.first}–${coveredYears.last}.`
        : `customer.country ${where}: no holiday table for this country; turn holidays off for it or add it to the tables.`,
    });
    this.name = 'HolidayCoverageError';
    this.country = country;
    this.subdivision = subdivision;
    this.date = date;
    this.coveredYears = coveredYears;
  }

  /** True when `error` is a {@link HolidayCoverageError} from any copy of `@cobro/core`. */
  static override isInstance(error: unknown): error is HolidayCoverageError {
    return CobroError.hasMarker(error, marker);
  }
}
