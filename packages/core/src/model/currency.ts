import { ValidationError } from '../errors/validation-error';

// ISO 4217 List One, active currencies with a minor unit (funds codes included, precious metals, SDR and test
// codes excluded because they have no minor unit). Exponent 2 unless listed in an exception set below.
const activeCodes =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF ' +
  'CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF ' +
  'GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD ' +
  'LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP ' +
  'PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP ' +
  'TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG';

const exponentZero = new Set('BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' '));
const exponentThree = new Set('BHD IQD JOD KWD LYD OMR TND'.split(' '));
const exponentFour = new Set('CLF UYW'.split(' '));

const exponents: ReadonlyMap<string, number> = new Map(
  activeCodes.split(' ').map((code) => {
    if (exponentZero.has(code)) return [code, 0];
    if (exponentThree.has(code)) return [code, 3];
    if (exponentFour.has(code)) return [code, 4];
    return [code, 2];
  }),
);

/** True when `code` is an active ISO 4217 currency code with a minor unit (upper case, e.g. `MXN`). */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && exponents.has(code);
}

/**
 * The ISO 4217 exponent (number of minor-unit digits) of a currency: `JPY` 0, `EUR`/`MXN`/`BRL`/`USD` 2,
 * `KWD`/`BHD`/`JOD`/`OMR`/`TND` 3, `CLF` 4.
 *
 * @throws {@link ValidationError} when `code` is not an active ISO 4217 code (checked case-sensitively: `mxn` is refused).
 */
export function currencyExponent(code: string): number {
  const exponent = exponents.get(code);
  if (exponent === undefined) {
    throw new ValidationError({
      subject: 'currency',
      issues: [
        {
          path: '',
          message: `"${String(code).slice(0, 12)}" is not an ISO 4217 currency code (use upper case, e.g. EUR)`,
        },
      ],
    });
  }
  return exponent;
}

/** Every currency code cobro knows, sorted. */
export function listCurrencyCodes(): readonly string[] {
  return [...exponents.keys()].sort();
}
