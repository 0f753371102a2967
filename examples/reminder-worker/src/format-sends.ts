import type { Customer } from '@cobro/core';
import type { SimulatedSend } from './simulate-month';

/** The simulation as a table: each message at its local time in the customer's zone. */
export function formatSends(sends: readonly SimulatedSend[], customers: readonly Customer[]): string {
  return sends
    .map((send) => {
      const customer = customers.find((each) => each.id === send.customerId);
      const zone = customer?.timeZone ?? 'UTC';
      const local = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        weekday: 'short',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(send.at);
      return `${local.padEnd(24)} ${zone.padEnd(20)} ${(customer?.name ?? send.customerId).padEnd(7)} ${send.what.padEnd(21)} by ${send.by}`;
    })
    .join('\n');
}
