import { type Customer, maskPhone } from '@cobro/core';

/** One line of a chat, stamped in the customer's own zone. */
export interface ChatLine {
  readonly at: string;
  readonly from: 'cobro' | 'customer' | 'system';
  readonly text: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** `2026-12-01 10:00 GMT+1` in the customer's zone. */
export function localStamp(instant: string, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** A customer's conversation as a readable transcript: every line indented under a header. */
export function formatConversation(customer: Customer, presets: readonly string[], lines: readonly ChatLine[]): string {
  const header = `── ${customer.name} · ${maskPhone(customer.phone)} · ${customer.timeZone} · ${customer.locale} · presets: ${presets.join(', ')}`;
  const body = lines.map((line) => {
    const who = line.from === 'cobro' ? 'cobro →' : line.from === 'customer' ? `${customer.name} →` : '   ··';
    const [first, ...rest] = line.text.split('\n');
    const stamp = `[${localStamp(line.at, customer.timeZone)}]`;
    return [
      `${stamp} ${who} ${first}`,
      ...rest.map((text) => `${' '.repeat(stamp.length + 1)}${' '.repeat(who.length + 1)}${text}`),
    ]
      .map((text) => text.trimEnd())
      .join('\n');
  });
  return [header, ...body].join('\n');
}
