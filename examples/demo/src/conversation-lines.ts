import type { Billing } from '@cobro/core';
import type { ChatLine } from './transcript';

const order = { customer: 0, system: 1, cobro: 2 } as const;

/**
 * A customer's conversation read back from the runtime's own records: the message log (what was sent and received)
 * and the audit log (links, payments, holds, promises), in time order.
 */
export async function conversationLines(billing: Billing, customerId: string): Promise<ChatLine[]> {
  const lines: ChatLine[] = [];
  for (const message of await billing.store.listMessages({ customerId })) {
    if (message.direction === 'inbound') {
      lines.push({ at: message.createdAt, from: 'customer', text: message.text ?? `(${message.kind})` });
      continue;
    }
    const entry = message.outboxKey ? await billing.store.getOutbox(message.outboxKey) : undefined;
    const content = (entry?.payload as { content?: { kind: string; buttons?: { label: string }[] } } | undefined)
      ?.content;
    const buttons =
      content?.kind === 'reply-buttons' ? (content.buttons ?? []).map((button) => `[${button.label}]`).join(' ') : '';
    const how =
      message.kind === 'template' ? `(template ${String(message.details?.template ?? '')})` : '(in the chat window)';
    lines.push({
      at: message.createdAt,
      from: 'cobro',
      text: [how, message.text ?? '', ...(buttons ? [buttons] : [])].join('\n'),
    });
  }
  for (const entry of await billing.store.listAudit({ customerId })) {
    const details = entry.details ?? {};
    const text = describe(entry.action, entry.actor, details);
    if (text) lines.push({ at: entry.at, from: 'system', text });
  }
  return lines.sort((a, b) => (a.at === b.at ? order[a.from] - order[b.from] : a.at < b.at ? -1 : 1));
}

function describe(action: string, actor: string, details: Readonly<Record<string, unknown>>): string | undefined {
  switch (action) {
    case 'payment-link.created':
      return `${actor.replace('provider:', '')} payment link ${String(details.linkId)} created`;
    case 'payment-link.rotated':
      return `payment link ${String(details.linkId)} expired and replaced`;
    case 'invoice.refused':
    case 'reminder.refused':
      return `held by ${String(details.rule)} (${String(details.reason)})${details.nextAllowedAt ? ` until ${String(details.nextAllowedAt)}` : ''}`;
    case 'payment.applied':
      return `${String(details.provider)} payment ${String(details.paymentId)} booked${actor.startsWith('provider:') ? ' after its signed webhook was verified and the payment re-fetched' : ' by hand'}; invoice ${String(details.status)}`;
    case 'payment.mismatch':
      return `payment ${String(details.paymentId)} NOT booked: ${String(details.reason)}`;
    case 'promise.recorded':
      return `promise to pay by ${String(details.date)} recorded; reminders paused until then`;
    case 'customer.opted-out':
      return 'opted out: no more reminders';
    default:
      return undefined;
  }
}
