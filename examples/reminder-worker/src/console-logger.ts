import type { BillingLogger } from '@cobro/core';

/** A `BillingLogger` printing one line per entry: level, message, then the fields as JSON. */
export function createConsoleLogger(write: (line: string) => void = (line) => console.log(line)): BillingLogger {
  const log = (level: string) => (message: string, fields?: Readonly<Record<string, unknown>>) =>
    write(
      `${level.padEnd(5)} ${message}${fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : ''}`,
    );
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
