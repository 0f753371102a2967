/**
 * What cobro logs through: pino, winston and `console` fit as they are. Fields never hold secrets or full phone
 * numbers (customers are named by id).
 */
export interface BillingLogger {
  /** Routine progress: a reminder sent, a webhook booked. */
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Something a person may want to look at: an ambiguous send, a payment that does not match. */
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** A failure cobro could not handle. */
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** The logger used when the app gives none. */
export const silentLogger: BillingLogger = { info() {}, warn() {}, error() {} };
